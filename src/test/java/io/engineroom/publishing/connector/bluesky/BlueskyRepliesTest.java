package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.DID;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Replies in thread against a stand-in PDS: the parent read with {@code app.bsky.feed.getPosts}
 * (https://docs.bsky.app/docs/api/app-bsky-feed-get-posts), the reply a post record whose {@code reply} names the
 * thread's {@code root} and the {@code parent} by uri and cid (https://docs.bsky.app/docs/advanced-guides/posts,
 * "Replies").
 */
class BlueskyRepliesTest {

    static final String GET_POSTS = "/xrpc/app.bsky.feed.getPosts";
    static final String CREATE = "/xrpc/com.atproto.repo.createRecord";
    static final String ROOT = BlueskyStandIn.postUri("3lbrandpost22");
    static final String COMMENT = "at://did:plc:fan5x/app.bsky.feed.post/3lcomment222";
    static final String KEY = "reply:interaction-9";

    final BlueskyStandIn standIn = new BlueskyStandIn();

    @AfterEach
    void stop() {
        standIn.stop();
    }

    Reply reply(String to, String directTo) {
        return new Reply(standIn.channel(), to, "Thank you!", directTo, KEY);
    }

    @Test
    void aReplyToACommentNamesTheThreadsRootAndTheCommentAsParent() {
        standIn.pds.stubFor(get(urlPathEqualTo(GET_POSTS)).withQueryParam("uris", equalTo(COMMENT))
                .willReturn(okJson("{\"posts\":[{\"uri\":\"" + COMMENT + "\",\"cid\":\"bafycomment\",\"author\":"
                        + "{\"did\":\"did:plc:fan5x\",\"handle\":\"fan.bsky.social\"},\"record\":{\"$type\":"
                        + "\"app.bsky.feed.post\",\"text\":\"Love it\",\"createdAt\":\"2026-12-05T08:10:00Z\","
                        + "\"reply\":{\"root\":{\"uri\":\"" + ROOT + "\",\"cid\":\"bafyroot\"},\"parent\":{\"uri\":\""
                        + ROOT + "\",\"cid\":\"bafyroot\"}}},\"replyCount\":0,\"repostCount\":0,\"likeCount\":1,"
                        + "\"indexedAt\":\"2026-12-05T08:10:01Z\"}]}")));
        String rkey = RecordKeys.tid(KEY);
        standIn.pds.stubFor(post(CREATE).willReturn(okJson("{\"uri\":\"" + BlueskyStandIn.postUri(rkey)
                + "\",\"cid\":\"bafyreply\"}")));

        PublishOutcome outcome = standIn.connector.reply(reply(COMMENT, null));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://bsky.app/profile/brand.bsky.social/post/"
                + rkey, BlueskyStandIn.postUri(rkey)));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withRequestBody(equalToJson("{\"repo\":\""
                + DID + "\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" + rkey + "\",\"record\":{\"$type\":"
                + "\"app.bsky.feed.post\",\"text\":\"Thank you!\",\"createdAt\":\"" + BlueskyStandIn.NOW + "\","
                + "\"reply\":{\"root\":{\"uri\":\"" + ROOT + "\",\"cid\":\"bafyroot\"},\"parent\":{\"uri\":\""
                + COMMENT + "\",\"cid\":\"bafycomment\"}}}}")));
    }

    @Test
    void aReplyToATopLevelPostHasThatPostAsRootAndParent() {
        standIn.pds.stubFor(get(urlPathEqualTo(GET_POSTS)).willReturn(okJson("{\"posts\":[{\"uri\":\"" + COMMENT
                + "\",\"cid\":\"bafycomment\",\"author\":{\"did\":\"did:plc:fan5x\",\"handle\":\"fan.bsky.social\"},"
                + "\"record\":{\"text\":\"A post naming @brand.bsky.social\"},"
                + "\"indexedAt\":\"2026-12-05T08:10:00Z\"}]}")));
        standIn.pds.stubFor(post(CREATE).willReturn(okJson("{\"uri\":\"at://x/app.bsky.feed.post/y\",\"cid\":\"c\"}")));

        assertThat(standIn.connector.reply(reply(COMMENT, null))).isInstanceOf(PublishOutcome.Published.class);
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withRequestBody(equalToJson("{\"record\":{"
                + "\"reply\":{\"root\":{\"uri\":\"" + COMMENT + "\",\"cid\":\"bafycomment\"},\"parent\":{\"uri\":\""
                + COMMENT + "\",\"cid\":\"bafycomment\"}}}}", true, true)));
    }

    @Test
    void aParentThatCannotBeReadSendsNoReply() {
        standIn.pds.stubFor(get(urlPathEqualTo(GET_POSTS)).willReturn(okJson("{\"posts\":[]}")));

        assertThat(standIn.connector.reply(reply(COMMENT, null))).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains(COMMENT).contains("gone"));
        standIn.pds.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void aRefusedSessionWhenReadingTheParentSaysTheTokenWasRefused() {
        standIn.pds.stubFor(get(urlPathEqualTo(GET_POSTS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Authentication Required\"}")));

        assertThat(standIn.connector.reply(reply(COMMENT, null))).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.tokenRefused()).isTrue());
    }
}
