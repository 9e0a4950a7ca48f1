package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Listening on X: the mentions timeline (https://docs.x.com/x-api/posts/user-mention-timeline-by-user-id:
 * {@code GET /2/users/:id/mentions} with {@code since_id}, {@code pagination_token}, {@code expansions=author_id};
 * answer {@code data[]}, {@code includes.users[]}, {@code meta{newest_id, oldest_id, result_count, next_token}}).
 */
class XListeningTest extends XStandIn {

    static final String MENTIONS = "/2/users/" + ACCOUNT + "/mentions";

    static String mention(String id, String authorId, String text, String repliedTo) {
        return "{'id':'" + id + "','text':'" + text + "','author_id':'" + authorId + "','created_at':"
                + "'2026-12-05T07:5" + id.charAt(id.length() - 1) + ":00.000Z','conversation_id':'" + id + "'"
                + (repliedTo == null ? "" : ",'in_reply_to_user_id':'" + ACCOUNT + "','referenced_tweets':"
                        + "[{'type':'replied_to','id':'" + repliedTo + "'}]") + "}";
    }

    static String page(String newest, String next, String... posts) {
        return json("{'data':[" + String.join(",", posts) + "],'includes':{'users':[{'id':'42','name':'Ada',"
                + "'username':'ada'},{'id':'" + ACCOUNT + "','name':'Bean & Leaf','username':'beanleaf'}]},"
                + "'meta':{'result_count':" + posts.length + ",'newest_id':'" + newest + "'"
                + (next == null ? "" : ",'next_token':'" + next + "'") + "}}");
    }

    MappingBuilder mentions() {
        return get(urlPathEqualTo(MENTIONS)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("expansions", equalTo("author_id"))
                .withQueryParam("user.fields", equalTo("username,name"))
                .withQueryParam("tweet.fields", equalTo("created_at,conversation_id,in_reply_to_user_id,"
                        + "referenced_tweets"));
    }

    @Test
    void theStreamIsMentionsAndAFirstReadTakesTheNewestPageOnly() {
        x.stubFor(mentions().withQueryParam("since_id", absent()).willReturn(aResponse().withStatus(200)
                .withBody(page("1003", "token-older", mention("1003", "42", "@beanleaf where is the menu?", null)))));

        InboundPage first = connector.listen(channel(), "mentions", null);

        assertThat(connector.listeningStreams()).containsExactly("mentions");
        assertThat(first.items()).containsExactly(new InboundItem("1003", InboundItem.Kind.MENTION, "@ada", "Ada",
                "@beanleaf where is the menu?", null, Instant.parse("2026-12-05T07:53:00Z")));
        assertThat(first.nextCursor()).isEqualTo("1003");
        assertThat(first.more()).isFalse();
    }

    @Test
    void aReplyToTheBrandIsACommentOnThePostItAnswersAndTheBrandsOwnPostsAreLeftOut() {
        x.stubFor(mentions().withQueryParam("since_id", equalTo("1000")).willReturn(aResponse().withStatus(200)
                .withBody(page("1005", null, mention("1005", ACCOUNT, "@ada thanks!", "1004"),
                        mention("1004", "42", "@beanleaf Love it &amp; more &lt;3", "1866000000000000001")))));

        InboundPage read = connector.listen(channel(), "mentions", "1000");

        assertThat(read.items()).containsExactly(new InboundItem("1004", InboundItem.Kind.COMMENT, "@ada", "Ada",
                "@beanleaf Love it & more <3", "1866000000000000001", Instant.parse("2026-12-05T07:54:00Z")));
        assertThat(read.nextCursor()).isEqualTo("1005");
    }

    @Test
    void aBurstIsPagedWithTheSameSinceIdAndTheCursorSettlesOnItsNewestPost() {
        x.stubFor(mentions().withQueryParam("since_id", equalTo("1000")).withQueryParam("pagination_token", absent())
                .willReturn(aResponse().withStatus(200).withBody(page("1009", "page-2",
                        mention("1009", "42", "newest", null)))));
        x.stubFor(mentions().withQueryParam("since_id", equalTo("1000"))
                .withQueryParam("pagination_token", equalTo("page-2")).willReturn(aResponse().withStatus(200)
                        .withBody(page("1008", null, mention("1008", "42", "older", null)))));

        InboundPage first = connector.listen(channel(), "mentions", "1000");
        // a restart between the pages: the stored cursor is all a new connector needs
        InboundPage second = connector("client-x", "secret-x").listen(channel(), "mentions", first.nextCursor());

        assertThat(first.items()).extracting(InboundItem::externalId).containsExactly("1009");
        assertThat(first.nextCursor()).isEqualTo("1009 1000 page-2");
        assertThat(first.more()).isTrue();
        assertThat(second.items()).extracting(InboundItem::externalId).containsExactly("1008");
        assertThat(second.nextCursor()).isEqualTo("1009");
        assertThat(second.more()).isFalse();
        x.verify(getRequestedFor(urlPathEqualTo(MENTIONS)).withQueryParam("max_results", equalTo("100")));
    }

    @Test
    void nothingNewLeavesTheCursorWhereItWas() {
        x.stubFor(mentions().withQueryParam("since_id", equalTo("1009")).willReturn(aResponse().withStatus(200)
                .withBody(json("{'meta':{'result_count':0}}"))));

        InboundPage read = connector.listen(channel(), "mentions", "1009");

        assertThat(read.items()).isEmpty();
        assertThat(read.nextCursor()).isNull();
    }

    @Test
    void aRefusedTokenIsThrownForTheCallerToRecordAndARateLimitReadsNothing() {
        x.stubFor(mentions().willReturn(aResponse().withStatus(429).withHeader("x-rate-limit-reset", "1764925200")
                .withHeader("Content-Type", PROBLEM).withBody(json("{'title':'Too Many Requests','status':429}"))));
        assertThat(connector.listen(channel(), "mentions", "1000")).isEqualTo(InboundPage.nothingNew());

        x.stubFor(mentions().willReturn(aResponse().withStatus(401).withHeader("Content-Type", PROBLEM)
                .withBody(json("{'title':'Unauthorized','status':401,'detail':'Unauthorized'}"))));
        assertThatThrownBy(() -> connector.listen(channel(), "mentions", "1000"))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
    }
}
