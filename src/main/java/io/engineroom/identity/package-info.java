/**
 * Who is asking: security, sign-in, users and groups (Camunda identity), brand membership.
 *
 * <p>Depends only on base (which depends on nothing): every other module asks it who is acting, so it must not
 * ask them back.
 */
@ApplicationModule(allowedDependencies = {"base"})
package io.engineroom.identity;

import org.springframework.modulith.ApplicationModule;
