package io.engineroom.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The OpenAI-compatible chat endpoint of the shared test application, played by WireMock and kept for the JVM: AI
 * drafting is on in the tests' one context (a second context, with its own engine, would unregister the shared
 * engine from the REST API when it closes). Tests stub the answers they need and reset them first.
 */
public class TestChatEndpoint implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The key the application sends as its bearer token. */
    public static final String KEY = "sk-assist-test-key";
    public static final String MODEL = "test-model";
    private static WireMockServer server;

    /** The running stand-in endpoint; answers nothing until a test stubs it. */
    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("engineroom.assist.chat.base-url=" + server().baseUrl() + "/v1",
                "engineroom.assist.chat.model=" + MODEL, "engineroom.assist.chat.api-key=" + KEY,
                "engineroom.assist.chat.timeout=5s").applyTo(context.getEnvironment());
    }
}
