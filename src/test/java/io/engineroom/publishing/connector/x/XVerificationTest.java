package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Verification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An unknown outcome on X and the automatic check: X takes no idempotency key, so the account's posts since the
 * attempt are read (https://docs.x.com/x-api/posts/user-posts-timeline-by-user-id: {@code GET /2/users/:id/tweets}
 * with {@code start_time}, {@code max_results}; answer {@code data[{id,text,created_at}]}) for the same text. X
 * gives links back as t.co links, entities escaped, and a t.co link for attached media.
 */
class XVerificationTest extends XStandIn {

    static final Instant SENT = Instant.parse("2026-12-05T07:59:30.250Z");
    static final String TIMELINE = "/2/users/" + ACCOUNT + "/tweets";

    void timelineAnswers(String... posts) {
        x.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':[" + String.join(",", posts) + "],'meta':{'result_count':" + posts.length + "}}"))));
    }

    @Test
    void aPostWhoseCallTimedOutIsFoundAmongTheAccountsPostsThoughXShortenedItsLinks() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withFixedDelay(3000)));
        Post post = item("New menu & prices at beanleaf.com/menu and https://beanleaf.coffee/a?b=1 today",
                image(null));
        x.stubFor(post("/2/media/upload").willReturn(aResponse().withStatus(200)
                .withBody(json("{'data':{'id':'9'}}"))));
        timelineAnswers("{'id':'1866000000000000008','text':'Another post','created_at':'2026-12-05T07:59:40.000Z'}",
                "{'id':'1866000000000000009','text':'New menu &amp; prices at https://t.co/AbCdEf1234 and "
                        + "https://t.co/ZyXwVu9876 today https://t.co/MeDiA00001',"
                        + "'created_at':'2026-12-05T07:59:31.000Z'}");

        PublishOutcome outcome = connector("client-x", "secret-x", Duration.ofSeconds(1)).publish(post);
        Verification found = connector.findPost(post, SENT);

        assertThat(outcome).isInstanceOf(PublishOutcome.Unknown.class);
        assertThat(found).isEqualTo(new Verification.Found("https://x.com/beanleaf/status/1866000000000000009",
                "1866000000000000009"));
        x.verify(getRequestedFor(urlPathEqualTo(TIMELINE)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("start_time", equalTo("2026-12-05T07:58:30Z"))
                .withQueryParam("max_results", equalTo("100"))
                .withQueryParam("tweet.fields", equalTo("created_at")));
    }

    @Test
    void aPostNotAmongThemIsNotFoundAndTheFindingSaysWhatWasRead() {
        timelineAnswers("{'id':'1','text':'Something else entirely','created_at':'2026-12-05T07:59:40.000Z'}");

        Verification found = connector.findPost(item("Our new roast is here"), SENT);

        assertThat(found).isInstanceOfSatisfying(Verification.NotFound.class, notFound ->
                assertThat(notFound.checked()).contains("the 1 posts of @beanleaf").contains("2026-12-05T07:58:30Z"));
    }

    @Test
    void aTextThatDiffersBeyondItsLinksIsNotTakenForThePost() {
        timelineAnswers("{'id':'2','text':'Our new roast is here! https://t.co/x1',"
                + "'created_at':'2026-12-05T08:00:00Z'}");

        assertThat(connector.findPost(item("Our new roast is here https://beanleaf.com"), SENT))
                .isInstanceOf(Verification.NotFound.class);
    }

    @Test
    void aTimelineThatCannotBeReadLeavesItToAPerson() {
        x.stubFor(get(urlPathEqualTo(TIMELINE)).willReturn(aResponse().withStatus(429)
                .withHeader("x-rate-limit-reset", "1764925200")
                .withHeader("Content-Type", PROBLEM).withBody(json("{'title':'Too Many Requests','status':429}"))));

        assertThat(connector.findPost(item("Our new roast is here"), SENT))
                .isInstanceOfSatisfying(Verification.CannotTell.class, cannot ->
                        assertThat(cannot.reason()).contains("rate limit").contains("2025-12-05T09:00:00Z"));
    }
}
