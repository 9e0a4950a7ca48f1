package io.engineroom.publishing.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.NOW;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG_ENCODED;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Comments on a LinkedIn page's posts against a stand-in built from LinkedIn's documented requests and answers:
 * read by polling with a time cursor, answered in their thread, deleted as the page.
 * <ul>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api (find by author)</li>
 * </ul>
 */
class LinkedInListeningTest {

    static final String FINDER = LinkedInContractTest.FINDER;
    static final String SHARE = "urn:li:share:6844785523593134080";
    static final String ACTIVITY = "urn:li:activity:6844785523991597056";
    static final String COMMENTS = "/rest/socialActions/urn%3Ali%3Ashare%3A6844785523593134080/comments"
            + "?start=0&count=50";

    final LinkedInStandIn linkedin = new LinkedInStandIn();

    @AfterEach
    void stop() {
        linkedin.stop();
    }

    static String comment(String id, String actor, String text, Instant created, String parent, int replies) {
        String urn = "urn:li:comment:(" + ACTIVITY + "," + id + ")";
        return "{\"actor\":\"" + actor + "\",\"commentUrn\":\"" + urn + "\",\"$URN\":\"" + urn + "\",\"id\":\"" + id
                + "\",\"object\":\"" + ACTIVITY + "\",\"created\":{\"actor\":\"" + actor + "\",\"time\":"
                + created.toEpochMilli() + "},\"lastModified\":{\"actor\":\"" + actor + "\",\"time\":"
                + created.toEpochMilli() + "},\"message\":{\"attributes\":[],\"text\":\"" + text + "\"}"
                + (parent == null ? "" : ",\"parentComment\":\"" + parent + "\"")
                + ",\"commentsSummary\":{\"aggregatedTotalComments\":" + replies + ",\"totalFirstLevelComments\":"
                + replies + "}}";
    }

    void pagePosts() {
        linkedin.server.stubFor(versioned(get(FINDER)).willReturn(aResponse().withBody("{\"elements\":["
                + LinkedInContractTest.element(SHARE, "Our new roast", NOW.minus(Duration.ofDays(1)).toEpochMilli())
                + "," + LinkedInContractTest.element("urn:li:share:1", "Old news",
                        NOW.minus(Duration.ofDays(30)).toEpochMilli()) + "]}")));
    }

    void commentsOnThePost(String... comments) {
        linkedin.server.stubFor(versioned(get(COMMENTS)).willReturn(aResponse().withBody("{\"paging\":{\"start\":0,"
                + "\"count\":50,\"total\":" + comments.length + "},\"elements\":[" + String.join(",", comments)
                + "]}")));
    }

    @Test
    void commentsOnTheRecentPostsComeInWithTheirThreadAndTheCursorIsTheNewestCreationTime() {
        pagePosts();
        Instant first = NOW.minus(Duration.ofHours(5));
        Instant second = NOW.minus(Duration.ofHours(2));
        String parent = "urn:li:comment:(" + ACTIVITY + ",100)";
        commentsOnThePost(comment("100", "urn:li:person:amy", "Love it", first, null, 2),
                comment("101", ORG, "Thanks Amy!", second, null, 0));
        linkedin.server.stubFor(versioned(get("/rest/socialActions/"
                + "urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A6844785523991597056%2C100%29/comments"
                + "?start=0&count=50"))
                .willReturn(aResponse().withBody("{\"paging\":{\"total\":1},\"elements\":["
                        + comment("102", "urn:li:person:bo", "Same here", second.plusSeconds(60), parent, 0) + "]}")));

        InboundPage page = linkedin.connector.listen(linkedin.channel(), "comments", null);

        assertThat(page.items()).containsExactly(
                new InboundItem(parent, InboundItem.Kind.COMMENT, "urn:li:person:amy", null, "Love it", SHARE, first),
                new InboundItem("urn:li:comment:(" + ACTIVITY + ",102)", InboundItem.Kind.COMMENT, "urn:li:person:bo",
                        null, "Same here", parent, second.plusSeconds(60)));
        assertThat(page.nextCursor()).isEqualTo(String.valueOf(second.plusSeconds(60).toEpochMilli()));
        assertThat(page.more()).isFalse();
        // the 30-day-old post is not watched any more
        linkedin.server.verify(0, versioned(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/rest/socialActions/urn%3Ali%3Ashare%3A1/comments?start=0&count=50"))));
    }

    @Test
    void aReadFromTheCursorReturnsOnlyCommentsFromThatMillisecondOn() {
        pagePosts();
        Instant old = NOW.minus(Duration.ofHours(5));
        Instant fresh = NOW.minus(Duration.ofMinutes(3));
        commentsOnThePost(comment("100", "urn:li:person:amy", "Love it", old, null, 0),
                comment("103", "urn:li:person:cy", "Price?", fresh, null, 0));

        InboundPage page = linkedin.connector.listen(linkedin.channel(), "comments",
                String.valueOf(old.plusMillis(1).toEpochMilli()));
        InboundPage nothing = linkedin.connector.listen(linkedin.channel(), "comments",
                String.valueOf(fresh.plusMillis(1).toEpochMilli()));

        assertThat(page.items()).extracting(InboundItem::text).containsExactly("Price?");
        assertThat(page.nextCursor()).isEqualTo(String.valueOf(fresh.toEpochMilli()));
        assertThat(nothing.items()).isEmpty();
        assertThat(nothing.nextCursor()).isNull();
    }

    @Test
    void aRefusedTokenStopsTheReadAndAServerErrorLeavesTheCursorWhereItWas() {
        linkedin.server.stubFor(get(FINDER).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> linkedin.connector.listen(linkedin.channel(), "comments", null))
                .isInstanceOf(AccountProblem.class).satisfies(e -> assertThat(((AccountProblem) e).refused()).isTrue());

        linkedin.server.resetAll();
        pagePosts();
        linkedin.server.stubFor(get(COMMENTS).willReturn(aResponse().withStatus(500)));
        assertThat(linkedin.connector.listen(linkedin.channel(), "comments", "5")).isEqualTo(InboundPage.nothingNew());
    }

    @Test
    void aReplyToACommentGoesInItsThreadAsThePage() {
        String parent = "urn:li:comment:(" + ACTIVITY + ",100)";
        String reply = "urn:li:comment:(" + ACTIVITY + ",104)";
        linkedin.server.stubFor(versioned(post("/rest/socialActions/"
                + "urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A6844785523991597056%2C100%29/comments"))
                .withRequestBody(equalToJson("{\"actor\":\"" + ORG + "\",\"object\":\"" + ACTIVITY + "\","
                        + "\"parentComment\":\"" + parent + "\",\"message\":{\"text\":\"Thank you!\"}}"))
                .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", reply).withBody(
                        comment("104", ORG, "Thank you!", NOW, parent, 0))));

        PublishOutcome outcome = linkedin.connector.reply(new Reply(linkedin.channel(), parent, "Thank you!", null,
                "reply:1"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://www.linkedin.com/feed/update/" + ACTIVITY
                + "?commentUrn=urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A6844785523991597056%2C104%29", reply));
    }

