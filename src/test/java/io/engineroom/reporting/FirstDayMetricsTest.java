package io.engineroom.reporting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.content.ContentApprovalVariables.BRAND;
import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;
import static io.engineroom.content.ContentApprovalVariables.FIRST_DAY_METRICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestSops;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A day after publishing, the SOP's service task reads each posted channel's figures once (a SOP fragment with the
 * real delegate, a Mastodon stand-in): stored per channel and brand day; a channel's trouble stores nothing and
 * does not stop the SOP.
 */
@EngineRoomIntegrationTest
class FirstDayMetricsTest {

    /** Far from UTC, so the brand's day is visibly not the server's. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    PublishingService publishing;
    @Autowired
    PostMetrics metrics;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    UserDirectory users;

    WireMockServer mastodon;
    String brand;
    ChannelSummary toot;
    ChannelSummary byHand;
    long item;

    @BeforeEach
    void anItemPostedOnMastodonAndByHand() {
        TestSops.deploy(repositoryService, "post-by-hand.form", "verify-publication.form");
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        brand = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Metrics Test", false));
        BrandSettings settings = brands.settings(brand);
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, settings.name(), false, false, KIRITIMATI,
                Duration.ofHours(24))));
        toot = AsAdmin.call(() -> channels.addMastodon(brand, "@metrics", mastodon.baseUrl(), "token-metrics", true));
        byHand = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@metrics", false));
        // the publishing module knows content items by id only
        item = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"4242\",\"url\":\"https://masto.example/@metrics/4242\"}")));
        assertThat(publishing.publish(item, toot.id(), "First post", null)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(publishing.publish(item, byHand.id(), "First post", null))
                .isInstanceOf(PublishOutcome.NeedsPerson.class);
        publishing.resolve(item, byHand.id(), io.engineroom.publishing.Resolution.posted(
                "https://instagram.example/p/1"), "someone");
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void theStatusCountsAreStoredForTheBrandsDayAndASecondReadingThatDayUpdatesThem() {
        counts(3, 5, 11);
        Instant before = Instant.now();

        ProcessInstance instance = collect();

        PostDayMetric row = only();
        assertThat(row.channelId()).isEqualTo(toot.id());
        assertThat(row.source()).isEqualTo("mastodon-api");
        assertThat(row.day()).isIn(LocalDate.ofInstant(before, KIRITIMATI), LocalDate.now(KIRITIMATI));
        assertThat(row.comments()).isEqualTo(3);
        assertThat(row.shares()).isEqualTo(5);
        assertThat(row.likes()).isEqualTo(11);
        assertThat(row.engagements()).isEqualTo(19);
        assertThat(row.impressions()).isNull();
        assertThat(row.reach()).isNull();
        assertThat(row.saves()).isNull();
        assertThat(row.clicks()).isNull();
        assertThat(FIRST_DAY_METRICS.get(runtimeService, instance.getId()))
                .contains("Mastodon @metrics: 19 engagements")
                .contains("Instagram @metrics: not collected (no engagement API");

        counts(4, 5, 20);
        collect();

        PostDayMetric again = only();
        assertThat(again.engagements()).isEqualTo(29);
        assertThat(again.likes()).isEqualTo(20);
        assertThat(again.collectedAt()).isAfterOrEqualTo(row.collectedAt());
    }

    @Test
    void aServerErrorStoresNothingAndTheSopGoesOn() {
        mastodon.stubFor(get("/api/v1/statuses/4242").willReturn(aResponse().withStatus(500)));

        ProcessInstance instance = collect();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
                .activityIdIn("Done").count()).isEqualTo(1);
        assertThat(FIRST_DAY_METRICS.get(runtimeService, instance.getId()))
                .contains("Mastodon @metrics: not collected");
        mastodon.verify(1, getRequestedFor(urlEqualTo("/api/v1/statuses/4242")));
        try (var signedIn = SignedIn.as(users, analyst())) {
            assertThat(metrics.of(item)).isEmpty();
        }
    }

    @Test
    void onlyMembersOfTheBrandReadTheFigures() {
        counts(1, 1, 1);
        collect();
        String outsider = TestUsers.ensure(users, brands, "mo-" + brand, Role.ANALYST);

        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> metrics.of(item)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void counts(int replies, int boosts, int favourites) {
        mastodon.stubFor(get("/api/v1/statuses/4242").willReturn(aResponse().withStatus(200).withBody(
                "{\"id\":\"4242\",\"replies_count\":" + replies + ",\"reblogs_count\":" + boosts
                        + ",\"favourites_count\":" + favourites + "}")));
    }

    private ProcessInstance collect() {
        return runtimeService.startProcessInstanceByKey("first-day-metrics-test", "content:" + item,
                Map.of(BRAND.name(), brand, CONTENT_ITEM_ID.name(), item));
    }

    private PostDayMetric only() {
        try (var signedIn = SignedIn.as(users, analyst())) {
            assertThat(metrics.of(item)).hasSize(1);
            return metrics.of(item).get(0);
        }
    }

    private String analyst() {
        return TestUsers.ensure(users, brands, "ma-" + brand, Role.ANALYST, brand);
    }
}
