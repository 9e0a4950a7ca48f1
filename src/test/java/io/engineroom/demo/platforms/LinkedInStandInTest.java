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
import io.engineroom.inbox.listening.PlatformListening;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PlatformChannels;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PostEngagement;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.connector.linkedin.LinkedInConnector;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real LinkedIn connector, through the app's own services, against the LinkedIn stand-in the demo serves, on
 * the demo's Northwind Bank LinkedIn channel: what a newcomer's demo does with LinkedIn, end to end.
 */
@EngineRoomIntegrationTest
class LinkedInStandInTest {

    static final DemoAccount PAGE = DemoAccount.NORTHWIND_LINKEDIN;
    static final AtomicLong ITEMS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    PublishingService publishing;
    @Autowired
    PlatformChannels platformChannels;
    @Autowired
    PlatformListening listening;
    @Autowired
    ChannelService channels;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    BrandService brands;
    @Autowired
    ReceivedPosts received;
    @Autowired
    LinkedInConnector connector;
    @Autowired
    ObjectMapper json;

    ChannelSummary channel;
    String standIn;

    @BeforeEach
    void theDemoBrandsLinkedInChannel() {
        channel = AsAdmin.call(() -> channels.of("northwind")).stream()
                .filter(c -> c.connector() == Connector.LINKEDIN).findFirst().orElseThrow();
        standIn = connection().baseUrl();
        warmUp();
    }

    /**
     * One GET and one (refused) POST to the stand-in without a time limit, before the test's own calls: on a busy
     * machine the app's first answers (the dispatcher starting, classes loading) can take longer than the tests'
     * 2 s publishing timeout, which would turn a post into an unknown outcome.
     */
    void warmUp() {
        try {
            send(rest(standIn + "/rest/organizations/" + PAGE.accountId().substring(PAGE.accountId()
                    .lastIndexOf(':') + 1)).GET());
            send(rest(standIn + "/rest/posts").POST(body(json.createObjectNode())));
        } catch (Exception e) {
            throw new IllegalStateException("The LinkedIn stand-in does not answer", e);
        }
    }

    @Test
    void testConnectionShowsTheDemoPageWithItsFollowers() {
        AccountCheck check = AsAdmin.call(() -> platformChannels.account(channel.id()));

        assertThat(check.ok()).as(check.problem()).isTrue();
        assertThat(check.accountId()).isEqualTo(PAGE.accountId());
        assertThat(check.displayName()).isEqualTo("Northwind Bank");
        assertThat(check.handle()).isEqualTo("northwind-bank");
        assertThat(check.followers()).isGreaterThan(9_000L).isEqualTo(publishing.followers(channel.id()).orElseThrow());
    }

    @Test
    void aTextPostGoesOutOnceAndVerifyPublicationFindsItOnThePage() {
        long item = ITEMS.incrementAndGet();
        String text = "Savings week (day " + item + "): three tips for a first #budget";

        PublishOutcome posted = publishing.publish(item, channel.id(), text, null);
        PublishOutcome again = publishing.publish(item, channel.id(), text, null);

        assertThat(posted).isInstanceOf(PublishOutcome.Published.class);
        String urn = ((PublishOutcome.Published) posted).remoteId();
        assertThat(urn).startsWith("urn:li:share:");
        assertThat(((PublishOutcome.Published) posted).postUrl())
                .isEqualTo("https://www.linkedin.com/feed/update/" + urn);
        assertThat(again).isEqualTo(posted);
        // the text as LinkedIn takes it: its little text format, reserved characters escaped
        assertThat(received.of(PAGE)).filteredOn(post -> post.text().contains("\\(day " + item + "\\)"))
                .singleElement().satisfies(post -> {
                    assertThat(post.id()).isEqualTo(urn);
                    assertThat(post.text()).endsWith("{hashtag|\\#|budget}");
                    assertThat(post.media()).isEmpty();
                    assertThat(post.inReplyTo()).isNull();
                });
        String key = Post.keyFor(item, channel.id());
        Verification found = connector.findPost(new Post(connection(), text, null, key),
                publishing.attempts(key).get(0).startedAt());
        assertThat(found).isEqualTo(new Verification.Found("https://www.linkedin.com/feed/update/" + urn, urn));
    }

    @Test
    void anImageSeveralImagesAndAVideoAreUploadedToTheStandInBeforeTheirPosts() {
        Media photo = new Media(new byte[] {1, 2, 3}, "image/png", "branch.png", "Our new branch", null);
        Media chart = new Media(new byte[] {4, 5, 6, 7}, "image/jpeg", "chart.jpg", "Rates chart", null);
        // one part of LinkedIn's 4 MiB and a second of ten bytes
        Media clip = new Media(new byte[4 * 1024 * 1024 + 10], "video/mp4", "welcome.mp4");

        List<String> image = mediaOf(publish("A new branch", List.of(photo)));
        List<String> images = mediaOf(publish("Rates this week", List.of(photo, chart)));
        List<String> video = mediaOf(publish("Welcome to Northwind", List.of(clip)));

        assertThat(image).singleElement().asString().startsWith("urn:li:image:");
        assertThat(images).hasSize(2).allSatisfy(urn -> assertThat(urn).startsWith("urn:li:image:"))
                .doesNotHaveDuplicates();
        assertThat(video).singleElement().asString().startsWith("urn:li:video:");
    }