    @Test
    void aReplyToThePostItselfIsACommentUnderIt() {
        linkedin.server.stubFor(versioned(post("/rest/socialActions/urn%3Ali%3Ashare%3A6844785523593134080/comments"))
                .withRequestBody(equalToJson("{\"actor\":\"" + ORG + "\",\"object\":\"" + SHARE + "\","
                        + "\"message\":{\"text\":\"More soon\"}}"))
                .willReturn(aResponse().withStatus(201).withBody(comment("105", ORG, "More soon", NOW, null, 0))));

        PublishOutcome outcome = linkedin.connector.reply(new Reply(linkedin.channel(), SHARE, "More soon", null,
                "reply:2"));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(((PublishOutcome.Published) outcome).remoteId()).isEqualTo("urn:li:comment:(" + ACTIVITY + ",105)");
    }

    @Test
    void aPrivateReplyIsLeftToAPersonAndARefusedReplyIsNotSent() {
        assertThat(linkedin.connector.reply(new Reply(linkedin.channel(), SHARE, "Hi", "urn:li:person:amy", "r:3")))
                .isInstanceOf(PublishOutcome.NeedsPerson.class);
        linkedin.server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(401)));
        PublishOutcome refused = linkedin.connector.reply(new Reply(linkedin.channel(), SHARE, "Hi", null, "r:4"));
        assertThat(refused).isInstanceOf(PublishOutcome.Failed.class);
        assertThat(((PublishOutcome.Failed) refused).tokenRefused()).isTrue();
    }

    @Test
    void deletingACommentOnThePagesPostIsDoneAsThePage() {
        String path = "/rest/socialActions/urn%3Ali%3Aactivity%3A6844785523991597056/comments/100?actor=" + ORG_ENCODED;
        linkedin.server.stubFor(versioned(delete(path)).willReturn(aResponse().withStatus(204)));

        ModerationOutcome outcome = linkedin.connector.moderate(linkedin.channel(),
                "urn:li:comment:(" + ACTIVITY + ",100)", "urn:li:person:amy", ModerationAction.DELETE);

        assertThat(outcome).isInstanceOf(ModerationOutcome.Applied.class);
        linkedin.server.verify(1, deleteRequestedFor(urlEqualTo(path)));
    }

    @Test
    void whatLinkedInDoesNotAllowBecomesAByHandInstructionWithTheLink() {
        linkedin.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(403)));
        String comment = "urn:li:comment:(" + ACTIVITY + ",100)";
        String link = "https://www.linkedin.com/feed/update/" + ACTIVITY + "?commentUrn=";

        ModerationOutcome forbidden = linkedin.connector.moderate(linkedin.channel(), comment, "amy",
                ModerationAction.DELETE);
        ModerationOutcome hide = linkedin.connector.moderate(linkedin.channel(), comment, "amy", ModerationAction.HIDE);
        ModerationOutcome block = linkedin.connector.moderate(linkedin.channel(), comment, "amy",
                ModerationAction.BLOCK);

        assertThat(forbidden).isInstanceOf(ModerationOutcome.ByHand.class);
        assertThat(((ModerationOutcome.ByHand) forbidden).instruction()).contains(link);
        assertThat(((ModerationOutcome.ByHand) hide).instruction()).contains("hide").contains(link);
        assertThat(((ModerationOutcome.ByHand) block).instruction()).contains("block").contains(link);
        linkedin.server.verify(1, deleteRequestedFor(anyUrl()));
    }
}
