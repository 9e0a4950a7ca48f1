package io.engineroom.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Replies go out at most once per key: the record comes first, and an earlier try is never repeated blindly. */
@EngineRoomIntegrationTest
class InteractionRepliesTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "replies-" + RUN;
    static WireMockServer mastodon;
    static long mastodonChannel;
    static long manualChannel;

    @Autowired
    InteractionReplies replies;
    @Autowired
    InteractionReplyRepository replyRecords;
    @Autowired
    InteractionIntake intake;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;

    @BeforeAll
    static void startMastodon() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
    }

    @AfterAll
    static void stopMastodon() {
        mastodon.stop();
    }

    @BeforeEach
    void aBrandWithChannels() {
        mastodon.resetAll();
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"77\",\"url\":\"https://social.example/@brand/77\"}")));
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        AsAdmin.run(() -> brands.create(BRAND, "Replies " + RUN, false));
        mastodonChannel = AsAdmin.call(() -> channels.addMastodon(BRAND, "@brand", mastodon.baseUrl(), "t",
                false)).id();
        manualChannel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.TIKTOK, "@brand", false)).id();
    }

    @Test
    void theSameKeyTwiceRepliesOnceAndAnswersWithTheRecordedOutcome() {
        String id = arrive(mastodonChannel);
        String key = "interaction:" + id + ":reply:t1";

        ReplyResult first = replies.send(id, "Thanks!", "cm", key);
        ReplyResult again = replies.send(id, "Thanks!", "cm", key);

        assertThat(first).isEqualTo(new ReplyResult(true, ReplyOutcome.SENT, "SENT https://social.example/@brand/77"));
        assertThat(again).isEqualTo(first);
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        assertThat(replyRecords.findByInteractionIdInOrderByStartedAt(List.of(id))).singleElement()
                .satisfies(reply -> assertThat(reply.getSentBy()).isEqualTo("cm"));
    }

    @Test
    void aTryThatStartedAndNeverFinishedIsUnknownAndNotSentAgain() {
        String id = arrive(mastodonChannel);
        String key = "interaction:" + id + ":reply:crashed";
        replyRecords.saveAndFlush(new InteractionReply(id, key, "Thanks!", "cm", Instant.now()));

        ReplyResult result = replies.send(id, "Thanks!", "cm", key);

        assertThat(result.delivered()).isFalse();
        assertThat(result.status()).isEqualTo(ReplyOutcome.UNKNOWN);
        mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        assertThat(replyRecords.findByIdempotencyKey(key).orElseThrow().getFinishedAt()).isNotNull();
    }

    @Test
    void aServerErrorIsUnknownAndAChannelWithoutApiIsByHand() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(502)));
        String onMastodon = arrive(mastodonChannel);
        ReplyResult unknown = replies.send(onMastodon, "Hi", "cm", "k-" + onMastodon);
        assertThat(unknown.status()).isEqualTo(ReplyOutcome.UNKNOWN);
        assertThat(unknown.outcome()).contains("HTTP 502");

        String onTikTok = arrive(manualChannel);
        ReplyResult byHand = replies.send(onTikTok, "Hi", "cm", "k-" + onTikTok);
        assertThat(byHand.delivered()).isFalse();
        assertThat(byHand.status()).isEqualTo(ReplyOutcome.BY_HAND);
    }

    private String arrive(long channelId) {
        return intake.acceptAndStart(channelId, List.of(new IncomingInteraction("r-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@someone", null, "Hello there", null, Instant.now(), null)))
                .entries().get(0).interactionId();
    }
}
