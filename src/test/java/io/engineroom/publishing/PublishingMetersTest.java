package io.engineroom.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each publish attempt of a planned post is counted once, by platform, under what came of it: posted, failed,
 * unknown, or held (refused before any call because an earlier outcome is still unknown).
 */
@EngineRoomIntegrationTest
class PublishingMetersTest {

    private static final String STATUSES = "/api/v1/statuses";

    @Autowired
    PublishingService publishing;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    MeterRegistry registry;

    WireMockServer mastodon;
    ChannelSummary channel;
    long contentItem = System.nanoTime() % 1_000_000_000L;
    /** What the meter should have counted, by outcome, from what the calls answered. */
    final double[] expected = new double[PublishingMeters.Outcome.values().length];
    final Set<Long> posted = new HashSet<>();

    @BeforeEach
    void aBrandWithAMastodonChannel() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        String brand = "pm-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Publish Metrics Test", false));
        channel = AsAdmin.call(() -> channels.addMastodon(brand, "@pm", mastodon.baseUrl(), "token-xyz", true));
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void everyAttemptIsCountedOnceUnderItsOutcome() {
        double[] before = outcomes();

        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(422).withBody("{\"error\":\"too long\"}")));
        attempt(contentItem);
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"7\",\"url\":\"https://social.example/@pm/7\"}")));
        attempt(contentItem);
        // posted already: the recorded outcome is returned, no attempt is made, nothing is counted
        attempt(contentItem);
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(502)));
        attempt(contentItem + 1);
        // the outcome is unknown: refused until a person checks, counted as held
        attempt(contentItem + 1);

        double[] after = outcomes();
        double[] counted = new double[after.length];
        Arrays.setAll(counted, i -> after[i] - before[i]);
        // posted, failed, unknown, needs_person, held: as the calls answered (on a slow machine a stand-in's answer
        // can miss the 2 s timeout, which makes an outcome unknown and the next call on the key held)
        assertThat(counted).containsExactly(expected);
        assertThat(expected[PublishingMeters.Outcome.UNKNOWN.ordinal()]).isPositive();
        assertThat(expected[PublishingMeters.Outcome.HELD.ordinal()]).isPositive();
    }

    /** Publishes, and tallies what the meter should count for it. */
    private void attempt(long item) {
        try {
            // a key posted before answers with its record: no attempt is made
            boolean postedBefore = posted.contains(item);
            PublishOutcome outcome = publishing.publish(item, channel.id(), "Spring is here", null);
            if (!postedBefore) {
                expected[PublishingMeters.Outcome.of(outcome).ordinal()]++;
            }
            if (outcome instanceof PublishOutcome.Published) {
                posted.add(item);
            }
        } catch (PublishRefused held) {
            expected[PublishingMeters.Outcome.HELD.ordinal()]++;
        }
    }

    private double[] outcomes() {
        return Arrays.stream(PublishingMeters.Outcome.values()).mapToDouble(outcome -> registry
                .get(PublishingMeters.OUTCOMES).tag("platform", "mastodon").tag("outcome", outcome.tag())
                .counter().count()).toArray();
    }
}
