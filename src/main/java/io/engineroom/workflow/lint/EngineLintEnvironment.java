package io.engineroom.workflow.lint;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lint's look-ups against the running application: Camunda's groups, the Spring beans Camunda resolves
 * {@code ${beanName}} against, the classpath, and the deployed Camunda Forms. The forms are read from Camunda's own
 * table because its Java API has no query for form definitions; the JDBC read joins the deployment's transaction.
 */
@Component
class EngineLintEnvironment implements LintEnvironment {

    private final IdentityService identityService;
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    EngineLintEnvironment(IdentityService identityService, ApplicationContext context, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.context = context;
        this.jdbc = jdbc;
    }

    @Override
    public boolean groupExists(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).count() > 0;
    }

    @Override
    public boolean beanExists(String beanName) {
        return context.containsBean(beanName);
    }

    @Override
    public boolean classExists(String className) {
        try {
            Class.forName(className, false, EngineLintEnvironment.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public boolean formDeployed(String formId, Integer version) {
        Integer count = version == null
                ? jdbc.queryForObject("select count(*) from ACT_RE_CAMFORMDEF where KEY_ = ?", Integer.class, formId)
                : jdbc.queryForObject("select count(*) from ACT_RE_CAMFORMDEF where KEY_ = ? and VERSION_ = ?",
                        Integer.class, formId, version);
        return count != null && count > 0;
    }
}
