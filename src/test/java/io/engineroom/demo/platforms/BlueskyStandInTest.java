package io.engineroom.demo.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PlatformChannels;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PostEngagement;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.connector.bluesky.BlueskyConnector;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's Bluesky channel (Northwind Bank's) runs the real {@link BlueskyConnector} against the Bluesky stand-in
 * the app serves in demo mode, through the app's own services: what a newcomer's demo does end to end.
 */
@EngineRoomIntegrationTest
class BlueskyStandInTest {

    static final DemoAccount ACCOUNT = DemoAccount.NORTHWIND_BLUESKY;
    static final String PROFILE = "https://bsky.app/profile/northwindbank.bsky.social/post/";
    static final String FAN_POST = "at://did:plc:fan2demo3q4r5s6t7u8v9w0x/app.bsky.feed.post/3lfanpost22k2";

    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    PublishingService publishing;
    @Autowired
    PlatformChannels platformChannels;
    @Autowired
    BlueskyConnector connector;
    @Autowired
    ReceivedPosts received;
    @Autowired
    BlueskyRepo repo;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    ChannelSummary channel;

    @BeforeEach
    void theDemoBrandsBlueskyChannel() {
        channel = AsAdmin.call(() -> channels.of("northwind")).stream()
                .filter(any -> any.connector() == Connector.BLUESKY).findFirst().orElseThrow();
        warmUp();
    }

