package io.engineroom.workflow.lint;

import java.util.Set;

/**
 * What the lint looks up outside the files themselves: groups, beans, forms and live decisions that exist, and which beans a model
 * may use. An interface so the rules can be unit-tested without an engine.
 */
interface LintEnvironment {

    boolean groupExists(String groupId);

    boolean beanExists(String beanName);

    /** One of Engine Room's delegates or listeners, which a model may name in a delegate expression. */
    boolean isDelegate(String beanName);

    /** A bean SOP expressions may use, as in {@code ${sopTimings.reviewReminder}}. */
    boolean isExpressionBean(String beanName);

    /** The expression beans' names, for messages. */
    Set<String> expressionBeans();

    /** A Camunda Form with this id is deployed already (any version when {@code version} is null). */
    boolean formDeployed(String formId, Integer version);

    /**
     * A live decision of this key serves the brand: the brand's own live version, else the shared live one (null
     * brand: the shared one only). Not live: deployed but waiting for review, or rejected.
     */
    boolean decisionLive(String decisionKey, String brandId);
}
