package io.engineroom.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the shared test application, started with the first context and kept for the
 * JVM: every notice the tests cause is really e-mailed to it. One context for every integration test, because a
 * second Camunda engine of the same name, once closed, unregisters the shared one from the REST API.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail server;

    /** The running server; tests tell their mails apart by recipient. */
    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
        return server;
    }

    /**
     * The mail received for the address once there is some (the outbox worker sends a moment after the cause
     * commits), waiting up to 10 s; none after that.
     */
    public static jakarta.mail.internet.MimeMessage[] awaitMailFor(String address) {
        long until = System.currentTimeMillis() + 10_000;
        jakarta.mail.internet.MimeMessage[] mails = get().getReceivedMessagesForDomain(address);
        while (mails.length == 0 && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mails = get().getReceivedMessagesForDomain(address);
        }
        return mails;
    }

    /** Runs {@code work} while the mail server is down, then starts a fresh one on the same port. */
    public static synchronized void whileDown(Runnable work) {
        get().stop();
        server = null;
        try {
            work.run();
        } finally {
            get();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        get();
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + PORT,
                "engineroom.mail.from=crisis@engine-room.example",
                "engineroom.mail.app-url=https://engine-room.example/")
                .applyTo(context.getEnvironment());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
