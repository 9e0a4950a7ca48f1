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
import io.engineroom.publishing.connector.x.XConnector;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's X channel (Northwind Bank's) runs the real X connector against the app's own X stand-in, through the
 * services a newcomer's clicks reach: test connection, posts with each kind of media X takes, "Verify publication",
 * a reply in the thread, moderation, metrics and the inbox's polling; and a token the stand-in does not know is
 * refused as X refuses it.
 */
@EngineRoomIntegrationTest
class XStandInTest {

    static final DemoAccount ACCOUNT = DemoAccount.NORTHWIND_X;

    @Autowired
    PublishingService publishing;
    @Autowired
    PlatformChannels platform;
    @Autowired
    ChannelService channels;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    BrandService brands;
    @Autowired
    XConnector connector;
    @Autowired
    ReceivedPosts received;
    @Autowired
    XStandIn standIn;
    @Autowired
    Clock clock;

    long channel;
    long contentItem;

    @BeforeEach
    void demoChannel() throws Exception {
        channel = AsAdmin.call(() -> channels.of("northwind")).stream()
                .filter(summary -> summary.connector() == Connector.X).findFirst().orElseThrow().id();
        contentItem = System.nanoTime() % 1_000_000_000L;
        warmUp();
    }

    /**
     * The app's first answer on a path can take seconds on a loaded machine: one request first, without the
     * connectors' 2 s timeout, so the calls under test measure the stand-in, not the server warming up.
     */
    void warmUp() throws Exception {
        String me = channels.connection(channel).orElseThrow().baseUrl() + "/2/users/me";
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(me)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ACCOUNT.accessToken()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    String unique(String text) {
        return text + " #" + UUID.randomUUID().toString().substring(0, 6);
    }

    List<ReceivedPosts.Post> receivedWithText(String text) {
        return received.of(ACCOUNT).stream().filter(post -> post.text().equals(text)).toList();
    }

    @Test
    void testConnectionShowsTheDemoAccountWithItsFollowersOfToday() {
        AccountCheck check = AsAdmin.call(() -> platform.account(channel));

        assertThat(check.problem()).isNull();
        assertThat(check.accountId()).isEqualTo(ACCOUNT.accountId());
        assertThat(check.handle()).isEqualTo("@northwindbank");
        assertThat(check.displayName()).isEqualTo("Northwind Bank");
        assertThat(check.followers()).isEqualTo(XAnswers.followers(ACCOUNT, LocalDate.now(clock.withZone(
                ZoneOffset.UTC))));
        assertThat(publishing.followers(channel)).contains(check.followers());
    }

    @Test
    void aTextPostGoesOutOnceItsLinkIsReturnedAndVerifyPublicationFindsItDespiteItsTcoLink() {
        String text = unique("Savings week: tips & tools at https://northwind.example/savings");
        Instant before = clock.instant();

        PublishOutcome outcome = publishing.publish(contentItem, channel, text, null);

        List<ReceivedPosts.Post> sent = receivedWithText(text);
        assertThat(sent).hasSize(1);
        String id = sent.get(0).id();
        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://x.com/northwindbank/status/" + id, id));
        ChannelConnection connection = channels.connection(channel).orElseThrow();
        Verification found = connector.findPost(new Post(connection, text, List.of(), "verify"), before);
        assertThat(found).isEqualTo(new Verification.Found("https://x.com/northwindbank/status/" + id, id));
        Verification other = connector.findPost(new Post(connection, unique("Never sent"), List.of(), "v"), before);
        assertThat(other).isInstanceOf(Verification.NotFound.class);
    }

    @Test
    void anImageAGifAndAVideoAreUploadedAndAttachedWithTheirAltTexts() {
        // larger than the app's 1 MB multipart limit, as photos are; the video goes in two 4 MiB chunks
        byte[] png = new byte[1_500_000];
        png[0] = (byte) 0x89;
        Media image = new Media(png, "image/png", "rates.png", "A chart of savings rates", null);
        Media gif = new Media("GIF89a".getBytes(StandardCharsets.UTF_8), "image/gif", "coins.gif", "Coins", null);
        Media video = new Media(new byte[4 * 1024 * 1024 + 500_000], "video/mp4", "branch.mp4", null, null);
        String imageText = unique("Rates this week");
        String gifText = unique("Saving adds up");
        String videoText = unique("Inside our new branch");

        List<PublishOutcome> outcomes = List.of(publishing.publish(contentItem, channel, imageText, List.of(image)),
                publishing.publish(contentItem + 1, channel, gifText, List.of(gif)),
                publishing.publish(contentItem + 2, channel, videoText, List.of(video)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(PublishOutcome.Published.class));
        assertThat(receivedWithText(imageText)).singleElement().satisfies(post -> assertThat(post.media())
                .singleElement().asString().startsWith("image/png ")
                .endsWith("(1500000 bytes, alt text: A chart of savings rates)"));
        assertThat(receivedWithText(gifText)).singleElement().satisfies(post -> assertThat(post.media())
                .singleElement().asString().startsWith("image/gif ").endsWith("(6 bytes, alt text: Coins)"));
        assertThat(receivedWithText(videoText)).singleElement().satisfies(post -> assertThat(post.media())
                .singleElement().asString().startsWith("video/mp4 ").endsWith("(" + video.sizeBytes() + " bytes)"));
    }

    @Test
    void aReplyGoesOutInTheThreadAndTheAccountCanDeleteItButNotAnotherPersonsPost() {
        PublishOutcome reply = publishing.reply(channel, "1870000000000000042", unique("@maria_k Happy to help"),
                null, "reply-" + contentItem);

        assertThat(reply).isInstanceOf(PublishOutcome.Published.class);
        String id = ((PublishOutcome.Published) reply).remoteId();
        assertThat(received.find(ACCOUNT, id)).hasValueSatisfying(post -> assertThat(post.inReplyTo())
                .isEqualTo("1870000000000000042"));
        assertThat(platform.moderate(channel, id, "@northwindbank", ModerationAction.DELETE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(received.find(ACCOUNT, id)).isEmpty();
        assertThat(platform.moderate(channel, "1870000000000000042", "@maria_k", ModerationAction.DELETE))
                .isInstanceOf(ModerationOutcome.Failed.class);
    }

    @Test
    void aReplyIsHiddenAndItsAuthorMutedOnTheStandIn() {
        String theirs = "1870000000000000077";

        ModerationOutcome hide = platform.moderate(channel, theirs, "@tom.baker", ModerationAction.HIDE);
        ModerationOutcome mute = platform.moderate(channel, theirs, "@tom.baker", ModerationAction.MUTE);

        assertThat(hide).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(mute).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(standIn.hidden(theirs)).isTrue();
        assertThat(standIn.muted(ACCOUNT, XAnswers.authorOf(theirs))).isTrue();
    }

    @Test
    void aPostsFirstDayMetricsAreTheSameOnEveryRead() {
        PublishOutcome outcome = publishing.publish(contentItem, channel, unique("Budget tip of the day"), null);
        String id = ((PublishOutcome.Published) outcome).remoteId();

        List<PostEngagement> first = publishing.engagement(contentItem);
        List<PostEngagement> second = publishing.engagement(contentItem);

        long likes = XAnswers.publicMetrics(id).path("like_count").asLong();
        assertThat(first).singleElement().satisfies(engagement -> assertThat(engagement.counts())
                .hasValueSatisfying(counts -> assertThat(counts.likes()).isEqualTo(likes).isPositive()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aMentionsPollReturnsAnEmptyPageWithoutError() {
        assertThat(platform.listeningStreams(channel)).containsExactly("mentions");

        InboundPage page = platform.listen(channel, "mentions", null);

        assertThat(page.items()).isEmpty();
        assertThat(tokens.state(channel).state()).isNotEqualTo(TokenState.REFUSED);
    }

    @Test
    void aPostWithoutTextOrMediaIsRefusedWithXsInvalidRequestProblem() throws Exception {
        String tweets = channels.connection(channel).orElseThrow().baseUrl() + "/2/tweets";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tweets))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + ACCOUNT.accessToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertThat(problem.path("title").asText()).isEqualTo("Invalid Request");
        assertThat(problem.path("errors").path(0).path("parameters").has("text")).isTrue();
    }

    @Test
    void aChannelWithATokenTheStandInDoesNotKnowIsRefusedAsXRefusesIt() {
        String brand = "xdemo-" + UUID.randomUUID().toString().substring(0, 8);
        String apiUrl = channels.connection(channel).orElseThrow().baseUrl();
        ChannelSummary wrong = AsAdmin.call(() -> {
            brands.create(brand, "Wrong token", false);
            return channels.addPlatformAccount(brand, Connector.X, new AccountTokens(ACCOUNT.accountId(),
                    ACCOUNT.handle(), apiUrl, "wrong-token", null, null), false);
        });
        String text = unique("Not for Northwind");

        PublishOutcome outcome = publishing.publish(contentItem, wrong.id(), text, null);

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isTrue();
            assertThat(failed.reason()).contains("HTTP 401").contains("Unauthorized");
        });
        assertThat(tokens.state(wrong.id()).state()).isEqualTo(TokenState.REFUSED);
        assertThat(receivedWithText(text)).isEmpty();
    }
}
