package io.engineroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as a team starts it for the first time: its own empty PostgreSQL database
 * ({@link FirstRunDatabase}), no demo data, {@code ADMIN_PASSWORD} set (so the only person is {@code admin}, with
 * {@link #ADMIN_PASSWORD}), single sign-on on against a real OpenID Connect provider ({@link TestOidcProvider}),
 * and {@code OUTBOUND_ALLOW_PRIVATE_ADDRESSES} on, since the channels' stand-in servers run on localhost.
 * Every test class with this annotation shares one context, started once: a test creates the brands and people it
 * needs (as admin, see {@link SignedIn}) under names no other test of this context uses; what the application made
 * by itself before any test ran is kept in {@link FirstRunSnapshot}.
 *
 * <p>Its engine is named {@code firstrun}, not {@code default} (Camunda refuses names with a hyphen, and falls back to {@code default}): Camunda keeps its engines in one registry per JVM,
 * where a second {@code default} would take the demo context's place (Camunda REST and the webapps address this one
 * as {@code /engine-rest/engine/firstrun}, {@code /camunda/app/cockpit/firstrun/}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"engineroom.demo.enabled=false", "engineroom.demo.simulator.enabled=false",
                "DB_URL=unused", "DB_USER=unused", "DB_PASSWORD=unused",
                "ADMIN_PASSWORD=" + FirstRunIntegrationTest.ADMIN_PASSWORD,
                // as a team trying Engine Room against stand-in servers on its own machine sets it
                "OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true",
                "camunda.bpm.process-engine-name=firstrun",
                "engineroom.publishing.timeout=2s", "engineroom.inbox.mastodon-poll-enabled=false",
                "engineroom.inbox.platform-poll-enabled=false",
                // as production must (profile postgres refuses to start without it)
                "ENGINEROOM_SECRET_KEY=" + TestSecretKeys.CURRENT})
@ContextConfiguration(initializers = {FirstRunDatabase.class, TestOidcProvider.class, TestMailServer.class})
@ActiveProfiles("postgres")
@Import({TestClock.Config.class, FirstRunSnapshot.Config.class, TestPasswordHashing.class})
public @interface FirstRunIntegrationTest {

    /** The first administrator's password: it meets the password policy, as outside demo mode it must. */
    String ADMIN_PASSWORD = "First-run-2026!";
}
