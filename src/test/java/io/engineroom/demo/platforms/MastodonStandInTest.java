package io.engineroom.demo.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelChecks;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import io.engineroom.inbox.mastodon.MastodonMentions;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PlatformChannels;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.connector.MastodonConnector;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The demo's Mastodon channel (Bean & Leaf) runs Engine Room's real Mastodon connector against the stand-in the app
 * serves in demo mode: what a newcomer does in the demo goes through the same calls as on a real server.
 */
@EngineRoomIntegrationTest
class MastodonStandInTest {

    private static final DemoAccount ACCOUNT = DemoAccount.BEANLEAF_MASTODON;

    @Autowired
    ChannelService channels;
    @Autowired
    ChannelChecks checks;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    PublishingService publishing;
    @Autowired
    PlatformChannels platform;
    @Autowired
    MastodonConnector connector;
    @Autowired
    MastodonMentions mentions;
    @Autowired
    ReceivedPosts received;
    @Autowired
    MastodonStandInMemory memory;
    @Autowired
    Environment environment;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    long channelId;
    String standIn;

    @BeforeEach
    void theDemoBrandsMastodonChannel() {
        channelId = AsAdmin.call(() -> channels.of("beanleaf")).stream()
                .filter(channel -> channel.connector() == Connector.MASTODON).mapToLong(ChannelSummary::id)
                .findFirst().orElseThrow();
        standIn = ACCOUNT.apiUrl(DemoPlatformsAddress.of(environment));
    }

    @Test
    void testConnectionShowsTheDemoAccountWithItsFollowers() {
        var account = AsAdmin.call(() -> checks.mastodonAccount(channelId));

        assertThat(account.problem()).isNull();
        assertThat(account.displayName()).isEqualTo("Bean & Leaf Coffee");
        assertThat(account.acct()).isEqualTo("beanleaf");
        assertThat(account.followers()).isGreaterThan(1_000L);
    }

    @Test
    void aTextPostGoesOutOnceWithItsLinkAndVerifyPublicationFindsIt() {
        String text = "Fresh beans from Huila this week " + UUID.randomUUID() + "\n\nCome taste them & tell us.";
        long item = item();
        Instant before = clock.instant();

        PublishOutcome first = publishing.publish(item, channelId, text, List.of());
        PublishOutcome again = publishing.publish(item, channelId, text, List.of());

        assertThat(first).isInstanceOf(PublishOutcome.Published.class);
        PublishOutcome.Published published = (PublishOutcome.Published) first;
        assertThat(published.postUrl()).isEqualTo(standIn + "/@beanleaf/" + published.remoteId());
        assertThat(again).isEqualTo(first);
        assertThat(received.of(ACCOUNT)).filteredOn(post -> post.text().equals(text)).hasSize(1);
        Verification found = connector.findPost(new Post(connection(), text, List.of(), Post.keyFor(item, channelId)),
                before);
        assertThat(found).isEqualTo(new Verification.Found(published.postUrl(), published.remoteId()));
    }

