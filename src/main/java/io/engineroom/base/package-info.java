/**
 * Shared UI shell (MainLayout), shared small types and the cross-cutting services every module may use.
 *
 * <p>Depends on no other module, so every module may use it without a cycle.
 */
@ApplicationModule(allowedDependencies = {})
package io.engineroom.base;

import org.springframework.modulith.ApplicationModule;
