package io.engineroom.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
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
        assertThat(publish(contentItem)).isInstanceOf(PublishOutcome.Failed.class);
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"7\",\"url\":\"https://social.example/@pm/7\"}")));
        assertThat(publish(contentItem)).isInstanceOf(PublishOutcome.Published.class);
        // posted already: the recorded outcome is returned, no attempt is made, nothing is counted
        assertThat(publish(contentItem)).isInstanceOf(PublishOutcome.Published.class);
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(502)));
        assertThat(publish(contentItem + 1)).isInstanceOf(PublishOutcome.Unknown.class);
        assertThatThrownBy(() -> publish(contentItem + 1)).isInstanceOf(PublishRefused.class);

        double[] after = outcomes();
        double[] counted = new double[after.length];
        Arrays.setAll(counted, i -> after[i] - before[i]);
        // posted, failed, unknown, needs_person, held
        assertThat(counted).containsExactly(1, 1, 1, 0, 1);
    }

    private PublishOutcome publish(long item) {
        return publishing.publish(item, channel.id(), "Spring is here", null);
    }

    private double[] outcomes() {
        return Arrays.stream(PublishingMeters.Outcome.values()).mapToDouble(outcome -> registry
                .get(PublishingMeters.OUTCOMES).tag("platform", "mastodon").tag("outcome", outcome.tag())
                .counter().count()).toArray();
    }
}
