package io.engineroom.reporting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A Mastodon channel's day: followers against the day before, the day's posts' counts as engagements. */
@EngineRoomIntegrationTest
class ChannelMetricsCollectionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ChannelMetricsCollection collection;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    WireMockServer mastodon;
    String brand;
    long toots;

    @BeforeEach
    void aMastodonChannelWithPostsOnTheDayAndTheDayBefore() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        brand = "daily-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Daily Test", false)); // time zone UTC
        toots = AsAdmin.call(() -> channels.addMastodon(brand, "@daily", mastodon.baseUrl(), "token-daily", true)).id();
        AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@daily", false)); // nothing to read there
        posted(900_001, "100", "2026-03-01T18:00:00Z"); // the day before: not this day's
        posted(900_002, "101", "2026-03-02T09:00:00Z");
        posted(900_003, "102", "2026-03-02T23:59:00Z");
        status("100", 50, 50, 50);
        status("101", 2, 3, 5); // 10
        status("102", 1, 0, 4); // 5
        jdbc.update("insert into channel_day_metrics (brand_id, channel_id, metric_day, source, followers, "
                + "collected_at) values (?, ?, ?, 'mastodon-api', 100, ?)", brand, toots, Date.valueOf(DAY.minusDays(1)),
                Timestamp.from(Instant.now()));
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void theDaysFiguresAreStoredAndCollectingAgainReplacesThem() {
        followers(110);
        MetricsCollection first = collection.collectDaily(brand, DAY);

        assertThat(first.collected()).isEqualTo(1);
        assertThat(first.summary()).isEqualTo("Mastodon @daily: 15 engagements, followers 110 (+10)");
        Map<String, Object> row = day();
        // replies 2 + 1, boosts 3 + 0, favourites 5 + 4
        assertThat(row).containsEntry("engagements", 15L).containsEntry("comments", 3L).containsEntry("shares", 3L)
                .containsEntry("follower_change", 10L).containsEntry("followers", 110L)
                .containsEntry("impressions", null);
        mastodon.verify(getRequestedFor(urlEqualTo("/api/v1/accounts/verify_credentials")));

        followers(108);
        collection.collectDaily(brand, DAY);
        assertThat(day()).containsEntry("follower_change", 8L).containsEntry("followers", 108L);
        assertThat(jdbc.queryForObject("select count(*) from channel_day_metrics where channel_id = ? and "
                + "metric_day = ?", Long.class, toots, Date.valueOf(DAY))).isEqualTo(1);
    }

    @Test
    void theFirstCountHasNoChangeAndAnUnreadableAccountStoresNothing() {
        followers(120);
        collection.collectDaily(brand, DAY.minusDays(5));
        assertThat(jdbc.queryForMap("select follower_change, followers, engagements from channel_day_metrics "
                + "where channel_id = ? and metric_day = ?", toots, Date.valueOf(DAY.minusDays(5))))
                .containsEntry("follower_change", null).containsEntry("followers", 120L)
                .containsEntry("engagements", 0L);

        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(aResponse().withStatus(503)));
        MetricsCollection failed = collection.collectDaily(brand, DAY);
        assertThat(failed.collected()).isZero();
        assertThat(failed.lines()).containsExactly(
                "Mastodon @daily: not collected (the follower count could not be read)");
        assertThat(jdbc.queryForList("select metric_day from channel_day_metrics where channel_id = ? and "
                + "metric_day = ?", toots, Date.valueOf(DAY))).isEmpty();
    }

    @Test
    void aCopywriterCannotCollect() {
        String copywriter = TestUsers.ensure(users, brands, "daily-copy-" + brand, Role.COPYWRITER, brand);
        try (var signedIn = SignedIn.as(users, copywriter)) {
            assertThatThrownBy(() -> collection.collectDaily(brand, DAY)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void posted(long item, String remoteId, String at) {
        jdbc.update("""
                insert into publication_attempt (content_item_id, channel_id, idempotency_key, attempt_no, started_at,
                    finished_at, outcome, remote_id, request_summary) values (?, ?, ?, 1, ?, ?, 'PUBLISHED', ?, 'test')
                """, item, toots, "post:" + item + ":" + toots + ":" + brand, Timestamp.from(Instant.parse(at)),
                Timestamp.from(Instant.parse(at)), remoteId);
    }

    private void status(String id, int replies, int reblogs, int favourites) {
        mastodon.stubFor(get("/api/v1/statuses/" + id).willReturn(aResponse().withStatus(200).withBody(
                "{\"id\":\"" + id + "\",\"replies_count\":" + replies + ",\"reblogs_count\":" + reblogs
                        + ",\"favourites_count\":" + favourites + "}")));
    }

    private void followers(int count) {
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1\",\"username\":\"daily\",\"followers_count\":" + count + "}")));
    }

    private Map<String, Object> day() {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from channel_day_metrics where channel_id = ? "
                + "and metric_day = ?", toots, Date.valueOf(DAY));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