    @Test
    void aReplyGoesOutInItsThreadAndThePageDeletesItsOwnReply() {
        String post = publish("Ask us anything about savings accounts", null);

        PublishOutcome onPost = publishing.reply(channel.id(), post, "Happy to help!", null, "reply:" + post);
        String comment = ((PublishOutcome.Published) onPost).remoteId();
        PublishOutcome inThread = publishing.reply(channel.id(), comment, "See our savings page.", null,
                "reply:" + comment);
        String threaded = ((PublishOutcome.Published) inThread).remoteId();
        ModerationOutcome deleted = platformChannels.moderate(channel.id(), threaded, null, ModerationAction.DELETE);
        ModerationOutcome hidden = platformChannels.moderate(channel.id(), comment, null, ModerationAction.HIDE);

        assertThat(comment).startsWith("urn:li:comment:(" + post + ",");
        assertThat(received.find(PAGE, comment)).get().extracting(ReceivedPosts.Post::inReplyTo).isEqualTo(post);
        assertThat(threaded).startsWith("urn:li:comment:(" + post + ",");
        assertThat(deleted).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(received.find(PAGE, threaded)).isEmpty();
        assertThat(hidden).isInstanceOf(ModerationOutcome.ByHand.class);
        assertThat(received.find(PAGE, comment)).isPresent();
    }

    @Test
    void aPostsMetricsAreReadAndTheSameOnEveryRead() {
        long item = ITEMS.incrementAndGet();
        publishing.publish(item, channel.id(), "How we keep your card safe, part " + item, null);

        List<PostEngagement> first = publishing.engagement(item);
        List<PostEngagement> second = publishing.engagement(item);

        assertThat(first).singleElement().satisfies(read -> {
            assertThat(read.note()).isNull();
            EngagementCounts counts = read.counts().orElseThrow();
            assertThat(counts.impressions()).isBetween(250L, 2_000L);
            assertThat(counts.reach()).isPositive().isLessThan(counts.impressions());
            assertThat(counts.engagements()).isEqualTo(counts.likes() + counts.comments() + counts.shares()
                    + counts.clicks());
        });
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aListeningPollOfTheDemoPageIsQuietEvenWithThePagesOwnReplies() {
        String post = publish("Branch opening hours over the holidays", null);
        publishing.reply(channel.id(), post, "Open on the 27th too.", null, "reply:" + post);

        int created = listening.poll(channel.id());

        assertThat(created).isZero();
        assertThat(platformChannels.listen(channel.id(), "comments", null).items()).isEmpty();
        assertThat(tokens.state(channel.id()).state()).isNotEqualTo(TokenState.REFUSED);
    }

    @Test
    void aWrongTokenIsRefusedAsLinkedInRefusesItAndTheChannelIsMarkedForReconnection() {
        String brand = "li-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Wrong Token Bank", false));
        ChannelSummary wrong = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.LINKEDIN,
                new AccountTokens(PAGE.accountId(), "Northwind Bank", standIn, "wrong-token", null, null), false));
        int before = received.of(PAGE).size();

        PublishOutcome outcome = publishing.publish(ITEMS.incrementAndGet(), wrong.id(), "Not ours to post", null);

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> {
            assertThat(failed.tokenRefused()).isTrue();
            assertThat(failed.reason()).contains("HTTP 401", "Invalid access token");
        });
        assertThat(tokens.state(wrong.id()).state()).isEqualTo(TokenState.REFUSED);
        assertThat(received.of(PAGE)).hasSize(before);
    }

    @Test
    void aCallWithoutLinkedInsVersionOrWithoutARequiredFieldIsAnsweredWithLinkedInsBadRequest() throws Exception {
        HttpResponse<String> unversioned = send(HttpRequest.newBuilder(URI.create(standIn + "/rest/organizations/"
                + "90210001")).header("Authorization", "Bearer " + PAGE.accessToken()).GET());
        HttpResponse<String> noText = send(rest(standIn + "/rest/posts").POST(body(json.createObjectNode()
                .put("author", PAGE.accountId()).put("visibility", "PUBLIC"))));
        HttpResponse<String> badCount = send(rest(standIn + "/rest/posts?author=urn%3Ali%3Aorganization%3A"
                + "90210001&q=author&count=many").GET());

        assertThat(unversioned.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unversioned.body()).path("code").asText()).isEqualTo("VERSION_MISSING");
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noText.body()).path("message").asText()).contains("/commentary");
        assertThat(json.readTree(noText.body()).path("status").asInt()).isEqualTo(400);
        assertThat(badCount.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badCount.body()).path("code").asText()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void anImagesUploadAddressLeadsBackToTheStandInAtTheAddressItWasCalledAt() throws Exception {
        String other = standIn.replace("localhost", "127.0.0.1");
        var image = json.createObjectNode();
        image.putObject("initializeUploadRequest").put("owner", PAGE.accountId());

        HttpResponse<String> answer = send(rest(other + "/rest/images?action=initializeUpload").POST(body(image)));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode value = json.readTree(answer.body()).path("value");
        assertThat(value.path("uploadUrl").asText()).startsWith(other + "/dms-uploads/images/");
        assertThat(value.path("image").asText()).startsWith("urn:li:image:");
    }

    /** Publishes a new item's post with the media; its URN. */
    private String publish(String text, List<Media> media) {
        PublishOutcome outcome = publishing.publish(ITEMS.incrementAndGet(), channel.id(), text, media);
        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        return ((PublishOutcome.Published) outcome).remoteId();
    }

    private List<String> mediaOf(String urn) {
        return received.find(PAGE, urn).orElseThrow().media();
    }

    private ChannelConnection connection() {
        return channels.connection(channel.id()).orElseThrow();
    }

    private HttpRequest.Builder rest(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + PAGE.accessToken())
                .header("LinkedIn-Version", "202605").header("X-Restli-Protocol-Version", "2.0.0")
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
