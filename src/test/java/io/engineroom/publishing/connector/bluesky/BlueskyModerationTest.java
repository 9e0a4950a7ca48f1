package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.ACCESS;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.DID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Moderation against a stand-in PDS: a block is an {@code app.bsky.graph.block} record
 * (https://docs.bsky.app/docs/tutorials/blocking), a mute {@code app.bsky.graph.muteActor}
 * (https://docs.bsky.app/docs/tutorials/muting), deleting the brand's own post {@code com.atproto.repo.deleteRecord}
 * (https://docs.bsky.app/docs/api/com-atproto-repo-delete-record).
 */
class BlueskyModerationTest {

    static final String FAN = "did:plc:fan5x";
    static final String COMMENT = "at://" + FAN + "/app.bsky.feed.post/3lcomment222";

    final BlueskyStandIn standIn = new BlueskyStandIn();

    @AfterEach
    void stop() {
        standIn.stop();
    }

    ModerationOutcome moderate(String externalId, String author, ModerationAction action) {
        return standIn.connector.moderate(standIn.channel(), externalId, author, action);
    }

    @Test
    void blockingCreatesABlockRecordForTheAuthorsDid() {
        standIn.pds.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(okJson("{\"uri\":\"at://" + DID
                + "/app.bsky.graph.block/3lblock22222\",\"cid\":\"bafyblock\"}")));

        assertThat(moderate(COMMENT, "@fan.bsky.social", ModerationAction.BLOCK))
                .isInstanceOfSatisfying(ModerationOutcome.Applied.class, applied -> assertThat(applied.detail())
                        .contains(FAN));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.repo.createRecord"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS)).withRequestBody(equalToJson("{\"repo\":\""
                        + DID + "\",\"collection\":\"app.bsky.graph.block\",\"record\":{\"$type\":"
                        + "\"app.bsky.graph.block\",\"subject\":\"" + FAN + "\",\"createdAt\":\""
                        + BlueskyStandIn.NOW + "\"}}")));
    }

    @Test
    void mutingAnAuthorKnownOnlyByHandleResolvesItFirst() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.identity.resolveHandle"))
                .withQueryParam("handle", equalTo("fan.bsky.social")).willReturn(okJson("{\"did\":\"" + FAN + "\"}")));
        standIn.pds.stubFor(post("/xrpc/app.bsky.graph.muteActor").willReturn(aResponse().withStatus(200)));

        assertThat(moderate("not-an-at-uri", "@fan.bsky.social", ModerationAction.MUTE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/app.bsky.graph.muteActor"))
                .withRequestBody(equalToJson("{\"actor\":\"" + FAN + "\"}")));
    }

    @Test
    void theBrandsOwnReplyIsDeletedFromItsRepository() {
        standIn.pds.stubFor(post("/xrpc/com.atproto.repo.deleteRecord").willReturn(okJson("{\"commit\":"
                + "{\"cid\":\"bafyc\",\"rev\":\"3lrev\"}}")));

        assertThat(moderate(BlueskyStandIn.postUri("3lownreply22"), null, ModerationAction.DELETE))
                .isInstanceOf(ModerationOutcome.Applied.class);
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.repo.deleteRecord"))
                .withRequestBody(equalToJson("{\"repo\":\"" + DID + "\",\"collection\":\"app.bsky.feed.post\","
                        + "\"rkey\":\"3lownreply22\"}")));
    }

    @Test
    void someoneElsesReplyIsHiddenOrDeletedByHandWithItsLink() {
        String link = "https://bsky.app/profile/" + FAN + "/post/3lcomment222";

        assertThat(moderate(COMMENT, "@fan.bsky.social", ModerationAction.DELETE)).isInstanceOfSatisfying(
                ModerationOutcome.ByHand.class, byHand -> assertThat(byHand.instruction()).contains(link));
        assertThat(moderate(COMMENT, "@fan.bsky.social", ModerationAction.HIDE)).isInstanceOfSatisfying(
                ModerationOutcome.ByHand.class, byHand -> assertThat(byHand.instruction()).contains(link));
        assertThat(standIn.pds.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedSessionIsAnAccountProblemAndOtherRefusalsAFailure() {
        standIn.pds.stubFor(post("/xrpc/app.bsky.graph.muteActor").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Authentication Required\"}")));
        standIn.pds.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InvalidRequest\",\"message\":\"Invalid subject\"}")));

        assertThatThrownBy(() -> moderate(COMMENT, null, ModerationAction.MUTE)).isInstanceOfSatisfying(
                AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
        assertThat(moderate(COMMENT, null, ModerationAction.BLOCK)).isInstanceOfSatisfying(
                ModerationOutcome.Failed.class, failed -> assertThat(failed.reason()).contains("Invalid subject"));
    }
}
