package io.engineroom.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.inbox.CrisisSignal;
import io.engineroom.inbox.InteractionDirectory;
import io.engineroom.support.EmbeddedPostgresInitializer;
import io.engineroom.workflow.LiveSops;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The crisis module alone (a Spring Modulith slice, on PostgreSQL) hearing the inbox's {@link CrisisSignal}: after
 * the signal's transaction commits, on a thread of its own, it opens an incident and starts the crisis SOP. A
 * failing listener loses nothing: the signal stays an incomplete publication in the registry and raises the incident
 * when it is sent again (what a restart does, spring.modulith.events.republish-outstanding-events-on-restart).
 *
 * <p>What lies outside the module is mocked: the engine (Camunda is off here) and its live SOP versions, the inbox's
 * directory, who is acting. Beans are created lazily, so only what the flow touches is built (the room, the
 * delegates and the views need modules this slice leaves out).
 */
@ApplicationModuleTest(extraIncludes = "base", webEnvironment = WebEnvironment.NONE)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@TestPropertySource(properties = {
        "camunda.bpm.enabled=false",
        // the readiness group names the workflow module's job-executor health, which this slice has not
        "management.endpoint.health.validate-group-membership=false",
        // no screens without a web server
        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "spring.main.lazy-initialization=true",
        // what other test contexts on this database left open is theirs to hear, not this slice's
        "spring.modulith.events.republish-outstanding-events-on-restart=false"})
class CrisisSignalEventsTest {

    @MockitoBean
    RuntimeService runtimeService;
    /** The brand's live version of the crisis SOP is started through it (the workflow module's, mocked here). */
    @MockitoBean
    LiveSops liveSops;
    @MockitoBean
    InteractionDirectory interactions;
    @MockitoBean
    EngineIdentity engineIdentity;
    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    IncompleteEventPublications incompletePublications;
    @Autowired
    ThreadPoolTaskExecutor applicationTaskExecutor;

    String brand;
    String interaction;

    @BeforeEach
    void aBrandWithOneNegativeInteraction() {
        brand = "slice-" + UUID.randomUUID().toString().substring(0, 8);
        interaction = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into brand (id, name, created_at) values (?, ?, ?)", brand, "Slice " + brand, now);
        Long channel = jdbc.queryForObject("insert into channel (brand_id, platform, handle, connector, created_at)"
                + " values (?, 'X', '@slice', 'MANUAL', ?) returning id", Long.class, brand, now);
        jdbc.update("insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text, priority,"
                + " occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category,"
                + " category_confidence, classified_by, state) values (?, ?, ?, 'x1', 'COMMENT', '@angry',"
                + " 'Broken again!', 'NORMAL', ?, ?, 'NEGATIVE', -0.8, 0.9, 'COMPLAINT', 0.9, 'test', 'OPEN')",
                interaction, brand, channel, now, now);
        when(interactions.brandsOf(any())).thenReturn(Map.of(interaction, brand));
        when(engineIdentity.asSystem(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
    }

    @AfterEach
    void noPublicationOfThisTestIsLeftForAnotherContext() {
        awaitNoListenerRunning();
        jdbc.update("delete from event_publication where serialized_event like ?", "%" + brand + "%");
    }

    @Test
    void aSignalFromTheInboxOpensAnIncidentWithItsInteractionAndStartsTheCrisisSop(Scenario scenario) {
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("crisis-instance-1");
        when(liveSops.start(eq(IncidentService.SOP_KEY), eq(brand), anyString(), anyMap())).thenReturn(instance);

        scenario.publish(new CrisisSignal(brand, List.of(interaction), "3 negative interactions within 15 minutes",
                        null))
                .andWaitForStateChange(() -> openIncidents().isEmpty() ? null : openIncidents().get(0))
                .andVerify(incident -> {
                    assertThat(jdbc.queryForMap("select source, title, description from incident where id = ?",
                            incident)).containsEntry("source", "SPIKE").containsEntry("title", "Negative spike")
                            .containsEntry("description", "3 negative interactions within 15 minutes");
                    assertThat(jdbc.queryForList("select interaction_id from incident_interaction where incident_id = ?",
                            String.class, incident)).containsExactly(interaction);
                    verify(liveSops, timeout(10_000)).start(eq(IncidentService.SOP_KEY), eq(brand),
                            eq("incident:" + incident), anyMap());
                });
        await().atMost(Duration.ofSeconds(10)).until(() -> incompleteOfThisBrand().isEmpty());
    }

    @Test
    void aListenerThatFailsLeavesTheSignalIncompleteAndItRaisesTheIncidentWhenSentAgain(Scenario scenario) {
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("crisis-instance-2");
        AtomicInteger attempts = new AtomicInteger();
        when(liveSops.start(eq(IncidentService.SOP_KEY), eq(brand), anyString(), anyMap())).thenAnswer(call -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ProcessEngineException("the engine is down");
            }
            return instance;
        });

        scenario.publish(new CrisisSignal(brand, List.of(interaction), "Raised by hand", "community-manager"))
                .andWaitForStateChange(() -> attempts.get() > 0)
                .andVerify(attempted -> {
                    awaitNoListenerRunning();
                    assertThat(openIncidents()).as("the failed attempt rolled back").isEmpty();
                    assertThat(incompleteOfThisBrand()).as("the signal is kept, not lost").hasSize(1);
                });

        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof CrisisSignal signal && brand.equals(signal.brandId()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !openIncidents().isEmpty());
        awaitNoListenerRunning();
        assertThat(openIncidents()).hasSize(1);
        assertThat(jdbc.queryForObject("select raised_by from incident where id = ?", String.class,
                openIncidents().get(0))).isEqualTo("community-manager");
        assertThat(incompleteOfThisBrand()).as("completed when sent again").isEmpty();
        assertThat(attempts).hasValue(2);
    }

    /** The listener runs on Spring's task pool: once that is idle, its transaction has ended one way or the other. */
    private void awaitNoListenerRunning() {
        await().atMost(Duration.ofSeconds(10)).until(() -> applicationTaskExecutor.getActiveCount() == 0
                && applicationTaskExecutor.getQueueSize() == 0);
    }

    private List<Long> openIncidents() {
        return jdbc.queryForList("select id from incident where brand_id = ? and state = 'OPEN'", Long.class, brand);
    }

    private List<?> incompleteOfThisBrand() {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getEvent() instanceof CrisisSignal signal
                        && brand.equals(signal.brandId()))
                .toList();
    }
}
