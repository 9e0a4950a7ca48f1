package io.engineroom.identity.sso;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether single sign-on is set up: {@code engineroom.oidc.issuer} is not empty. application.yml always defines the
 * key (empty unless {@code ENGINEROOM_OIDC_ISSUER} is set), which {@code @ConditionalOnProperty} would count as on.
 */
class SingleSignOnEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !context.getEnvironment().getProperty("engineroom.oidc.issuer", "").isBlank();
    }
}
