package io.engineroom.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that SOP expressions may use by name, as in {@code ${sopTimings.reviewReminder}} or
 * {@code ${sopTimings.approvalAtRisk(execution)}}. Deploying a model must not run code of the deployer's choosing,
 * so the engine resolves no other bean from an expression than these and Engine Room's own delegates and listeners:
 * mark only beans whose every public method and property is safe for any SOP owner to call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SopExpressionBean {
}
