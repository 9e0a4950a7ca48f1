package io.engineroom.workflow.lint;

import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.engine.ModelBeans;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lint's look-ups against the running application: Camunda's groups, the Spring beans and which of them a model
 * may use ({@link ModelBeans}, the same list the engine resolves expressions against), and the deployed Camunda
 * Forms, and the live decisions ({@link LiveSops}, the look-up business rule tasks use when they run). The forms
 * are read from Camunda's own table because its Java API has no query for form definitions; the JDBC read joins the
 * deployment's transaction.
 */
@Component
class EngineLintEnvironment implements LintEnvironment {

    private final IdentityService identityService;
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final ModelBeans modelBeans;
    private final LiveSops live;

    EngineLintEnvironment(IdentityService identityService, ApplicationContext context, JdbcTemplate jdbc,
            ModelBeans modelBeans, LiveSops live) {
        this.identityService = identityService;
        this.context = context;
        this.jdbc = jdbc;
        this.modelBeans = modelBeans;
        this.live = live;
    }

    @Override
    public boolean decisionLive(String decisionKey, String brandId) {
        return live.decision(decisionKey, brandId).isPresent();
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
    public boolean isDelegate(String beanName) {
        return modelBeans.isDelegate(beanName);
    }

    @Override
    public boolean isExpressionBean(String beanName) {
        return modelBeans.isExpressionBean(beanName);
    }

    @Override
    public Set<String> expressionBeans() {
        return modelBeans.expressionBeans();
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
