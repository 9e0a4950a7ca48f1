package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.ACCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listening to a stand-in PDS's {@code app.bsky.notification.listNotifications}
 * (https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications): newest first, {@code cursor} paging
 * to older notifications, each with {@code uri}, {@code author}, {@code reason}, {@code reasonSubject},
 * {@code record} and {@code indexedAt}.
 */
class BlueskyListeningTest {

    static final String LIST = "/xrpc/app.bsky.notification.listNotifications";
    static final String BRAND_POST = BlueskyStandIn.postUri("3lbrandpost22");

    final BlueskyStandIn standIn = new BlueskyStandIn();

    @AfterEach
    void stop() {
        standIn.stop();
    }

    static String notification(String rkey, String reason, String text, String indexedAt) {
        String uri = "at://did:plc:fan5x/app.bsky.feed.post/" + rkey;
        String reply = "reply".equals(reason) ? ",\"reply\":{\"root\":{\"uri\":\"" + BRAND_POST
                + "\",\"cid\":\"bafyr\"},"
                + "\"parent\":{\"uri\":\"" + BRAND_POST + "\",\"cid\":\"bafyr\"}}" : "";
        String subject = "like".equals(reason) || "reply".equals(reason) || "quote".equals(reason)
                ? ",\"reasonSubject\":\"" + BRAND_POST + "\"" : "";
        return "{\"uri\":\"" + uri + "\",\"cid\":\"bafyc" + rkey + "\",\"author\":{\"did\":\"did:plc:fan5x\","
                + "\"handle\":\"fan.bsky.social\",\"displayName\":\"A Fan\"},\"reason\":\"" + reason + "\"" + subject
                + ",\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"" + text + "\",\"createdAt\":\""
                + indexedAt + "\"" + reply + "},\"isRead\":false,\"indexedAt\":\"" + indexedAt + "\"}";
    }

    static String page(String cursor, String... notifications) {
        return "{" + (cursor == null ? "" : "\"cursor\":\"" + cursor + "\",") + "\"notifications\":["
                + String.join(",", notifications) + "],\"priority\":false}";
    }

    void answer(String bodyWithoutCursorParam) {
        standIn.pds.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("cursor", absent())
                .willReturn(okJson(bodyWithoutCursorParam)));
    }

    InboundPage read(String cursor) {
        return standIn.connector.listen(standIn.channel(), "notifications", cursor);
    }

    @Test
    void theFirstReadTakesTheNewestPageOnlyWithRepliesMentionsAndQuotesButNoLikes() {
        answer(page("older-1", notification("3l4", "quote", "Look at this", "2026-12-05T08:40:00.000Z"),
                notification("3l3", "like", "", "2026-12-05T08:30:00.000Z"),
                notification("3l2", "mention", "Hey @brand.bsky.social", "2026-12-05T08:20:00.000Z"),
                notification("3l1", "reply", "Love it", "2026-12-05T08:10:00.000Z")));

        InboundPage page = read(null);

        assertThat(page.items()).extracting(InboundItem::kind).containsExactly(InboundItem.Kind.COMMENT,
                InboundItem.Kind.MENTION, InboundItem.Kind.MENTION);
        assertThat(page.items().get(0)).isEqualTo(new InboundItem("at://did:plc:fan5x/app.bsky.feed.post/3l1",
                InboundItem.Kind.COMMENT, "@fan.bsky.social", "A Fan", "Love it", BRAND_POST,
                Instant.parse("2026-12-05T08:10:00Z")));
        assertThat(page.items().get(2).inReplyTo()).isEqualTo(BRAND_POST);
        assertThat(page.more()).isFalse();
        assertThat(page.nextCursor()).contains("2026-12-05T08:40:00Z").contains("3l4").doesNotContain("older-1");
        standIn.pds.verify(1, getRequestedFor(urlPathEqualTo(LIST)).withQueryParam("limit", equalTo("50"))
                .withQueryParam("cursor", absent()).withHeader("Authorization", equalTo("Bearer " + ACCESS)));
    }

    @Test
    void aLaterReadTakesOnlyWhatIsNewerThanTheStoredMark() {
        answer(page("older-1", notification("3l1", "reply", "Love it", "2026-12-05T08:10:00.000Z")));
        String cursor = read(null).nextCursor();
        standIn.pds.resetAll();
        answer(page("older-2", notification("3l5", "reply", "Second", "2026-12-05T08:50:00.000Z"),
                notification("3l1", "reply", "Love it", "2026-12-05T08:10:00.000Z"),
                notification("3l0", "mention", "Never taken: older than the mark", "2026-12-05T08:00:00.000Z")));

        InboundPage page = read(cursor);

        assertThat(page.items()).extracting(InboundItem::text).containsExactly("Second");
        assertThat(page.more()).isFalse();
        assertThat(page.nextCursor()).contains("3l5");
        standIn.pds.resetAll();
        answer(page("older-2", notification("3l5", "reply", "Second", "2026-12-05T08:50:00.000Z")));
        assertThat(read(page.nextCursor())).isEqualTo(InboundPage.nothingNew());
    }

    @Test
    void whenAWholePageIsNewItReadsOlderPagesUntilTheMarkThenMovesTheMarkToTheNewest() {
        answer(page(null, notification("3l1", "reply", "Old", "2026-12-05T08:10:00.000Z")));
        String mark = read(null).nextCursor();
        standIn.pds.resetAll();
        answer(page("page-2", notification("3l7", "reply", "Seventh", "2026-12-05T08:59:00.000Z"),
                notification("3l6", "reply", "Sixth", "2026-12-05T08:58:00.000Z")));
        standIn.pds.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("cursor", equalTo("page-2")).willReturn(okJson(
                page("page-3", notification("3l5", "mention", "Fifth", "2026-12-05T08:57:00.000Z"),
                        notification("3l1", "reply", "Old", "2026-12-05T08:10:00.000Z")))));

        InboundPage newest = read(mark);
        InboundPage older = read(newest.nextCursor());

        assertThat(newest.items()).extracting(InboundItem::text).containsExactly("Sixth", "Seventh");
        assertThat(newest.more()).isTrue();
        assertThat(older.items()).extracting(InboundItem::text).containsExactly("Fifth");
        assertThat(older.more()).isFalse();
        assertThat(older.nextCursor()).contains("3l7").doesNotContain("page-");
        standIn.pds.verify(1, getRequestedFor(urlPathEqualTo(LIST)).withQueryParam("cursor", equalTo("page-2")));
    }

    @Test
    void aRefusedSessionIsAnAccountProblemSoTheChannelIsMarked() {
        standIn.pds.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Authentication Required\"}")));

        assertThatThrownBy(() -> read(null)).isInstanceOfSatisfying(AccountProblem.class,
                problem -> assertThat(problem.refused()).isTrue());
    }

    @Test
    void otherTroubleReadsNothingAndKeepsTheCursor() {
        standIn.pds.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(503)));

        assertThat(read(null)).isEqualTo(InboundPage.nothingNew());
        assertThat(standIn.connector.listeningStreams()).isEqualTo(List.of("notifications", "direct_messages"));
    }
}