    /**
     * One request before the test's own, without the connector's 2 s timeout: the app's first answer on a busy
     * machine (its web layer starting up) can take longer, which the connector would report as no answer.
     */
    private void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(connection().baseUrl()
                    + "/xrpc/app.bsky.actor.getProfile?actor=" + ACCOUNT.accountId()))
                    .header("Authorization", "Bearer " + ACCOUNT.accessToken()).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("The Bluesky stand-in did not answer", e);
        }
    }

    @Test
    void testConnectionShowsTheDemoAccountWithItsFollowers() {
        AccountCheck account = AsAdmin.call(() -> platformChannels.account(channel.id()));

        assertThat(account.ok()).as(account.problem()).isTrue();
        assertThat(account.accountId()).isEqualTo(ACCOUNT.accountId());
        assertThat(account.handle()).isEqualTo("@northwindbank.bsky.social");
        assertThat(account.displayName()).isEqualTo("Northwind Bank");
        assertThat(account.followers()).isGreaterThan(2_400L);
        assertThat(publishing.followers(channel.id())).contains(account.followers());
    }

    @Test
    void aTextPostGoesOutOnceWithItsLinkAndVerifyPublicationFindsIt() {
        long item = newItem();
        String text = "Budget tips for the week ahead https://northwind.example/tips #savings with @fan.bsky.social";

        PublishOutcome outcome = publishing.publish(item, channel.id(), text, null);
        PublishOutcome again = publishing.publish(item, channel.id(), text, null);

        String key = Post.keyFor(item, channel.id());
        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Published.class, published -> {
            assertThat(published.postUrl()).startsWith(PROFILE);
            assertThat(published.remoteId()).startsWith("at://" + ACCOUNT.accountId() + "/app.bsky.feed.post/")
                    .endsWith(published.postUrl().substring(PROFILE.length()));
        });
        assertThat(again).isEqualTo(outcome);
        String uri = ((PublishOutcome.Published) outcome).remoteId();
        assertThat(received.of(ACCOUNT)).filteredOn(post -> post.id().equals(uri)).singleElement()
                .satisfies(post -> assertThat(post.text()).isEqualTo(text));
        Verification found = connector.findPost(new Post(connection(), text, List.of(), key), clock.instant());
        assertThat(found).isEqualTo(new Verification.Found(((PublishOutcome.Published) outcome).postUrl(), uri));
        Verification missing = connector.findPost(new Post(connection(), text, List.of(), key + ":never-sent"),
                clock.instant());
        assertThat(missing).isInstanceOf(Verification.NotFound.class);
    }

    @Test
    void imagesAndAVideoAreUploadedAsBlobsAndGoOutWithTheirPosts() {
        Media chart = new Media(new byte[] {1, 2, 3}, "image/png", "chart.png", "A savings chart", null);
        Media branch = new Media(new byte[] {4, 5, 6}, "image/jpeg", "branch.jpg", "The new branch", null);
        Media clip = new Media(new byte[] {7, 8, 9, 10}, "video/mp4", "tour.mp4", null, null);

        String images = remoteId(publishing.publish(newItem(), channel.id(), "Two pictures", List.of(chart, branch)));
        String video = remoteId(publishing.publish(newItem(), channel.id(), "A short tour", List.of(clip)));

        assertThat(received.find(ACCOUNT, images).orElseThrow().media()).hasSize(2)
                .anySatisfy(medium -> assertThat(medium).startsWith("image/png bafkrei")
                        .endsWith("alt: A savings chart"))
                .anySatisfy(medium -> assertThat(medium).startsWith("image/jpeg bafkrei").endsWith("The new branch"));
        assertThat(received.find(ACCOUNT, video).orElseThrow().media()).singleElement()
                .satisfies(medium -> assertThat(medium).startsWith("video/mp4 bafkrei"));
    }

    @Test
    void aReplyGoesOutInTheThreadOfThePostItAnswers() {
        String post = remoteId(publishing.publish(newItem(), channel.id(), "Our branches open at nine", null));

        String answer = remoteId(publishing.reply(channel.id(), post, "And close at five", null, newKey()));
        String toFan = remoteId(publishing.reply(channel.id(), FAN_POST, "Thank you!", null, newKey()));

        assertThat(received.find(ACCOUNT, answer).orElseThrow().inReplyTo()).isEqualTo(post);
        assertThat(received.find(ACCOUNT, toFan).orElseThrow().inReplyTo()).isEqualTo(FAN_POST);
    }

    @Test
    void moderationBlocksAndMutesTheAuthorDeletesTheBrandsOwnReplyAndLeavesHidingToAPerson() {
        String reply = remoteId(publishing.reply(channel.id(), FAN_POST, "Sorry about that", null, newKey()));

        ModerationOutcome blocked = platformChannels.moderate(channel.id(), FAN_POST, null, ModerationAction.BLOCK);
        ModerationOutcome muted = platformChannels.moderate(channel.id(), "sim-" + UUID.randomUUID(),
                "@troll.bsky.social", ModerationAction.MUTE);
        ModerationOutcome deleted = platformChannels.moderate(channel.id(), reply, null, ModerationAction.DELETE);
        ModerationOutcome hidden = platformChannels.moderate(channel.id(), FAN_POST, null, ModerationAction.HIDE);

        assertThat(blocked).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(repo.blocked(ACCOUNT)).contains("did:plc:fan2demo3q4r5s6t7u8v9w0x");
        assertThat(muted).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(repo.muted(ACCOUNT)).contains(BlueskyRepo.didOf("troll.bsky.social"));
        assertThat(deleted).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(received.find(ACCOUNT, reply)).isEmpty();
        assertThat(hidden).isInstanceOf(ModerationOutcome.ByHand.class);
    }

    @Test
    void aPostsCountsAreReadAndTheSameOnEveryRead() {
        long item = newItem();
        String post = remoteId(publishing.publish(item, channel.id(), "How to read a bank statement", null));
        publishing.reply(channel.id(), post, "Step one: the balance", null, newKey());

        List<PostEngagement> first = publishing.engagement(item);
        List<PostEngagement> second = publishing.engagement(item);

        assertThat(first).singleElement().satisfies(engagement -> {
            EngagementCounts counts = engagement.counts().orElseThrow();
            assertThat(counts.likes()).isGreaterThanOrEqualTo(6L);
            assertThat(counts.comments()).isGreaterThanOrEqualTo(1L);
            assertThat(counts.engagements()).isEqualTo(counts.likes() + counts.shares() + counts.comments());
        });
        assertThat(second).isEqualTo(first);
    }

    @Test
    void listeningPollsReadAnEmptyPageAndADirectMessageGoesOutInItsConversation() {
        String convo = "convo" + UUID.randomUUID().toString().substring(0, 8);
        PublishOutcome message = publishing.reply(channel.id(), "bsky-chat:" + convo + "/msg1", "Please DM us",
                "@fan.bsky.social", newKey());

        InboundPage notifications = platformChannels.listen(channel.id(), "notifications", null);
        InboundPage firstChat = platformChannels.listen(channel.id(), "direct_messages", null);
        InboundPage nextChat = platformChannels.listen(channel.id(), "direct_messages", firstChat.nextCursor());

        assertThat(message).isInstanceOfSatisfying(PublishOutcome.Published.class, sent -> {
            assertThat(sent.postUrl()).isEqualTo("https://bsky.app/messages/" + convo);
            assertThat(received.of(ACCOUNT)).anySatisfy(kept -> {
                assertThat(kept.inReplyTo()).isEqualTo(convo);
                assertThat(kept.text()).isEqualTo("Please DM us");
            });
        });
        assertThat(notifications.items()).isEmpty();
        assertThat(notifications.more()).isFalse();
        assertThat(firstChat.items()).isEmpty();
        assertThat(firstChat.nextCursor()).isNotBlank();
        assertThat(nextChat.items()).isEmpty();
        assertThat(nextChat.more()).isFalse();
    }

    @Test
    void aChannelWithAnotherTokenIsRefusedAsBlueskyRefusesItAndItsTokenMarkedRefused() {
        String brand = "bsky-demo-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Wrong Token", false));
        ChannelSummary wrong = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.BLUESKY,
                new AccountTokens(ACCOUNT.accountId(), "@northwindbank.bsky.social", connection().baseUrl(),
                        "wrong-token", null, null), false));
        int before = received.of(ACCOUNT).size();

        PublishOutcome outcome = publishing.publish(newItem(), wrong.id(), "Not from Northwind", null);

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isTrue();
            assertThat(failed.reason()).contains("401").contains("InvalidToken");
        });
        assertThat(tokens.state(wrong.id()).state()).isEqualTo(TokenState.REFUSED);
        assertThat(received.of(ACCOUNT)).hasSize(before);
    }

    @Test
    void aRecordWithoutItsRequiredFieldIsRefusedWithBlueskysInvalidRequest() throws Exception {
        String body = json.createObjectNode().put("repo", ACCOUNT.accountId()).put("collection",
                "app.bsky.feed.post").toString();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                connection().baseUrl() + "/xrpc/com.atproto.repo.createRecord"))
                .header("Authorization", "Bearer " + ACCOUNT.accessToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(answer.body());
        assertThat(error.path("error").asText()).isEqualTo("InvalidRequest");
        assertThat(error.path("message").asText()).contains("record");
    }

    private ChannelConnection connection() {
        return channels.connection(channel.id()).orElseThrow();
    }

    private static String remoteId(PublishOutcome outcome) {
        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        return ((PublishOutcome.Published) outcome).remoteId();
    }

    private static long newItem() {
        return System.nanoTime() % 1_000_000_000L;
    }

    private static String newKey() {
        return "reply:" + UUID.randomUUID();
    }
}
