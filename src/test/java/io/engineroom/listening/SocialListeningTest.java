package io.engineroom.listening;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.CrisisSignal;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Listening against a stand-in Mastodon server (WireMock) on PostgreSQL: a tracked hashtag's timeline, the public
 * timeline filtered by a tracked keyword and a competitor's own posts become stored mentions with the inbox's
 * sentiment; the next poll asks each stream only for what is newer (since_id) and stores nothing twice; a burst of
 * the brand's own negative mentions raises exactly one crisis signal, which opens an incident, and no second signal
 * while that spike lasts.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class SocialListeningTest {

    static final String NEGATIVE = "<p>%s is terrible. The worst service ever, awful and rude staff. I hate it!</p>";
    static final String POSITIVE = "<p>I love %s! Wonderful, delicious coffee and a great, friendly team.</p>";
    static final String TAG = "/api/v1/timelines/tag/beanleaf";
    static final String PUBLIC = "/api/v1/timelines/public";
    static final String RIVAL = "/api/v1/accounts/77/statuses";

    @Autowired
    SocialListening listening;
    @Autowired
    TrackedTerms terms;
    @Autowired
    ListeningFigures figures;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    WireMockServer mastodon;
    String brand;

    @BeforeEach
    void aBrandTrackingAHashtagAKeywordAndACompetitorAccount() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "listen-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Listening " + suffix, false));
        String manager = TestUsers.ensure(users, brands, "listen-mgr-" + suffix, Role.SOCIAL_MANAGER, brand);
        try (var signedIn = SignedIn.as(users, manager)) {
            terms.setServer(brand, mastodon.baseUrl());
            terms.add(brand, TermKind.HASHTAG, "#BeanLeaf", null);
            terms.add(brand, TermKind.KEYWORD, "Bean and Leaf", null);
            terms.add(brand, TermKind.ACCOUNT, "@rival@rival.example", "Rival Roasters");
        }
        // anything not stubbed below is an empty page (a stream with nothing new)
        for (String path : List.of(TAG, PUBLIC, RIVAL)) {
            mastodon.stubFor(get(urlPathEqualTo(path)).atPriority(10).willReturn(page()));
        }
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup")).withQueryParam("acct",
                equalTo("rival@rival.example")).willReturn(json("{\"id\":\"77\",\"acct\":\"rival@rival.example\"}")));
    }

    @AfterEach
    void stop() {
        mastodon.stop();
        TestClock.get().reset();
    }

    @Test
    void timelinesBecomeMentionsOnceAndABurstOfNegativeOnesRaisesOneCrisisSignal() {
        // first poll: no cursors yet, the newest page of each stream
        stub(TAG, null, status("1002", "ada", POSITIVE, 20), status("1001", "bob", NEGATIVE, 30));
        // 1001 holds the keyword too: found by two streams, stored once
        stub(PUBLIC, null, status("2002", "cy", "<p>Nice weather for a walk today.</p>", 10),
                status("2001", "dee", NEGATIVE.formatted("Bean and Leaf"), 15),
                status("1001", "bob", NEGATIVE.formatted("Bean and Leaf"), 30));
        stub(RIVAL, null, status("3001", "rival", POSITIVE, 25));

        assertThat(listening.poll(brand)).isEqualTo(4);

        assertThat(mentions()).containsExactly(
                "1001 HASHTAG beanleaf own NEGATIVE @bob@other.example",
                "1002 HASHTAG beanleaf own POSITIVE @ada@other.example",
                "2001 KEYWORD bean and leaf own NEGATIVE @dee@other.example",
                "3001 ACCOUNT rival@rival.example Rival Roasters POSITIVE @rival@other.example");
        assertThat(jdbc.queryForMap("select text, url from listening_mention where brand_id = ? and external_id"
                + " = '2001'", brand)).containsEntry("text", NEGATIVE.formatted("Bean and Leaf")
                        .replace("<p>", "").replace("</p>", ""))
                .containsEntry("url", "https://other.example/@dee/2001");
        assertThat(cursors()).containsExactlyInAnyOrderEntriesOf(Map.of("MASTODON:hashtag:beanleaf", "1002",
                "MASTODON:public", "2002", "MASTODON:account:rival@rival.example", "3001"));
        assertThat(spikes()).isZero();

        // second poll: each stream asked since its cursor; the server repeats 1002 and 1001, which stay once
        stub(TAG, "1002", status("1004", "eve", NEGATIVE, 5), status("1003", "fay", NEGATIVE, 6),
                status("1002", "ada", POSITIVE, 20));
        stub(PUBLIC, "2002", status("2004", "gus", NEGATIVE.formatted("bean and leaf"), 3),
                status("2003", "hal", NEGATIVE.formatted("BEAN AND LEAF"), 4),
                status("1001", "bob", NEGATIVE.formatted("Bean and Leaf"), 30));
        // the competitor's bad hour is not the brand's crisis: not counted for the spike
        stub(RIVAL, "3001", status("3002", "rival", NEGATIVE, 2));

        assertThat(listening.poll(brand)).isEqualTo(5);

        assertThat(mentions()).hasSize(9);
        assertThat(jdbc.queryForObject("select count(*) from listening_mention where brand_id = ? and external_id"
                + " in ('1001', '1002')", Long.class, brand)).isEqualTo(2);
        mastodon.verify(getRequestedFor(urlPathEqualTo(TAG)).withQueryParam("since_id", equalTo("1002")));
        mastodon.verify(getRequestedFor(urlPathEqualTo(PUBLIC)).withQueryParam("since_id", equalTo("2002")));
        mastodon.verify(getRequestedFor(urlPathEqualTo(RIVAL)).withQueryParam("since_id", equalTo("3001")));
        // six own negative mentions within the hour, none the day before: a spike
        assertThat(spikes()).isEqualTo(1);
        List<CrisisSignal> signals = signals();
        assertThat(signals).hasSize(1);
        assertThat(signals.get(0).reason()).startsWith("Listening: 6 negative public mentions in the last hour");
        assertThat(signals.get(0).interactionIds()).isEmpty();
        assertThat(signals.get(0).raisedBy()).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> !openIncidents().isEmpty());
        assertThat(jdbc.queryForMap("select source, title, description from incident where brand_id = ?", brand))
                .containsEntry("source", "SPIKE").containsEntry("title", "Negative spike")
                .containsEntry("description", signals.get(0).reason());

        // third poll: more negative mentions while the spike lasts raise nothing more
        stub(TAG, "1004", status("1005", "ivy", NEGATIVE, 1));
        assertThat(listening.poll(brand)).isEqualTo(1);
        assertThat(signals()).hasSize(1);
        assertThat(spikes()).isEqualTo(1);
        assertThat(openIncidents()).hasSize(1);

        // share of voice today: 8 own mentions and 2 of Rival Roasters
        LocalDate today = LocalDate.now(TestClock.get().withZone(ZoneOffset.UTC));
        ListeningReport report = figures.figures(brand, today.minusDays(1), today.plusDays(1), ZoneOffset.UTC);
        assertThat(report.shares()).extracting(VoiceShare::voice, VoiceShare::mentions, VoiceShare::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VoiceShare.OWN, 8L, 0.8),
                        org.assertj.core.groups.Tuple.tuple("Rival Roasters", 2L, 0.2));

        // two hours on, a quiet hour ends the spike: the next burst may raise a signal again
        TestClock.get().moveBy(Duration.ofHours(2));
        assertThat(listening.poll(brand)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from listening_spike where brand_id = ? and ended_at is null",
                Long.class, brand)).isZero();
        assertThat(signals()).hasSize(1);
    }

    @Test
    void aServerThatAnswersWithAnErrorStoresNothingAndKeepsTheCursors() {
        mastodon.stubFor(get(urlPathMatching("/api/v1/timelines/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        stub(RIVAL, null, status("3001", "rival", POSITIVE, 25));

        assertThat(listening.poll(brand)).isEqualTo(1);

        assertThat(cursors()).containsExactlyEntriesOf(Map.of("MASTODON:account:rival@rival.example", "3001"));
    }

    private List<String> mentions() {
        return jdbc.query("select external_id, term_kind, term, competitor, sentiment, author from listening_mention"
                + " where brand_id = ? order by external_id", (row, i) -> String.join(" ", row.getString(1),
                        row.getString(2), row.getString(3), row.getString(4) == null ? "own" : row.getString(4),
                        row.getString(5), row.getString(6)), brand);
    }

    private Map<String, String> cursors() {
        return jdbc.queryForList("select stream, last_id from listening_stream_cursor where brand_id = ?", brand)
                .stream().collect(Collectors.toMap(row -> (String) row.get("stream"),
                        row -> (String) row.get("last_id")));
    }

    private long spikes() {
        return jdbc.queryForObject("select count(*) from listening_spike where brand_id = ?", Long.class, brand);
    }

    private List<CrisisSignal> signals() {
        return events.stream(CrisisSignal.class).filter(signal -> brand.equals(signal.brandId())).toList();
    }

    private List<Long> openIncidents() {
        return jdbc.queryForList("select id from incident where brand_id = ? and state = 'OPEN'", Long.class, brand);
    }

    private void stub(String path, String sinceId, String... statuses) {
        mastodon.stubFor(get(urlPathEqualTo(path)).atPriority(1)
                .withQueryParam("since_id", sinceId == null ? absent() : equalTo(sinceId))
                .willReturn(page(statuses)));
    }

    /** A status by {@code user} on other.example, {@code minutesAgo} before the application's now. */
    private static String status(String id, String user, String html, int minutesAgo) {
        String content = html.contains("%s") ? html.formatted("Bean &amp; Leaf") : html;
        Instant created = TestClock.get().instant().minus(Duration.ofMinutes(minutesAgo));
        String acct = "rival".equals(user) ? "rival@other.example" : user + "@other.example";
        return """
                {"id":"%s","created_at":"%s","url":"https://other.example/@%s/%s","content":"%s",
                 "visibility":"public","reblog":null,"account":{"id":"9%s","acct":"%s","display_name":"%s"}}"""
                .formatted(id, created, user, id, content.replace("\"", "\\\""), id, acct, user);
    }

    private static ResponseDefinitionBuilder page(String... statuses) {
        return json("[" + String.join(",", statuses) + "]");
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
