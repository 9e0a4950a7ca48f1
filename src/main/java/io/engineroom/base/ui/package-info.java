/**
 * Shared UI pieces other modules build their screens with (the BPMN diagram); exposed as the {@code base} module's
 * named interface {@code ui}, so Spring Modulith lets them use it.
 */
@org.springframework.modulith.NamedInterface("ui")
package io.engineroom.base.ui;
