package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static io.engineroom.content.ContentApprovalVariables.TITLE;
import static io.engineroom.content.MarketLocalizationVariables.TRANSLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Market;
import io.engineroom.brand.MarketService;
import io.engineroom.demo.platforms.DemoAccount;
import io.engineroom.demo.platforms.ReceivedPosts;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Markets on PostgreSQL with the real SOPs: a Bean &amp; Leaf post for two markets is approved, translated for each
 * (the regulated one also reviewed locally), and goes out on the brand's Mastodon stand-in in its own language and in
 * each market's; a translator of another brand, and a translation over the platform's limit, are refused.
 */
@EngineRoomIntegrationTest
class MarketsFlowTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Test markets of their own (the demo's markets stay as they are): one regulated, one not. */
    private static final Market TICINO = new Market("beanleaf", "it-CH", "it", "Europe/Zurich", "Ticino", true,
            List.of());
    private static final Market FLANDERS = new Market("beanleaf", "nl-BE", "nl", "Europe/Brussels", "Flanders",
            false, List.of());

    @Autowired
    ContentService content;
    @Autowired
    ContentMarkets markets;
    @Autowired
    MarketService brandMarkets;
    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    ReceivedPosts received;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    long mastodon;

    @BeforeEach
    void twoMarkets() {
        AsAdmin.run(() -> {
            brandMarkets.save(TICINO);
            brandMarkets.save(FLANDERS);
        });
        mastodon = AsAdmin.call(() -> channels.of("beanleaf")).stream()
                .filter(channel -> channel.connector() == Connector.MASTODON).map(ChannelSummary::id)
                .findFirst().orElseThrow();
    }

    @Test
    void aTwoMarketPostIsTranslatedReviewedWhereRegulatedAndPublishedInEachMarket() {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        long item = approvedForBothMarkets("Autumn blend " + ref, "Our autumn blend is back. Ref " + ref);
        assertThat(content.get(item).state()).as("not approved before every market is done")
                .isEqualTo("IN_PRODUCTION");

        work("translator", task(item, "nl-BE"), Map.of(TRANSLATION.name(), "Onze herfstmelange is terug. " + ref));
        work("translator", task(item, "it-CH"), Map.of(TRANSLATION.name(), "La nostra miscela d'autunno. " + ref));
        Task localReview = task(item, "it-CH");
        assertThat(localReview.getTaskDefinitionKey()).as("Ticino is regulated").isEqualTo("LocalReview");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("content:" + item + ":market:nl-BE")
                .count()).as("Flanders is not: no local review").isZero();
        assertThatThrownBy(() -> work("translator", localReview, Map.of(REVIEW_DECISION.name(), "approve")))
                .as("the translator cannot review their own text").isInstanceOf(TaskActionException.class);
        work("brand-reviewer", localReview, Map.of(REVIEW_DECISION.name(), "approve"));
        assertThat(content.get(item).state()).isEqualTo("APPROVED");

        Instant publishAt = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            content.reschedule(item, publishAt);
        }
        publishAt(item, publishAt);

        assertThat(content.get(item).state()).isEqualTo("PUBLISHED");
        assertThat(postsWith("Our autumn blend is back. Ref " + ref)).isOne();
        assertThat(postsWith("Onze herfstmelange is terug. " + ref)).isOne();
        assertThat(postsWith("La nostra miscela d'autunno. " + ref)).isOne();
        List<MarketVariantView> variants;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            variants = markets.variants(item);
        }
        assertThat(variants).extracting(MarketVariantView::marketCode).containsExactly("it-CH", "nl-BE");
        assertThat(variants).allSatisfy(variant -> assertThat(variant.published()).isTrue());
        assertThat(variants).extracting(MarketVariantView::reviewedBy).containsExactly("brand-reviewer", null);
    }

    @Test
    void aTranslatorOfAnotherBrandAndATranslationOverThePlatformsLimitAreRefused() {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        long item = approvedForBothMarkets("Gift cards " + ref, "Gift cards for every coffee lover. Ref " + ref);
        String outsider = TestUsers.ensure(users, brands, "translator-nw-" + ref, Role.TRANSLATOR, "northwind");
        Task translate = task(item, "nl-BE");

        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> markets.translate(item, "nl-BE", "Cadeaubonnen voor elke koffieliefhebber."))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inbox.complete(translate.getId(), Map.of(TRANSLATION.name(), "Cadeaubonnen"),
                    UTC)).isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> work("translator", translate, Map.of(TRANSLATION.name(), "Cadeaubonnen! "
                .repeat(60)))).isInstanceOf(TaskActionException.class).hasMessageContaining("at most 500")
                .satisfies(refused -> assertThat(((TaskActionException) refused).fieldErrors())
                        .containsKey("translation"));

        assertThat(task(item, "nl-BE").getId()).as("the task stays open").isEqualTo(translate.getId());
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThat(markets.variants(item)).extracting(MarketVariantView::text).containsOnlyNulls();
        }
    }

    /**
     * The publish minute comes by moving the engine's clock; the running job executor (woken up) publishes, and the
     * item's record says when it is done.
     */
    private void publishAt(long item, Instant publishAt) {
        try {
            ClockUtil.setCurrentTime(Date.from(publishAt));
            engineConfiguration.getJobExecutor().jobWasAdded();
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> "PUBLISHED".equals(content.get(item).state()));
        } finally {
            ClockUtil.reset();
        }
    }

    /** Plans the item for both markets and the Mastodon channel, and takes it through brief, copy and review. */
    private long approvedForBothMarkets(String title, String caption) {
        Instant plannedAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        long item;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            item = content.plan("beanleaf", new ContentBrief(title, "awareness", null, "Autumn blend is back", null,
                    null, plannedAt, Set.of(mastodon)));
            markets.target(item, Set.of("it-CH", "nl-BE"));
        }
        // the brief as planned (publish time included): the social manager completes it as it stands
        work("social-manager", task(item), Map.of(TITLE.name(), title, OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Autumn blend is back"));
        work("copywriter", task(item), Map.of(CAPTION.name(), caption));
        work("brand-reviewer", task(item), Map.of(REVIEW_DECISION.name(), "approve"));
        return item;
    }

    private void work(String userId, Task task, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, userId)) {
            inbox.complete(task.getId(), values, UTC);
        }
    }

    private Task task(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }

    private Task task(long item, String market) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item + ":market:" + market)
                .singleResult();
    }

    private long postsWith(String text) {
        return received.of(DemoAccount.BEANLEAF_MASTODON).stream().filter(post -> post.inReplyTo() == null)
                .filter(post -> text.equals(post.text())).count();
    }
}