    @Test
    void aPostsLinkOpensAPageWithWhatTheStandInReceived() throws Exception {
        String text = "Cold brew is back " + UUID.randomUUID() + " <for real>";
        PublishOutcome.Published published = (PublishOutcome.Published) publishing.publish(item(), channelId, text,
                List.of());

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(published.postUrl())).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = get("/@beanleaf/1", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(text.replace("<", "&lt;").replace(">", "&gt;"))
                .contains("Bean &amp; Leaf Coffee");
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void imagesWithTheirAltTextAndAVideoAreUploadedBeforeTheirStatus() {
        // a photo's size, not a few bytes: the demo takes uploads larger than Spring's default of 1 MB
        Media beans = new Media(new byte[3 * 1024 * 1024], "image/png", "beans.png", "A bag of green beans", null);
        Media cup = new Media(new byte[] {4, 5, 6}, "image/jpeg", "cup.jpg", "A flat white", null);
        Media pour = new Media(new byte[] {7, 8, 9, 10}, "video/mp4", "pour.mp4", "Latte art, slowly", null);

        PublishOutcome images = publishing.publish(item(), channelId, "Two pictures " + UUID.randomUUID(),
                List.of(beans, cup));
        PublishOutcome video = publishing.publish(item(), channelId, "A video " + UUID.randomUUID(), List.of(pour));

        List<MastodonStandInMemory.Upload> imageUploads = uploadsOf(images);
        assertThat(imageUploads).extracting(MastodonStandInMemory.Upload::description)
                .containsExactly("A bag of green beans", "A flat white");
        assertThat(imageUploads).extracting(MastodonStandInMemory.Upload::type).containsOnly("image");
        assertThat(uploadsOf(video)).extracting(upload -> upload.type() + " " + upload.fileName())
                .containsExactly("video pour.mp4");
    }

    @Test
    void aReplyGoesOutInThreadAndTheBrandDeletesItsOwnReply() {
        PublishOutcome.Published post = (PublishOutcome.Published) publishing.publish(item(), channelId,
                "Open on Sunday? " + UUID.randomUUID(), List.of());

        PublishOutcome reply = publishing.reply(channelId, post.remoteId(), "Yes, from 10 to 4!", null,
                UUID.randomUUID().toString());
        PublishOutcome direct = publishing.reply(channelId, "9001", "We sent you the refund.",
                "@guest@mastodon.example", UUID.randomUUID().toString());

        String replyId = ((PublishOutcome.Published) reply).remoteId();
        assertThat(received.find(ACCOUNT, replyId)).map(ReceivedPosts.Post::inReplyTo).contains(post.remoteId());
        String directId = ((PublishOutcome.Published) direct).remoteId();
        assertThat(received.find(ACCOUNT, directId)).map(ReceivedPosts.Post::text)
                .contains("@guest@mastodon.example We sent you the refund.");
        assertThat(memory.visibility(directId)).isEqualTo("direct");

        ModerationOutcome deleted = platform.moderate(channelId, replyId, ACCOUNT.handle(), ModerationAction.DELETE);
        ModerationOutcome others = platform.moderate(channelId, "9001", "@guest@mastodon.example",
                ModerationAction.DELETE);

        assertThat(deleted).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(received.find(ACCOUNT, replyId)).isEmpty();
        assertThat(others).as("Mastodon lets an account delete only its own statuses")
                .isInstanceOf(ModerationOutcome.ByHand.class);
    }

    @Test
    void blockAndMuteReachTheStandInWhileHidingIsLeftToAPerson() {
        String troll = "troll" + UUID.randomUUID().toString().substring(0, 6) + "@mastodon.example";

        ModerationOutcome blocked = platform.moderate(channelId, "9002", "@" + troll, ModerationAction.BLOCK);
        ModerationOutcome muted = platform.moderate(channelId, "9002", "@" + troll, ModerationAction.MUTE);
        ModerationOutcome hidden = platform.moderate(channelId, "9002", "@" + troll, ModerationAction.HIDE);

        assertThat(blocked).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(muted).isInstanceOf(ModerationOutcome.Applied.class);
        assertThat(hidden).isInstanceOf(ModerationOutcome.ByHand.class);
        assertThat(memory.relationships(ACCOUNT))
                .contains(new MastodonStandInMemory.Relationship(ACCOUNT, MastodonStandIn.strangerId(troll), true,
                        true));
    }

    @Test
    void aPostsCountsAndTheFollowersAreReadTheSameOnEveryRead() {
        long item = item();
        PublishOutcome.Published post = (PublishOutcome.Published) publishing.publish(item, channelId,
                "Counting cups " + UUID.randomUUID(), List.of());
        publishing.reply(channelId, post.remoteId(), "Thanks for all the cups!", null, UUID.randomUUID().toString());

        Optional<EngagementCounts> counts = connector.engagement(connection(), post.remoteId());
        Optional<EngagementCounts> again = publishing.engagement(item).get(0).counts();

        assertThat(counts).isPresent();
        assertThat(counts.get().likes()).isGreaterThanOrEqualTo(3L);
        assertThat(counts.get().comments()).as("the brand's own reply is counted").isGreaterThanOrEqualTo(1L);
        assertThat(again).isEqualTo(counts);
        assertThat(publishing.followers(channelId)).isPresent().isEqualTo(publishing.followers(channelId));
    }

    @Test
    void aMentionPollGetsAnEmptyPageAndImportsNothing() throws Exception {
        int imported = mentions.poll(channelId);
        HttpResponse<String> page = get("/api/v1/notifications?types%5B%5D=mention&limit=40", ACCOUNT.accessToken());

        assertThat(imported).isZero();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json.readTree(page.body()).isArray()).isTrue();
        assertThat(json.readTree(page.body())).isEmpty();
        assertThat(page.headers().firstValue("Link")).isEmpty();
    }

    @Test
    void aChannelWithAWrongTokenIsRefusedAsMastodonRefusesIt() throws Exception {
        String brand = "masto-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Wrong token " + brand, false));
        long wrong = AsAdmin.call(() -> channels.addMastodon(brand, "@someone@coffee.social", standIn, "wrong-token",
                false)).id();

        var account = AsAdmin.call(() -> checks.mastodonAccount(wrong));
        PublishOutcome post = publishing.publish(item(), wrong, "Not with this token", List.of());
        ModerationOutcome block = platform.moderate(wrong, "9003", "@troll@mastodon.example", ModerationAction.BLOCK);
        HttpResponse<String> none = get("/api/v1/accounts/verify_credentials", null);

        assertThat(account.problemField()).isEqualTo("accessToken");
        assertThat(account.problem()).contains("HTTP 401");
        assertThat(post).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) post).reason()).contains("HTTP 401")
                .contains("{\"error\":\"The access token is invalid\"}");
        assertThat(block).isInstanceOf(ModerationOutcome.Failed.class);
        assertThat(tokens.state(wrong).state()).isEqualTo(TokenState.REFUSED);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json.readTree(none.body()).path("error").asText()).isEqualTo("The access token is invalid");
    }

    @Test
    void aStatusWithoutTextOrMediaIsRefusedWithMastodonsValidationError() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(standIn + "/api/v1/statuses")).header("Authorization", "Bearer "
                        + ACCOUNT.accessToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"  \"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode error = json.readTree(answer.body());
        assertThat(error.path("error").asText()).isEqualTo("Validation failed: Text can't be blank");
    }

    private List<MastodonStandInMemory.Upload> uploadsOf(PublishOutcome outcome) {
        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        ReceivedPosts.Post post = received.find(ACCOUNT, ((PublishOutcome.Published) outcome).remoteId())
                .orElseThrow();
        return post.media().stream().map(id -> memory.upload(ACCOUNT, id).orElseThrow()).toList();
    }

    private io.engineroom.brand.ChannelConnection connection() {
        return channels.connection(channelId).orElseThrow();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A content item id of this test's own, so its publications are its own. */
    private static long item() {
        return System.nanoTime() % 1_000_000_000L;
    }
}
