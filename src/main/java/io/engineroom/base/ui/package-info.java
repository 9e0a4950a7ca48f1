/**
 * Shared UI pieces other modules build their screens with (the BPMN diagram, the CSV import status, notices, the
 * adapter that puts a service's {@code InvalidInput} next to Binder-bound fields) and the one session-wide error
 * handler; exposed as the {@code base} module's named interface {@code ui}, so Spring Modulith lets them use it.
 */
@org.springframework.modulith.NamedInterface("ui")
package io.engineroom.base.ui;
