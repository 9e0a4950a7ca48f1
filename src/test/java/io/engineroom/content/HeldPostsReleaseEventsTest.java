package io.engineroom.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.publishing.PublishingReleased;
import io.engineroom.publishing.ReleaseChoice;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ExecutionQuery;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The content module alone (a Spring Modulith slice) hearing publishing's {@link PublishingReleased}: the brand's
 * held posts move on, sooner publish time first, with the choice made at the release. If one fails, the release stays
 * an incomplete publication; sent again, it moves on what is still held. On an in-memory H2 database, the one the
 * application runs on by default: the registry's migration and mapping hold there as on PostgreSQL (the crisis slice).
 *
 * <p>The engine is mocked (Camunda is off here); beans are created lazily, so only what the flow touches is built.
 */
@ApplicationModuleTest(extraIncludes = "base", webEnvironment = WebEnvironment.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:content-slice;DB_CLOSE_DELAY=-1",
        "camunda.bpm.enabled=false",
        // the readiness group names the workflow module's job-executor health, which this slice has not
        "management.endpoint.health.validate-group-membership=false",
        // no screens without a web server
        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "spring.main.lazy-initialization=true"})
class HeldPostsReleaseEventsTest {

    @MockitoBean
    RuntimeService runtimeService;

    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    IncompleteEventPublications incompletePublications;
    @Autowired
    ThreadPoolTaskExecutor applicationTaskExecutor;

    final Instant publishAt = Instant.parse("2026-12-07T09:00:00Z");
    final List<String> moved = new CopyOnWriteArrayList<>();
    final Set<String> failing = new CopyOnWriteArraySet<>();
    String brand;
    ExecutionQuery held;
    MessageCorrelationBuilder correlation;

    @BeforeEach
    void twoPostsHeldByTheBrandsFreeze() {
        // @ApplicationModuleTest keeps one test instance for the class
        moved.clear();
        failing.clear();
        brand = "slice-" + UUID.randomUUID().toString().substring(0, 8);
        held = mock(ExecutionQuery.class, RETURNS_SELF);
        when(runtimeService.createExecutionQuery()).thenReturn(held);
        holding("later", "sooner");
        when(runtimeService.getVariable("later", "publishAt")).thenReturn(Date.from(publishAt.plusSeconds(3600)));
        when(runtimeService.getVariable("sooner", "publishAt")).thenReturn(Date.from(publishAt));

        correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
        when(runtimeService.createMessageCorrelation(HeldPostsRelease.RELEASED)).thenReturn(correlation);
        List<String> addressed = new CopyOnWriteArrayList<>();
        when(correlation.processInstanceId(anyString())).thenAnswer(call -> {
            addressed.add(call.getArgument(0));
            return correlation;
        });
        doAnswer(call -> {
            String instance = addressed.get(addressed.size() - 1);
            if (failing.remove(instance)) {
                throw new ProcessEngineException("Optimistic locking failure on " + instance);
            }
            moved.add(instance);
            return null;
        }).when(correlation).correlate();
    }

    @Test
    void aReleasedFreezeMovesTheBrandsHeldPostsOnSoonerPublishTimeFirst(Scenario scenario) {
        scenario.publish(new PublishingReleased(brand, ReleaseChoice.PUBLISH_IN_ORDER, "social-manager"))
                .andWaitForStateChange(() -> moved.size() == 2)
                .andVerify(done -> {
                    assertThat(moved).containsExactly("sooner", "later");
                    // the brand's held posts only: the instances' tenant, not a variable someone could rewrite
                    verify(held).messageEventSubscriptionName(HeldPostsRelease.RELEASED);
                    verify(held).tenantIdIn(brand);
                    verify(correlation, times(2)).setVariables(argThat(variables -> ReleaseChoice.PUBLISH_IN_ORDER.name()
                            .equals(ContentApprovalVariables.RELEASE_CHOICE.from(variables))));
                });
        awaitNoListenerRunning();
        assertThat(incompleteOfThisBrand()).isEmpty();
    }

    @Test
    void aPostThatFailsToMoveLeavesTheReleaseIncompleteAndSentAgainItMovesWhatIsStillHeld(Scenario scenario) {
        failing.add("later");

        scenario.publish(new PublishingReleased(brand, ReleaseChoice.BACK_TO_REVIEW, "crisis-lead"))
                .andWaitForStateChange(() -> failing.isEmpty())
                .andVerify(failed -> {
                    awaitNoListenerRunning();
                    assertThat(moved).containsExactly("sooner");
                    assertThat(incompleteOfThisBrand()).as("the release is kept, not lost").hasSize(1);
                });

        holding("later");   // "sooner" waits no more: it moved on the first time
        incompletePublications.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof PublishingReleased released && brand.equals(released.brandId()));

        await().atMost(Duration.ofSeconds(10)).until(() -> moved.size() == 2);
        awaitNoListenerRunning();
        assertThat(moved).containsExactly("sooner", "later");
        assertThat(incompleteOfThisBrand()).as("completed when sent again").isEmpty();
    }

    private void holding(String... instances) {
        List<Execution> executions = Arrays.stream(instances).map(id -> {
            Execution execution = mock(Execution.class);
            when(execution.getProcessInstanceId()).thenReturn(id);
            return execution;
        }).toList();
        when(held.list()).thenReturn(executions);
    }

    /** The listener runs on Spring's task pool: once that is idle, its transaction has ended one way or the other. */
    private void awaitNoListenerRunning() {
        await().atMost(Duration.ofSeconds(10)).until(() -> applicationTaskExecutor.getActiveCount() == 0
                && applicationTaskExecutor.getQueueSize() == 0);
    }

    private List<?> incompleteOfThisBrand() {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getEvent() instanceof PublishingReleased released
                        && brand.equals(released.brandId()))
                .toList();
    }
}
