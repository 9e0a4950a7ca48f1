/**
 * Who is asking: security, sign-in, users and groups (Camunda identity), brand membership.
 *
 * <p>Depends only on base and its shared UI pieces (which depend on nothing): every other module asks it who is
 * acting, so it must not ask them back.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui"})
package io.engineroom.identity;

import org.springframework.modulith.ApplicationModule;
