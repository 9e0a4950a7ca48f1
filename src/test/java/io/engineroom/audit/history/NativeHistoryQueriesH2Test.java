package io.engineroom.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.audit.HistorySearch;
import io.engineroom.audit.HistorySearch.KeyMatch;
import io.engineroom.audit.Outcome;
import io.engineroom.audit.PersonFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.query.NativeQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history search's native SQL on H2, the default database of {@code ./mvnw} (the integration tests cover
 * PostgreSQL): a bare engine in memory, no Spring, every condition of both queries at once.
 */
class NativeHistoryQueriesH2Test {

    static ProcessEngine engine;
    static String approved;
    static String running;

    @BeforeAll
    static void anEngineWithTwoInstances() throws IOException {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:audit-native-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setProcessEngineName("audit-native-h2");
        configuration.setJobExecutorActivate(false);
        // the brand is the tenant, as in the application
        configuration.setTenantIdProvider(new TenantIdProvider() {
            @Override
            public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
                return (String) context.getVariables().get("brand");
            }

            @Override
            public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
                return null;
            }

            @Override
            public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
                return null;
            }
        });
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("sops/audit-test-review.bpmn")
                .addString("content-review.form", Files.readString(Path.of("forms", "content-review.form")))
                .addString("content-copy.form", Files.readString(Path.of("forms", "content-copy.form")))
                .deploy();
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        approved = runtime.startProcessInstanceByKey("audit-test-review", "content:100_%",
                Map.of("brand", "northwind")).getId();
        String review = tasks.createTaskQuery().processInstanceId(approved).singleResult().getId();
        engine.getIdentityService().setAuthentication("legal", List.of("legal"), List.of("northwind"));
        tasks.claim(review, "legal");
        tasks.complete(review, Map.of("reviewDecision", "approve"));
        engine.getIdentityService().clearAuthentication();
        running = runtime.startProcessInstanceByKey("audit-test-review", "content:101",
                Map.of("brand", "beanleaf")).getId();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void theInstanceSearchRunsOnH2WithEveryCondition() {
        HistoryTables tables = new HistoryTables(engine.getManagementService());
        InstanceQueries queries = new InstanceQueries(tables);
        HistoryReader reader = new HistoryReader("auditor", Set.of("northwind", "beanleaf"), false);
        HistorySearch everything = new HistorySearch("northwind", "audit-test-review", "100_%", KeyMatch.CONTAINS,
                "legal", Instant.now().minusSeconds(3600), Instant.now().plusSeconds(3600),
                HistorySearch.DateField.ENDED, Outcome.COMPLETED);

        assertThat(instances(queries, everything, reader, null)).containsExactly(approved);
        assertThat(instances(queries, everything.withBusinessKey("100%", KeyMatch.CONTAINS), reader, null)).isEmpty();
        assertThat(instances(queries, HistorySearch.ANY.withBusinessKey("content:10", KeyMatch.PREFIX)
                .withOutcome(Outcome.RUNNING), reader, null)).containsExactly(running);
        assertThat(instances(queries, HistorySearch.ANY, reader, Instant.now().minusSeconds(3600))).isEmpty();
        assertThat(instances(queries, HistorySearch.ANY, new HistoryReader("x", Set.of("beanleaf"), false), null))
                .containsExactly(running);
        SqlFilter filter = queries.filter(everything, reader, Instant.now());
        assertThat(with(engine.getHistoryService().createNativeHistoricProcessInstanceQuery()
                .sql(queries.count(filter)), filter).count()).isEqualTo(1);
    }

    @Test
    void thePersonQueryRunsOnH2WithTheDecision() {
        PersonQueries queries = new PersonQueries(new HistoryTables(engine.getManagementService()));
        HistoryReader admin = new HistoryReader("admin", Set.of(), true);
        PersonFilter approvals = new PersonFilter("legal", Instant.now().minusSeconds(3600),
                Instant.now().plusSeconds(3600), "audit-test-review", "approve");

        assertThat(tasks(queries, approvals, admin)).hasSize(1);
        assertThat(tasks(queries, new PersonFilter("legal", null, null, null, "reject"), admin)).isEmpty();
        assertThat(tasks(queries, new PersonFilter("legal", null, null, null, "true"), admin)).isEmpty();
    }

    private static List<String> instances(InstanceQueries queries, HistorySearch search, HistoryReader reader,
            Instant asOf) {
        SqlFilter filter = queries.filter(search, reader, asOf);
        HistoryService history = engine.getHistoryService();
        return with(history.createNativeHistoricProcessInstanceQuery().sql(queries.select(filter)), filter)
                .listPage(0, 10).stream().map(HistoricProcessInstance::getId).toList();
    }

    private static List<HistoricTaskInstance> tasks(PersonQueries queries, PersonFilter person, HistoryReader reader) {
        SqlFilter filter = queries.filter(person, reader, Instant.now().plusSeconds(1));
        return with(engine.getHistoryService().createNativeHistoricTaskInstanceQuery().sql(queries.select(filter)),
                filter).listPage(0, 10);
    }

    private static <Q extends NativeQuery<Q, ?>> Q with(Q query, SqlFilter filter) {
        filter.parameters().forEach(query::parameter);
        return query;
    }
}
