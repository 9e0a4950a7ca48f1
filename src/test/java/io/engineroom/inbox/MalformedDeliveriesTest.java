package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of malformed deliveries, generated and hand-written, each sent with a valid token: every one gets the
 * 4xx it deserves as problem details, none a 5xx, and not one row is written. Odd but valid text (script, RTL,
 * zero-width, emoji) is accepted and stored exactly as sent: it is text, never markup.
 */
@EngineRoomIntegrationTest
class MalformedDeliveriesTest {

    private static final List<String> FIELDS = List.of("externalId", "kind", "authorHandle", "authorName", "text",
            "inReplyTo", "occurredAt", "priority");
    private static final List<String> REQUIRED = List.of("externalId", "kind", "authorHandle", "text", "occurredAt");

    @LocalServerPort
    int port;
    @Autowired
    InteractionIntake intake;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    ApiClient api;
    IntakeChannel channel;

    /** One bad request: what it is, what it should get, and how to send it. */
    record Bad(String name, int expected, Function<ApiClient, HttpResponse<String>> send) {
    }

    @BeforeEach
    void aChannelWithCredentials() {
        api = new ApiClient(port);
        channel = IntakeChannel.create(brands, channels, credentials, users, "bad");
    }

    @Test
    void everyMalformedDeliveryGetsA4xxProblemAndStoresNothing() throws Exception {
        List<Bad> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        long before = allInteractions();

        Map<String, String> wrong = new LinkedHashMap<>();
        for (Bad bad : corpus) {
            HttpResponse<String> answer = bad.send().apply(api);
            String problem = problemOf(answer);
            if (answer.statusCode() != bad.expected() || problem != null) {
                wrong.put(bad.name(), answer.statusCode() + " " + (problem != null ? problem : "") + " "
                        + abbreviate(answer.body()));
            }
        }

        assertThat(wrong).as("requests answered other than expected").isEmpty();
        assertThat(allInteractions()).as("rows written by refused requests").isEqualTo(before);
    }

