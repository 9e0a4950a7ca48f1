package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import org.junit.jupiter.api.Test;

/**
 * Replying, moderating and measuring on X, against the documented calls: reply = create post with
 * {@code reply.in_reply_to_tweet_id} (https://docs.x.com/x-api/posts/create-post); hide a reply
 * (https://docs.x.com/x-api/posts/hide-reply: {@code PUT /2/tweets/:id/hidden}, {@code {data:{hidden}}}); delete a
 * post (https://docs.x.com/x-api/posts/delete-post: {@code {data:{deleted}}}); mute
 * (https://docs.x.com/x-api/users/mute-user-by-user-id: {@code {data:{muting}}}); blocking is for Enterprise apps
 * (https://docs.x.com/enterprise-api/users/blocks/introduction); post metrics
 * (https://docs.x.com/x-api/posts/post-lookup-by-post-id with {@code tweet.fields=public_metrics}).
 */
class XEngagementTest extends XStandIn {

    @Test
    void aReplyIsAPostInTheThreadOfTheOneItAnswers() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
                .withBody(json("{'data':{'id':'1867','text':'@ada Thanks!'}}"))));

        PublishOutcome outcome = connector.reply(new Reply(channel(), "1004", "@ada Thanks!", null, "reply:9"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://x.com/beanleaf/status/1867", "1867"));
        x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson(json("{'text':'@ada Thanks!','reply':{'in_reply_to_tweet_id':'1004'}}"))));
    }

    @Test
    void aReplyThatFailsInTheMiddleIsUnknownAndAReplyToADirectMessageIsLeftToAPerson() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(500)));

        assertThat(connector.reply(new Reply(channel(), "1004", "Hi", null, "reply:10")))
                .isInstanceOf(PublishOutcome.Unknown.class);
        assertThat(connector.reply(new Reply(channel(), "dm-1", "Hi", "@ada", "reply:11")))
                .isInstanceOf(PublishOutcome.NeedsPerson.class);
    }

    @Test
    void hidingAReplyPutsHiddenTrueOnIt() {
        x.stubFor(put("/2/tweets/1004/hidden").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'hidden':true}}"))));

        ModerationOutcome outcome = connector.moderate(channel(), "1004", "@ada", ModerationAction.HIDE);

        assertThat(outcome).isInstanceOf(ModerationOutcome.Applied.class);
        x.verify(putRequestedFor(urlEqualTo("/2/tweets/1004/hidden")).withHeader("Authorization",
                equalTo("Bearer " + TOKEN)).withRequestBody(equalToJson("{\"hidden\":true}")));
    }

    @Test
    void deletingTheBrandsOwnReplyDeletesItAndSomeoneElsesPostIsRefusedWithAHint() {
        x.stubFor(delete("/2/tweets/1867").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'deleted':true}}"))));
        x.stubFor(delete("/2/tweets/1004").willReturn(aResponse().withStatus(403).withHeader("Content-Type", PROBLEM)
                .withBody(json("{'title':'Forbidden','status':403,'detail':'You are not allowed to delete this "
                        + "Tweet.'}"))));

        ModerationOutcome own = connector.moderate(channel(), "1867", "@beanleaf", ModerationAction.DELETE);
        ModerationOutcome theirs = connector.moderate(channel(), "1004", "@ada", ModerationAction.DELETE);

        assertThat(own).isInstanceOf(ModerationOutcome.Applied.class);
        x.verify(deleteRequestedFor(urlEqualTo("/2/tweets/1867")));
        assertThat(theirs).isInstanceOfSatisfying(ModerationOutcome.Failed.class, failed ->
                assertThat(failed.reason()).contains("own posts").contains("hide the reply"));
    }

    @Test
    void mutingReadsThePostsAuthorAndMutesThatAccount() {
        x.stubFor(get("/2/tweets/1004?tweet.fields=author_id").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'1004','text':'...','author_id':'42'}}"))));
        x.stubFor(post("/2/users/" + ACCOUNT + "/muting").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'muting':true}}"))));

        ModerationOutcome outcome = connector.moderate(channel(), "1004", "@ada", ModerationAction.MUTE);

        assertThat(outcome).isInstanceOf(ModerationOutcome.Applied.class);
        x.verify(postRequestedFor(urlEqualTo("/2/users/" + ACCOUNT + "/muting"))
                .withRequestBody(equalToJson("{\"target_user_id\":\"42\"}")));
    }

    @Test
    void blockingIsByHandWithALinkToTheAuthor() {
        ModerationOutcome outcome = connector.moderate(channel(), "1004", "@ada", ModerationAction.BLOCK);

        assertThat(outcome).isInstanceOfSatisfying(ModerationOutcome.ByHand.class, byHand ->
                assertThat(byHand.instruction()).contains("https://x.com/ada").contains("Block @ada"));
        assertThat(x.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedTokenWhileModeratingIsThrownForTheCallerToRecord() {
        x.stubFor(put("/2/tweets/1004/hidden").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> connector.moderate(channel(), "1004", "@ada", ModerationAction.HIDE))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
    }

    @Test
    void aPostsPublicMetricsBecomeItsEngagement() {
        x.stubFor(get("/2/tweets/1866?tweet.fields=public_metrics").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'1866','text':'...','public_metrics':{'retweet_count':3,"
                        + "'reply_count':2,'like_count':10,'quote_count':1,'bookmark_count':4,"
                        + "'impression_count':900}}}"))));

        assertThat(connector.reportsEngagement()).isTrue();
        assertThat(connector.engagement(channel(), "1866")).contains(new EngagementCounts("x-api", 900L, null, 16L,
                10L, 4L, 4L, 2L, null));
    }

    @Test
    void metricsThatCannotBeReadAreNone() {
        x.stubFor(get("/2/tweets/1866?tweet.fields=public_metrics").willReturn(aResponse().withStatus(404)));

        assertThat(connector.engagement(channel(), "1866")).isEmpty();
    }
}
