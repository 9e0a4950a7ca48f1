package io.engineroom.publishing.connector.bluesky;

import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import java.time.Clock;
import java.util.Map;

/**
 * What Bluesky lets an account do about a reply or its author: block the author (an {@code app.bsky.graph.block}
 * record in the brand's repository, https://docs.bsky.app/docs/tutorials/blocking), mute them
 * ({@code app.bsky.graph.muteActor}, private to the account, https://docs.bsky.app/docs/tutorials/muting), and
 * delete the brand's own posts and replies ({@code com.atproto.repo.deleteRecord}). Someone else's post lives in
 * their repository: it cannot be deleted, and hiding a reply (a threadgate's {@code hiddenReplies}) is left to a
 * person in the app, with the link.
 */
final class BlueskyModeration {

    private final Xrpc xrpc;
    private final Clock clock;
    private final Facets facets;

    BlueskyModeration(Xrpc xrpc, Clock clock, Facets facets) {
        this.xrpc = xrpc;
        this.clock = clock;
        this.facets = facets;
    }

    /** Resolves a handle to its DID (shared with the posts' mentions). */
    interface Facets {
        String did(ChannelConnection channel, String handle);
    }

    ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        RecordKeys.AtUri uri = RecordKeys.parse(externalId);
        String link = uri == null ? externalId : RecordKeys.postUrl(uri.repo(), uri.rkey());
        return switch (action) {
            case HIDE -> new ModerationOutcome.ByHand("Hide the reply by hand in the Bluesky app (the post's "
                    + "\"…\" menu → Hide reply for everyone), signed in as " + channel.handle() + ": " + link);
            case DELETE -> uri != null && uri.repo().equals(channel.accountId()) ? delete(channel, uri)
                    : new ModerationOutcome.ByHand("Bluesky does not let " + channel.handle() + " delete another "
                            + "account's post: hide the reply, or report it, by hand in the Bluesky app: " + link);
            case BLOCK -> block(channel, author(channel, uri, authorHandle));
            case MUTE -> mute(channel, author(channel, uri, authorHandle));
        };
    }

    /** The author's DID: the repository of their post's at-uri, else their handle resolved. */
    private String author(ChannelConnection channel, RecordKeys.AtUri uri, String authorHandle) {
        if (uri != null && uri.repo().startsWith("did:")) {
            return uri.repo();
        }
        if (authorHandle == null || authorHandle.isBlank()) {
            return null;
        }
        String handle = authorHandle.startsWith("@") ? authorHandle.substring(1) : authorHandle;
        return handle.startsWith("did:") ? handle : facets.did(channel, handle);
    }

    private ModerationOutcome delete(ChannelConnection channel, RecordKeys.AtUri uri) {
        Xrpc.Answer answer = xrpc.procedure(channel.baseUrl(), "com.atproto.repo.deleteRecord", xrpc.object()
                .put("repo", channel.accountId()).put("collection", uri.collection()).put("rkey", uri.rkey()),
                channel.accessToken(), "Bluesky delete");
        return answer.ok() ? new ModerationOutcome.Applied("Deleted on Bluesky: " + RecordKeys.atUri(uri.repo(),
                uri.collection(), uri.rkey())) : failed(channel, answer);
    }

    private ModerationOutcome block(ChannelConnection channel, String did) {
        if (did == null) {
            return new ModerationOutcome.Failed("Bluesky: the author's account could not be found, nothing blocked");
        }
        var record = xrpc.object().put("$type", "app.bsky.graph.block").put("subject", did)
                .put("createdAt", BlueskyPosts.timestamp(clock));
        var body = xrpc.object().put("repo", channel.accountId()).put("collection", "app.bsky.graph.block");
        body.set("record", record);
        Xrpc.Answer answer = xrpc.procedure(channel.baseUrl(), "com.atproto.repo.createRecord", body,
                channel.accessToken(), "Bluesky block");
        return answer.ok() ? new ModerationOutcome.Applied("Blocked " + did + " on Bluesky ("
                + Xrpc.text(answer.body(), "uri") + ")") : failed(channel, answer);
    }

    private ModerationOutcome mute(ChannelConnection channel, String did) {
        if (did == null) {
            return new ModerationOutcome.Failed("Bluesky: the author's account could not be found, nothing muted");
        }
        Xrpc.Answer answer = xrpc.procedure(channel.baseUrl(), "app.bsky.graph.muteActor",
                xrpc.json().valueToTree(Map.of("actor", did)), channel.accessToken(), "Bluesky mute");
        return answer.ok() ? new ModerationOutcome.Applied("Muted " + did + " on Bluesky") : failed(channel, answer);
    }

    private static ModerationOutcome failed(ChannelConnection channel, Xrpc.Answer answer) {
        if (answer.tokenRefused()) {
            // recorded by the publishing service, which asks for the channel to be connected again
            throw new AccountProblem("Bluesky refused the session of " + channel.handle() + ": "
                    + answer.problem(), true);
        }
        return new ModerationOutcome.Failed(answer.problem());
    }
}
