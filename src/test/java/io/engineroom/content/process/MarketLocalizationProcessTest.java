package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.LOCAL_REVIEW;
import static io.engineroom.content.MarketLocalizationVariables.MARKET;
import static io.engineroom.content.MarketLocalizationVariables.PAID_PROMOTION;
import static io.engineroom.content.MarketLocalizationVariables.REGULATED_MARKET;
import static io.engineroom.content.MarketLocalizationVariables.REVIEW_COMMENT;
import static io.engineroom.content.MarketLocalizationVariables.REVIEW_DECISION;
import static io.engineroom.content.MarketLocalizationVariables.TRANSLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.Market;
import io.engineroom.content.ContentMarkets;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import io.engineroom.workflow.forms.FormSchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.access.AccessDeniedException;

/**
 * The market-localization SOP as deployed from {@code processes/} and {@code forms/}, on a standalone in-memory
 * engine, with the real listeners over a stand-in {@link ContentMarkets} (the item's record). Together the tests pass
 * every flow node and sequence flow.
 */
class MarketLocalizationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final long ITEM = 42L;
    static final String KEY = "content:42:market:de-CH";

    ProcessEngine engine;

    final ContentMarkets markets = mock(ContentMarkets.class);
    final MarketOfInstance instances = mock(MarketOfInstance.class);
    boolean paidPromotion;

    @BeforeEach
    void deployAndRegisterDelegates() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        when(instances.of(any())).thenReturn(new MarketOfInstance.Target(ITEM, "de-CH", null));
        market(false);
        Mocks.register("marketFacts", (org.camunda.bpm.engine.delegate.ExecutionListener) execution ->
                MARKET.set(execution, instances.of(execution).market()));
        // the real listener reads the caller's brief; here the stand-in says whether it is paid promotion
        Mocks.register("marketReviewFacts", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            MarketOfInstance.Target target = instances.of(execution);
            REGULATED_MARKET.set(execution, markets.marketOf(target.item(), target.market()).regulated());
            PAID_PROMOTION.set(execution, paidPromotion);
        });
        Mocks.register("recordTranslation", new RecordTranslation(markets, instances));
        Mocks.register("localReviewer", new LocalReviewer(markets, instances));
        Mocks.register("startFreshReview", new StartFreshReview());
        Mocks.register("rejectionNeedsComment", new RejectionNeedsComment());
        Mocks.register("markMarketLocalized", new MarkMarketLocalized(markets, instances));
    }

    @AfterEach
    void forget() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void anUnregulatedMarketsTranslationGoesOutWithoutALocalReview() {
        ProcessInstance instance = start();
        Task translate = assertWaitingAt(instance, "Translate", "translator", "market-translation");

        complete(translate, withVariables(TRANSLATION.name(), "Unser Herbstsortiment ist da."));

        verify(markets).translate(ITEM, "de-CH", "Unser Herbstsortiment ist da.");
        assertThat(instance).hasPassedInOrder("MarketStepStarted", "TranslationToWrite", "Translate",
                "DecideLocalReview", "LocalReviewNeeded", "ReadyToGoOut", "MarkMarketLocalized", "MarketLocalized")
                .hasNotPassed("LocalReview").isEnded();
        assertThat(instance).variables().containsEntry(LOCAL_REVIEW.name(), false);
        verify(markets).localized(ITEM, "de-CH");
    }

    @Test
    void aRegulatedMarketsTranslationIsReviewedLocallyAndARejectionGoesBackToTheTranslator() {
        market(true);
        ProcessInstance instance = start();
        complete(task(instance), withVariables(TRANSLATION.name(), "Unser Zins, einfach erklärt."));
        Task review = assertWaitingAt(instance, "LocalReview", "brand-reviewer", "market-review");

        complete(review, withVariables(REVIEW_DECISION.name(), "reject", REVIEW_COMMENT.name(),
                "Say Zinssatz, as the regulator does"));

        Task again = assertWaitingAt(instance, "Translate", "translator", "market-translation");
        assertThat(taskService().getVariable(again.getId(), REVIEW_COMMENT.name()))
                .isEqualTo("Say Zinssatz, as the regulator does");
        complete(again, withVariables(TRANSLATION.name(), "Unser Zinssatz, einfach erklärt."));
        taskService().claim(task(instance).getId(), "lena");
        complete(task(instance), withVariables(REVIEW_DECISION.name(), "approve"));

        verify(markets).approveLocally(eq(ITEM), eq("de-CH"), any());
        assertThat(instance).hasPassed("LocalReview", "LocallyApproved", "ReadyToGoOut", "MarketLocalized")
                .isEnded();
        verify(markets).localized(ITEM, "de-CH");
    }

    @Test
    void paidPromotionIsReviewedLocallyInAnUnregulatedMarketToo() {
        paidPromotion = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(TRANSLATION.name(), "Anzeige: unser Herbstsortiment."));

        assertWaitingAt(instance, "LocalReview", "brand-reviewer", "market-review");
    }

    @Test
    void aTranslationOverAPlatformsLimitKeepsTheTaskOpenAndNothingGoesOn() {
        doThrow(new InvalidInput("translation", "X @brand: 312 characters, at most 280")).when(markets)
                .translate(anyLong(), anyString(), anyString());
        ProcessInstance instance = start();
        Task translate = task(instance);

        assertThatThrownBy(() -> taskService().complete(translate.getId(),
                withVariables(TRANSLATION.name(), "x".repeat(312))))
                .rootCause().isInstanceOf(InvalidInput.class).hasMessageContaining("at most 280");

        assertThat(assertWaitingAt(instance, "Translate", "translator", "market-translation").getId())
                .isEqualTo(translate.getId());
        verify(markets, never()).localized(anyLong(), anyString());
    }

    @Test
    void theTranslatorCannotClaimTheLocalReviewOfTheirOwnText() {
        market(true);
        doThrow(new AccessDeniedException("tom translated this text; someone else must review it")).when(markets)
                .requireLocalReviewer(ITEM, "de-CH", "tom");
        ProcessInstance instance = start();
        complete(task(instance), withVariables(TRANSLATION.name(), "Unser Zins, einfach erklärt."));
        Task review = task(instance);

        assertThatThrownBy(() -> taskService().claim(review.getId(), "tom"))
                .rootCause().isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("someone else must review it");
        assertThat(taskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    }

    private void market(boolean regulated) {
        when(markets.marketOf(ITEM, "de-CH")).thenReturn(new Market("beanleaf", "de-CH", "de", "Europe/Zurich",
                "Switzerland", regulated, List.of()));
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("market-localization", KEY);
        assertThat(instance).isStarted().hasPassed("MarketStepStarted");
        return instance;
    }

    private static Task assertWaitingAt(ProcessInstance instance, String activityId, String group, String formId) {
        Task task = task(instance);
        assertThat(task).hasDefinitionKey(activityId).hasCandidateGroup(group).isNotAssigned();
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            assertThat(FormSchemaParser.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8)).id())
                    .isEqualTo(formId);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return task;
    }
}