    @Test
    void oddButValidTextIsStoredExactlyAsSent() throws Exception {
        List<String> texts = List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
                "\u202Egnp.exe is my file", "zero\u200Bwidth\u200Djoiner\uFEFF", "👍🏽 thumbs, 🇳🇴 flag",
                "e\u0301 combining", "مرحبا بالعالم", "你好，世界", "'; drop table interaction; --",
                "line one\nline two\ttabbed\r\n", "{{7*7}} ${7*7} #{7*7}", "\"quoted\" \\ backslash");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            bodies.add(interaction(Map.of("externalId", quote("odd-" + i), "text", quote(texts.get(i)))));
        }

        HttpResponse<String> answer = api.withToken(channel.token(), channel.batch(bodies.toArray(String[]::new)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        intake.startQueued(channel.channelId());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(jdbc.queryForObject("select text from interaction where channel_id = ? and external_id = ?",
                    String.class, channel.channelId(), "odd-" + i)).isEqualTo(texts.get(i));
        }
    }

    private List<Bad> corpus() throws Exception {
        List<Bad> corpus = new ArrayList<>();
        String valid = channel.batch(interaction(Map.of()));
        // broken JSON: the valid body cut off at every third character
        for (int end = 1; end < valid.length() - 1; end += 3) {
            corpus.add(token("truncated at " + end, 400, valid.substring(0, end)));
        }
        // every field with every wrong JSON type
        for (String field : FIELDS) {
            for (String value : List.of("123", "-1.5", "true", "false", "{}", "[]", "[\"x\"]", "{\"a\":1}")) {
                corpus.add(token(field + " = " + value, 400, channel.batch(interaction(Map.of(field, value)))));
            }
        }
        for (String field : REQUIRED) {
            corpus.add(token(field + " missing", 422, channel.batch(interaction(Map.of(field, "<omit>")))));
            corpus.add(token(field + " null", 422, channel.batch(interaction(Map.of(field, "null")))));
            corpus.add(token(field + " empty", 422, channel.batch(interaction(Map.of(field, "\"\"")))));
            corpus.add(token(field + " blank", 422, channel.batch(interaction(Map.of(field, "\"  \\t \""))))); 
        }
        // values of the right type that are not acceptable
        for (String kind : List.of("\"SHOUT\"", "\"COMMENTS\"", "\"comment; drop\"")) {
            corpus.add(token("kind " + kind, 422, channel.batch(interaction(Map.of("kind", kind)))));
        }
        corpus.add(token("priority URGENT", 422, channel.batch(interaction(Map.of("priority", "\"URGENT\"")))));
        for (String at : List.of("yesterday", "2026-13-40T00:00:00Z", "2026-11-20", "2026-11-20T09:30:00",
                "+999999999-12-31T23:59:59Z", "1900-01-01T00:00:00Z", "3000-01-01T00:00:00Z", "1732181400")) {
            corpus.add(token("occurredAt " + at, 422, channel.batch(interaction(Map.of("occurredAt", quote(at))))));
        }
        // too long
        for (String field : List.of("externalId", "authorHandle", "authorName", "inReplyTo")) {
            corpus.add(token(field + " 201 chars", 422, channel.batch(interaction(Map.of(field, quote("x".repeat(201)))))));
        }
        corpus.add(token("text 10 001 chars", 422, channel.batch(interaction(Map.of("text", quote("y".repeat(10_001)))))));
        corpus.add(token("text 500 000 chars", 422, channel.batch(interaction(Map.of("text", quote("z".repeat(500_000)))))));
        // control characters and text that is not valid Unicode
        for (String field : List.of("text", "externalId", "authorHandle", "authorName")) {
            for (String odd : List.of("\\u0000", "\\u0001", "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800",
                    "\\udfff", "a\\ud83d", "\\ude00x")) {
                corpus.add(token(field + " with " + odd, 422, channel.batch(interaction(Map.of(field,
                        "\"before " + odd + " after\"")))));
            }
        }
        // the shape of the body
        for (String body : List.of("[" + interaction(Map.of()) + "]", "\"text\"", "7", "null", "true")) {
            corpus.add(token("body " + abbreviate(body), 400, body));
        }
        corpus.add(token("empty body", 400, ""));
        corpus.add(token("whitespace body", 400, " \n\t "));
        String interactions = "\"interactions\":[" + interaction(Map.of()) + "]";
        for (String id : List.of("\"" + channel.channelId() + "\"", channel.channelId() + ".5", "-1", "0", "true",
                "{}", "[]", "1e400", "99999999999999999999999")) {
            corpus.add(token("channelId " + id, 400, "{\"channelId\":" + id + "," + interactions + "}"));
        }
        corpus.add(token("channelId null", 422, "{\"channelId\":null," + interactions + "}"));
        String channelId = "{\"channelId\":" + channel.channelId() + ",";
        corpus.add(token("no interactions", 422, channelId.replaceAll(",$", "") + "}"));
        corpus.add(token("interactions null", 422, channelId + "\"interactions\":null}"));
        corpus.add(token("interactions empty", 422, channelId + "\"interactions\":[]}"));
        corpus.add(token("interactions {}", 422, channelId + "\"interactions\":{}}"));
        for (String value : List.of("\"x\"", "5", "[1]", "[null]", "[[]]", "[\"s\"]", "[{}, 7]")) {
            corpus.add(token("interactions " + value, 400, channelId + "\"interactions\":" + value + "}"));
        }
        corpus.add(token("interaction is an array", 400, channelId + "\"interaction\":[" + interaction(Map.of()) + "]}"));
        corpus.add(token("interaction and interactions", 400, channelId + "\"interaction\":" + interaction(Map.of())
                + "," + interactions + "}"));
        corpus.add(token("501 interactions", 422, channel.batch(many(501))));
        corpus.add(token("a key twice", 400, channelId + "\"channelId\":1," + interactions + "}"));
        corpus.add(token("trailing garbage", 400, valid + " x"));
        corpus.add(token("two objects", 400, valid + valid));
        corpus.add(token("comment", 400, valid.replace("{\"channelId\"", "{/* hi */\"channelId\"")));
        corpus.add(token("single quotes", 400, valid.replace('"', '\'')));
        corpus.add(token("unquoted key", 400, valid.replace("\"channelId\"", "channelId")));
        corpus.add(token("NaN", 400, "{\"channelId\":NaN," + interactions + "}"));
        corpus.add(token("nested 5000 deep", 400, "{\"channelId\":" + channel.channelId() + ",\"x\":"
                + "[".repeat(5000) + "]".repeat(5000) + "," + interactions + "}"));
        corpus.add(raw("invalid UTF-8", 400, "application/json", bytes(valid, 0xC3, 0x28)));
        corpus.add(raw("0xFF bytes", 400, "application/json", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'}));
        // content types
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "][", "application/jsonx")) {
            corpus.add(raw("Content-Type " + type, 415, type, valid.getBytes(StandardCharsets.UTF_8)));
        }
        corpus.add(new Bad("no Content-Type", 415, client -> client.send(client.bare()
                .header("Authorization", "Bearer " + channel.token()), valid.getBytes(StandardCharsets.UTF_8))));
        // bodies over 1 MB, with and without a Content-Length
        String huge = channel.batch(interaction(Map.of("text", quote("h".repeat(1_100_000)))));
        corpus.add(token("1.1 MB body", 413, huge));
        corpus.add(new Bad("1.1 MB chunked body", 413, client -> sendChunked(client, huge)));
        return corpus;
    }

    private Bad token(String name, int expected, String body) {
        return new Bad(name, expected, client -> client.withToken(channel.token(), body));
    }

    private Bad raw(String name, int expected, String contentType, byte[] body) {
        return new Bad(name, expected, client -> client.send(client.bare().header("Content-Type", contentType)
                .header("Authorization", "Bearer " + channel.token()), body));
    }

    private HttpResponse<String> sendChunked(ApiClient client, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(client.request().header("Authorization", "Bearer " + channel.token())
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                            .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid interaction object with the given fields replaced by raw JSON values ("<omit>" leaves one out). */
    private static String interaction(Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("externalId", quote("m-" + System.nanoTime()));
        fields.put("kind", "\"MENTION\"");
        fields.put("authorHandle", "\"@ada\"");
        fields.put("authorName", "\"Ada\"");
        fields.put("text", "\"Hello there\"");
        fields.put("inReplyTo", "\"post-1\"");
        fields.put("occurredAt", "\"2026-11-20T09:30:00Z\"");
        fields.put("priority", "\"HIGH\"");
        fields.putAll(replaced);
        return fields.entrySet().stream().filter(field -> !"<omit>".equals(field.getValue()))
                .map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String[] many(int count) {
        String[] all = new String[count];
        for (int i = 0; i < count; i++) {
            all[i] = interaction(Map.of("externalId", quote("many-" + i)));
        }
        return all;
    }

    private static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text's UTF-8 with the given raw bytes put in front of "Hello", inside a string value. */
    private static byte[] bytes(String text, int... inserted) {
        int at = text.indexOf("Hello");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + inserted.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < inserted.length; i++) {
            all[head.length + i] = (byte) inserted[i];
        }
        System.arraycopy(tail, 0, all, head.length + inserted.length, tail.length);
        return all;
    }

    /** What is wrong with the answer as problem details, or null when it is a proper one. */
    private String problemOf(HttpResponse<String> answer) {
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "not problem+json";
        }
        try {
            JsonNode problem = json.readTree(answer.body());
            if (problem.path("status").asInt() != answer.statusCode() || problem.path("title").asText().isEmpty()) {
                return "status or title missing";
            }
            return null;
        } catch (Exception e) {
            return "unreadable: " + e;
        }
    }

    /** Stored or queued for the intake's workers: a refused delivery adds to neither. */
    private long allInteractions() {
        return jdbc.queryForObject("select (select count(*) from interaction) + (select count(*) from intake_queue)",
                Long.class);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
