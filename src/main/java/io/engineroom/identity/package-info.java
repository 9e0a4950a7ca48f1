/**
 * Who is asking: security, sign-in, users and groups (Camunda identity), brand membership.
 *
 * <p>Depends on no other module: every other module asks it who is acting, so it must not ask them back.
 */
@ApplicationModule(allowedDependencies = {})
package io.engineroom.identity;

import org.springframework.modulith.ApplicationModule;
