package io.engineroom.publishing.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * What the X API lets an account do about a post or its author:
 * <ul>
 * <li>HIDE a reply in a conversation the account started: {@code PUT /2/tweets/:id/hidden} {@code {"hidden":true}}
 * (https://docs.x.com/x-api/posts/hide-reply);</li>
 * <li>DELETE one of the account's own posts (a reply it sent): {@code DELETE /2/tweets/:id}; X deletes no one
 * else's posts (https://docs.x.com/x-api/posts/delete-post);</li>
 * <li>MUTE the author: {@code POST /2/users/:id/muting} {@code {"target_user_id"}}, the author's id read from the
 * post (https://docs.x.com/x-api/users/mute-user-by-user-id);</li>
 * <li>BLOCK is by hand: X offers blocking through its API to Enterprise apps only
 * (https://docs.x.com/enterprise-api/users/blocks/introduction).</li>
 * </ul>
 * A refused token is thrown as an {@link io.engineroom.publishing.AccountProblem}, so it is recorded.
 */
final class XModeration {

    private final XApi api;

    XModeration(XApi api) {
        this.api = api;
    }

    ModerationOutcome moderate(ChannelConnection channel, String postId, String authorHandle,
            ModerationAction action) {
        return switch (action) {
            case HIDE -> hide(channel, postId);
            case DELETE -> delete(channel, postId);
            case MUTE -> mute(channel, postId, authorHandle);
            case BLOCK -> new ModerationOutcome.ByHand("Block " + handle(authorHandle) + " by hand on X (its API "
                    + "blocks for Enterprise apps only): open " + profile(authorHandle) + ", then … → Block");
        };
    }

    private ModerationOutcome hide(ChannelConnection channel, String postId) {
        ConnectorHttp.Exchange answer = api.http().send(api.request(channel, "/2/tweets/" + XApi.encode(postId)
                + "/hidden").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(api.write(Map.of("hidden", true)))).build(), "X hide reply");
        if (answer.ok() && api.body(answer).path("data").path("hidden").asBoolean(false)) {
            return new ModerationOutcome.Applied("Reply " + postId + " hidden on X");
        }
        if (answer.answered() && answer.status() == 403) {
            return new ModerationOutcome.Failed("X hides only replies in conversations the account started; "
                    + postId + " is not one" + api.detail(answer));
        }
        return failed(answer, "X hide reply");
    }

    private ModerationOutcome delete(ChannelConnection channel, String postId) {
        ConnectorHttp.Exchange answer = api.http().send(api.request(channel, "/2/tweets/" + XApi.encode(postId))
                .DELETE().build(), "X delete post");
        if (answer.ok() && api.body(answer).path("data").path("deleted").asBoolean(false)) {
            return new ModerationOutcome.Applied("Post " + postId + " deleted on X");
        }
        if (answer.answered() && answer.status() == 403) {
            return new ModerationOutcome.Failed("X deletes only the account's own posts; hide the reply instead"
                    + api.detail(answer));
        }
        return failed(answer, "X delete post");
    }

    private ModerationOutcome mute(ChannelConnection channel, String postId, String authorHandle) {
        ConnectorHttp.Exchange post = api.get(channel, "/2/tweets/" + XApi.encode(postId) + "?tweet.fields=author_id",
                "X post author");
        if (!post.ok()) {
            return failed(post, "X post author");
        }
        String authorId = api.body(post).path("data").path("author_id").asText("");
        if (authorId.isBlank()) {
            return new ModerationOutcome.Failed("X did not say who wrote " + postId + "; mute "
                    + handle(authorHandle) + " by hand: " + profile(authorHandle));
        }
        ConnectorHttp.Exchange answer = api.postJson(channel, "/2/users/" + XApi.encode(channel.accountId())
                + "/muting", Map.of("target_user_id", authorId), "X mute");
        JsonNode data = api.body(answer).path("data");
        if (answer.ok() && data.path("muting").asBoolean(false)) {
            return new ModerationOutcome.Applied(handle(authorHandle) + " muted on X");
        }
        return failed(answer, "X mute");
    }

    private ModerationOutcome failed(ConnectorHttp.Exchange answer, String what) {
        if (answer.answered() && answer.status() == 401) {
            throw api.problem(answer, what);
        }
        if (answer.ok()) {
            return new ModerationOutcome.Failed(what + ": X answered without confirming it; look on X");
        }
        PublishOutcome outcome = api.failure(answer, what);
        return new ModerationOutcome.Failed(XApi.reason(outcome));
    }

    private static String handle(String authorHandle) {
        return authorHandle == null || authorHandle.isBlank() ? "the author"
                : authorHandle.startsWith("@") ? authorHandle : "@" + authorHandle;
    }

    private static String profile(String authorHandle) {
        return authorHandle == null || authorHandle.isBlank() ? "https://x.com"
                : "https://x.com/" + XApi.encode(authorHandle.replaceFirst("^@", ""));
    }
}
