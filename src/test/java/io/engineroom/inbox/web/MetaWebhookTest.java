package io.engineroom.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.Secrets;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Connector;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meta's webhooks over real HTTP, as Meta documents them
 * (<a href="https://developers.facebook.com/docs/graph-api/webhooks/getting-started">verification requests and
 * {@code X-Hub-Signature-256}</a>, <a href="https://developers.facebook.com/docs/graph-api/webhooks/reference/page/">
 * Page {@code feed}</a>, <a href="https://developers.facebook.com/docs/messenger-platform/webhooks">Messenger
 * {@code messaging}</a>, <a href="https://developers.facebook.com/docs/instagram-platform/webhooks">Instagram
 * {@code comments} and {@code mentions}</a>): the handshake, signature refusals that store nothing, and signed
 * deliveries that land once on the channel connected to the page or Instagram account they name.
 */
@EngineRoomIntegrationTest
class MetaWebhookTest {

    static final String APP_SECRET = "test-meta-app-secret";
    static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);

    @LocalServerPort
    int port;
    @Autowired
    InteractionIntake intake;
    @Autowired
    ChannelService channels;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    String pageId;
    String igId;
    long facebookChannel;
    long instagramChannel;

    @BeforeEach
    void channelsConnectedToAPageAndAnInstagramAccount() {
        pageId = Long.toString(IDS.incrementAndGet());
        igId = "1784" + IDS.incrementAndGet();
        facebookChannel = AsAdmin.call(() -> channels.addPlatformAccount("beanleaf", Connector.FACEBOOK,
                new AccountTokens(pageId, "Bean & Leaf " + pageId, "http://127.0.0.1:9", "page-token", null, null),
                false)).id();
        instagramChannel = AsAdmin.call(() -> channels.addPlatformAccount("northwind", Connector.INSTAGRAM,
                new AccountTokens(igId, "@northwind" + igId, "http://127.0.0.1:9", "page-token", null, null),
                false)).id();
    }

    @Test
    void theSubscriptionHandshakeAnswersTheChallengeOnlyForTheConfiguredVerifyToken() throws Exception {
        HttpResponse<String> ok = get("hub.mode=subscribe&hub.challenge=1158201444"
                + "&hub.verify_token=test-meta-verify-token");
        HttpResponse<String> wrong = get("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(wrong.body()).doesNotContain("1158201444");
    }

    @Test
    void aDeliveryWithoutOrWithABadSignatureIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        String body = feedComment(pageId, "c-unsigned-" + pageId, "Hello?");

        HttpResponse<String> unsigned = post(body, null);
        HttpResponse<String> badlySigned = post(body, "sha256=" + HexFormat.of().formatHex(
                Secrets.hmacSha256("not-the-app-secret", body.getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> garbled = post(body, "sha256=zz");

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(badlySigned.statusCode()).isEqualTo(403);
        assertThat(garbled.statusCode()).isEqualTo(403);
        JsonNode problem = json.readTree(badlySigned.body());
        assertThat(problem.get("title").asText()).isEqualTo("Bad signature");
        assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(stored(facebookChannel)).isEmpty();
    }

    @Test
    void aPageCommentAndAMessageLandOnceNotAgainOnRedeliveryAndNotForThePagesOwnReply() throws Exception {
        String body = """
                {"object":"page","entry":[{"id":"%s","time":1764921600,
                  "changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"%s_77",
                    "post_id":"%s_555","parent_id":"%s_555","message":"Is the café open on Sunday?",
                    "from":{"id":"4242","name":"Anna B"},"created_time":1764921590}},
                   {"field":"feed","value":{"item":"reaction","verb":"add","reaction_type":"like","post_id":"%s_555"}},
                   {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"%s_78","post_id":"%s_555",
                    "parent_id":"%s_77","message":"Yes, 9 to 5","from":{"id":"%s","name":"Bean & Leaf"}}}],
                  "messaging":[{"sender":{"id":"psid-9"},"recipient":{"id":"%s"},"timestamp":1764921599000,
                    "message":{"mid":"m_%s","text":"My order is late"}}]}]}
                """.formatted(pageId, pageId, pageId, pageId, pageId, pageId, pageId, pageId, pageId, pageId,
                pageId);

        HttpResponse<String> first = post(body, sign(body));
        HttpResponse<String> again = post(body, sign(body));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("created").asLong()).isEqualTo(2);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("created").asLong()).isZero();
        List<Map<String, Object>> rows = stored(facebookChannel);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("external_id", pageId + "_77").containsEntry("kind", "COMMENT")
                .containsEntry("author_handle", "4242").containsEntry("in_reply_to", pageId + "_555");
        assertThat(rows.get(1)).containsEntry("external_id", "m_" + pageId)
                .containsEntry("kind", "DIRECT_MESSAGE").containsEntry("author_handle", "psid-9");
        assertThat(stored(instagramChannel)).isEmpty();
    }

    @Test
    void anInstagramCommentAndMentionLandOnTheChannelOfTheAccountTheyName() throws Exception {
        String body = """
                {"object":"instagram","entry":[{"id":"%s","time":1764921600,"changes":[
                  {"field":"comments","value":{"from":{"id":"2323","username":"anna.b"},
                    "media":{"id":"1799","media_product_type":"FEED"},"id":"1800%s","text":"Love this roast"}},
                  {"field":"mentions","value":{"media_id":"1799","comment_id":"1801%s"}}]}]}
                """.formatted(igId, igId, igId);

        HttpResponse<String> answer = post(body, sign(body));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<Map<String, Object>> rows = stored(instagramChannel);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("external_id", "1800" + igId).containsEntry("kind", "COMMENT")
                .containsEntry("author_handle", "@anna.b").containsEntry("in_reply_to", "1799");
        assertThat(rows.get(1)).containsEntry("external_id", "1801" + igId).containsEntry("kind", "MENTION");
        assertThat(stored(facebookChannel)).isEmpty();
    }

    static String feedComment(String page, String commentId, String text) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + page + "\",\"time\":1764921600,\"changes\":[{\"field\":"
                + "\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"" + commentId
                + "\",\"post_id\":\"" + page + "_1\",\"message\":\"" + text + "\",\"from\":{\"id\":\"1\"}}}]}]}";
    }

    static String sign(String body) {
        return "sha256=" + HexFormat.of().formatHex(Secrets.hmacSha256(APP_SECRET,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the channel has delivered, once worked through (the test context runs no intake workers). */
    List<Map<String, Object>> stored(long channelId) {
        intake.startQueued(channelId);
        return jdbc.queryForList("select external_id, kind, author_handle, in_reply_to from interaction "
                + "where channel_id = ? order by external_id", channelId);
    }

    HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/webhooks/meta?"
                + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/webhooks/meta")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
