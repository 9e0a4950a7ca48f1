package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.ACCESS;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.DID;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Direct messages through a stand-in PDS proxying to Bluesky's chat service ({@code atproto-proxy:
 * did:web:api.bsky.chat#bsky_chat}, https://docs.bsky.app/docs/advanced-guides/api-directory):
 * {@code chat.bsky.convo.listConvos} (https://docs.bsky.app/docs/api/chat-bsky-convo-list-convos),
 * {@code chat.bsky.convo.getLog} (https://docs.bsky.app/docs/api/chat-bsky-convo-get-log),
 * {@code chat.bsky.convo.sendMessage} (https://docs.bsky.app/docs/api/chat-bsky-convo-send-message).
 */
class BlueskyDirectMessagesTest {

    static final String PROXY = "did:web:api.bsky.chat#bsky_chat";
    static final String FAN = "did:plc:fan5x";

    final BlueskyStandIn standIn = new BlueskyStandIn();

    @AfterEach
    void stop() {
        standIn.stop();
    }

    InboundPage read(String cursor) {
        return standIn.connector.listen(standIn.channel(), "direct_messages", cursor);
    }

    static String message(String id, String sender, String text) {
        return "{\"$type\":\"chat.bsky.convo.defs#logCreateMessage\",\"rev\":\"3lrev000000" + id.charAt(id.length()
                - 1) + "\",\"convoId\":\"convo-1\",\"message\":{\"$type\":\"chat.bsky.convo.defs#messageView\","
                + "\"id\":\"" + id + "\",\"rev\":\"3lrev\",\"text\":\"" + text + "\",\"sender\":{\"did\":\"" + sender
                + "\"},\"sentAt\":\"2026-12-05T08:30:00.000Z\"},\"relatedProfiles\":[{\"did\":\"" + FAN + "\","
                + "\"handle\":\"fan.bsky.social\",\"displayName\":\"A Fan\"},{\"did\":\"" + DID + "\",\"handle\":"
                + "\"brand.bsky.social\"}]}";
    }

    @Test
    void theFirstReadStartsAtTheNewestRevisionWithoutImportingHistory() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/chat.bsky.convo.listConvos"))
                .withHeader("atproto-proxy", equalTo(PROXY)).withQueryParam("limit", equalTo("1"))
                .willReturn(okJson("{\"cursor\":\"c1\",\"convos\":[{\"id\":\"convo-1\",\"rev\":\"3lrev0000001\","
                        + "\"members\":[],\"muted\":false,\"unreadCount\":4}]}")));

        assertThat(read(null)).isEqualTo(new InboundPage(List.of(), "3lrev0000001", false));
        standIn.pds.verify(1, getRequestedFor(urlPathEqualTo("/xrpc/chat.bsky.convo.listConvos"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS)));
    }

    @Test
    void laterReadsTakeOthersMessagesFromTheLogAfterTheStoredRevision() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/chat.bsky.convo.getLog"))
                .withHeader("atproto-proxy", equalTo(PROXY)).withQueryParam("cursor", equalTo("3lrev0000001"))
                .willReturn(okJson("{\"cursor\":\"3lrev0000009\",\"logs\":[{\"$type\":"
                        + "\"chat.bsky.convo.defs#logBeginConvo\",\"rev\":\"3lrev0000002\",\"convoId\":\"convo-1\"},"
                        + message("msg-7", FAN, "Is the shop open on Sunday?") + ","
                        + message("msg-8", DID, "Our own earlier answer") + "]}")));

        InboundPage page = read("3lrev0000001");

        assertThat(page.items()).containsExactly(new InboundItem("bsky-chat:convo-1/msg-7",
                InboundItem.Kind.DIRECT_MESSAGE, "@fan.bsky.social", "A Fan", "Is the shop open on Sunday?",
                "bsky-chat:convo-1", Instant.parse("2026-12-05T08:30:00Z")));
        assertThat(page.nextCursor()).isEqualTo("3lrev0000009");
        assertThat(page.more()).isTrue();
    }

    @Test
    void aLogThatDidNotMoveIsNothingNew() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/chat.bsky.convo.getLog"))
                .willReturn(okJson("{\"cursor\":\"3lrev0000009\",\"logs\":[]}")));

        assertThat(read("3lrev0000009")).isEqualTo(InboundPage.nothingNew());
    }

    @Test
    void aReplyToADirectMessageIsSentIntoItsConversation() {
        standIn.pds.stubFor(post("/xrpc/chat.bsky.convo.sendMessage").withHeader("atproto-proxy", equalTo(PROXY))
                .willReturn(okJson("{\"id\":\"msg-9\",\"rev\":\"3lrev0000010\",\"text\":\"Yes, 9 to 5\","
                        + "\"sender\":{\"did\":\"" + DID + "\"},\"sentAt\":\"2026-12-05T09:00:00.000Z\"}")));

        PublishOutcome outcome = standIn.connector.reply(new Reply(standIn.channel(), "bsky-chat:convo-1/msg-7",
                "Yes, 9 to 5", "@fan.bsky.social", "reply:dm-1"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://bsky.app/messages/convo-1",
                "bsky-chat:convo-1/msg-9"));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/chat.bsky.convo.sendMessage"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .withRequestBody(equalToJson("{\"convoId\":\"convo-1\",\"message\":{\"text\":\"Yes, 9 to 5\"}}")));
    }

    @Test
    void anAppPasswordWithoutAccessToMessagesReadsNothingAndIsNotARefusedSession() {
        String noScope = "{\"error\":\"InvalidToken\",\"message\":\"Bad token scope\"}";
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/chat.bsky.convo.getLog")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody(noScope)));
        standIn.pds.stubFor(post("/xrpc/chat.bsky.convo.sendMessage").willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody(noScope)));

        assertThat(read("3lrev0000001")).isEqualTo(InboundPage.nothingNew());
        assertThat(standIn.connector.reply(new Reply(standIn.channel(), "bsky-chat:convo-1/msg-7", "Hello",
                "@fan.bsky.social", "reply:dm-2"))).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
                    assertThat(failed.tokenRefused()).isFalse();
                    assertThat(failed.reason()).contains("no access to direct messages");
                });
    }
}
