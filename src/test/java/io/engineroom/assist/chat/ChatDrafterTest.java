package io.engineroom.assist.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.assist.AssistSettings;
import io.engineroom.assist.DraftUnavailable;
import io.engineroom.assist.SuggestionOutcome;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The chat endpoint as WireMock plays it: a draft, a time-out, refusals; the key goes to the header only. */
class ChatDrafterTest {

    private static final String KEY = "sk-test-secret-key-1234";
    private static final String PATH = "/v1/chat/completions";
    private static final ChatPrompt PROMPT = new ChatPrompt("You write captions for Bean & Leaf.",
            "Brief\nTitle: Autumn roast\nKey message: The autumn roast is here");

    WireMockServer endpoint;
    ListAppender<ILoggingEvent> logs;
    Logger root;

    @BeforeEach
    void start() {
        endpoint = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        endpoint.start();
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        endpoint.stop();
        // nothing logged while talking to the endpoint carries its key
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains(KEY));
    }

    @Test
    void aDraftIsTheModelsTextWithTheModelItNamedAndTheKeyGoesInTheAuthorizationHeader() {
        endpoint.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(answer("  Autumn is here: come taste it.  ",
                "stop"))));

        ChatAnswer answer = drafter(Duration.ofSeconds(5)).draft(PROMPT);

        assertThat(answer.text()).isEqualTo("Autumn is here: come taste it.");
        assertThat(answer.model()).isEqualTo("llama3.2:3b-instruct");
        endpoint.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Key message: The autumn")))
                .withRequestBody(matchingJsonPath("$.messages[*].content", containing("Bean & Leaf"))));
        assertThat(endpoint.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain(KEY);
    }

    @Test
    void anEndpointWithoutAKeySetGetsNoAuthorizationHeader() {
        endpoint.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(answer("Hello", "stop"))));

        new ChatDrafter(new AssistSettings.Chat(endpoint.baseUrl() + "/v1", "llama3.2", "", Duration.ofSeconds(5)))
                .draft(PROMPT);

        assertThat(endpoint.getAllServeEvents().get(0).getRequest().containsHeader("Authorization")).isFalse();
    }

    @Test
    void anEndpointSlowerThanTheTimeoutIsATimeOutOnceWithoutRetrying() {
        endpoint.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(answer("Too late", "stop"))
                .withFixedDelay(3_000)));

        assertThatThrownBy(() -> drafter(Duration.ofMillis(500)).draft(PROMPT))
                .isInstanceOfSatisfying(DraftUnavailable.class, none -> {
                    assertThat(none.outcome()).isEqualTo(SuggestionOutcome.TIMED_OUT);
                    assertThat(none.getMessage()).isEqualTo("The AI service did not answer within 0.5 s: write it "
                            + "yourself or try again later.");
                });
        assertThat(endpoint.getAllServeEvents()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 429, 500, 503})
    void anHttpErrorIsARefusalThatNamesTheStatusButNotWhatTheEndpointSaid(int status) {
        endpoint.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"internal detail " + status + "\"}}")));

        assertThatThrownBy(() -> drafter(Duration.ofSeconds(5)).draft(PROMPT))
                .isInstanceOfSatisfying(DraftUnavailable.class, none -> {
                    assertThat(none.outcome()).isEqualTo(SuggestionOutcome.REFUSED);
                    assertThat(none.getMessage()).doesNotContain("internal detail").doesNotContain(KEY);
                    if (status == 429) {
                        assertThat(none.getMessage()).contains("busy (too many requests)");
                    } else {
                        assertThat(none.getMessage()).contains("(HTTP " + status + ")");
                    }
                });
        assertThat(endpoint.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aContentFilterIsARefusal() {
        endpoint.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(answer("", "content_filter"))));

        assertThatThrownBy(() -> drafter(Duration.ofSeconds(5)).draft(PROMPT))
                .isInstanceOfSatisfying(DraftUnavailable.class, none -> {
                    assertThat(none.outcome()).isEqualTo(SuggestionOutcome.REFUSED);
                    assertThat(none.getMessage()).contains("content filter");
                });
    }

    @Test
    void anEmptyAnswerIsARefusal() {
        endpoint.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(answer("   ", "stop"))));

        assertThatThrownBy(() -> drafter(Duration.ofSeconds(5)).draft(PROMPT))
                .isInstanceOfSatisfying(DraftUnavailable.class, none -> {
                    assertThat(none.outcome()).isEqualTo(SuggestionOutcome.REFUSED);
                    assertThat(none.getMessage()).contains("gave no text");
                });
    }

    @Test
    void anEndpointThatIsNotThereIsAFailureToReachIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ChatDrafter nowhere = new ChatDrafter(new AssistSettings.Chat("http://127.0.0.1:" + closedPort + "/v1",
                "llama3.2", KEY, Duration.ofSeconds(5)));

        assertThatThrownBy(() -> nowhere.draft(PROMPT)).isInstanceOfSatisfying(DraftUnavailable.class,
                none -> assertThat(none.outcome()).isEqualTo(SuggestionOutcome.FAILED));
    }

    @Test
    void theSettingsNeverPrintTheKey() {
        assertThat(new AssistSettings.Chat("http://ai.example/v1", "m", KEY, Duration.ofSeconds(1)).toString())
                .doesNotContain(KEY).contains("apiKey=***");
    }

    private ChatDrafter drafter(Duration timeout) {
        return new ChatDrafter(new AssistSettings.Chat(endpoint.baseUrl() + "/v1", "llama3.2", KEY, timeout));
    }

    private static String answer(String content, String finishReason) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1733390000,"model":"llama3.2:3b-instruct",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":40,"completion_tokens":9,"total_tokens":49}}
                """.formatted(content, finishReason);
    }
}
