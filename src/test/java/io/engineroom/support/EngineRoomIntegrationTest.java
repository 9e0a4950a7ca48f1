package io.engineroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real HTTP port and a real PostgreSQL (profile {@code postgres}, demo data on).
 * Every test class with this annotation shares one application context, so it starts once per build: tests
 * create their own work (new content items) instead of relying on each other's. The application's clock is
 * {@link TestClock}, which a test can move. Metrics are exported as in production (Spring Boot's tests leave them
 * out unless asked), so {@code /actuator/prometheus} answers as it will for a Prometheus server.
 * Passwords are hashed with the application's bcrypt at a lower cost ({@link TestPasswordHashing}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"engineroom.demo.enabled=true", "DB_URL=unused", "DB_USER=unused", "DB_PASSWORD=unused",
                // publishing tests make a stand-in channel answer too late: 2 s keeps them short
                "engineroom.publishing.timeout=2s",
                // SilentMailServerTest waits out an SMTP read timeout: 3 s rather than production's 10 s
                "spring.mail.properties[mail.smtp.timeout]=3000",
                // the stand-in channel servers run on localhost
                "engineroom.outbound.allow-private-addresses=true",
                // nothing arrives on its own: tests deliver the interactions they count
                "engineroom.demo.simulator.enabled=false", "engineroom.inbox.mastodon-poll-enabled=false",
                "engineroom.inbox.platform-poll-enabled=false",
                "engineroom.listening.poll-enabled=false",
                // queued interactions are worked through when a test means to (InteractionIntake.acceptAndStart,
                // startQueued), so events and clocks stay in the test's hands; IntakeWorkersTest runs workers
                "engineroom.inbox.intake.workers=0",
                // profile postgres requires the secret key; the previous one lets a test see a rotation through
                "ENGINEROOM_SECRET_KEY=" + TestSecretKeys.CURRENT,
                "ENGINEROOM_SECRET_KEYS_PREVIOUS=" + TestSecretKeys.PREVIOUS,
                // an X app, so X channels can refresh their tokens (at the channel's stand-in API)
                "engineroom.publishing.platforms.x.client-id=engine-room-test",
                // Meta's webhooks: deliveries are signed with the app secret, the handshake repeats the verify token
                "engineroom.publishing.platforms.facebook.app-secret=test-meta-app-secret",
                "engineroom.publishing.platforms.facebook.verify-token=test-meta-verify-token",
                // a Prometheus server's scrape token for /actuator/prometheus
                "engineroom.metrics.token=" + TestMetrics.TOKEN,
                // tokens are refreshed ahead when a test calls the refresh, not on a schedule
                "engineroom.publishing.token-refresh-enabled=false",
                // a classifier retraining is graded on a small evaluation set in the publishers' formats
                "engineroom.classifier.evaluation-dir=src/test/resources/inbox/evaluation"})
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, TestMailServer.class,
        TestChatEndpoint.class})
@ActiveProfiles("postgres")
@Import({TestClock.Config.class, TestPasswordHashing.class})
@AutoConfigureObservability(tracing = false)
public @interface EngineRoomIntegrationTest {
}
