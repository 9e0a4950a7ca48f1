package io.engineroom.workflow.lint;

/**
 * What the lint looks up outside the files themselves: groups, beans, classes and forms that exist. An interface
 * so the rules can be unit-tested without an engine.
 */
interface LintEnvironment {

    boolean groupExists(String groupId);

    boolean beanExists(String beanName);

    boolean classExists(String className);

    /** A Camunda Form with this id is deployed already (any version when {@code version} is null). */
    boolean formDeployed(String formId, Integer version);
}
