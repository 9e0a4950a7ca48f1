package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import io.engineroom.publishing.connector.ConnectorHttp;

/**
 * Replies and moderation on a Page or an Instagram account, which differ only in names:
 * <ul>
 * <li>a comment reply is {@code POST /{comment-id}/comments} on Facebook
 * (<a href="https://developers.facebook.com/docs/graph-api/reference/object/comments/">object comments</a>),
 * {@code POST /{ig-comment-id}/replies} on Instagram
 * (<a href="https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies">
 * IG comment replies</a>), both {@code {message}};</li>
 * <li>a direct message goes through the Send API of the Page ({@code POST /{page-id}/messages} with
 * {@code recipient.id}, the sender's page- or Instagram-scoped id, and {@code message.text}; Facebook's with
 * {@code messaging_type: RESPONSE},
 * <a href="https://developers.facebook.com/docs/messenger-platform/send-api-reference">Send API</a>);
 * Instagram's goes to the Page linked to the account, which the Page token names as {@code /me};</li>
 * <li>hiding a comment is {@code POST /{comment-id}} with {@code is_hidden: true} (Facebook) or {@code hide: true}
 * (Instagram), deleting it {@code DELETE /{comment-id}}; blocking and muting a person have no API here, so a
 * person does them on the platform.</li>
 * </ul>
 */
final class MetaInteractions {

    private final GraphApi graph;
    private final boolean instagram;

    MetaInteractions(GraphApi graph, boolean instagram) {
        this.graph = graph;
        this.instagram = instagram;
    }

    private String platform() {
        return instagram ? "Instagram" : "Facebook";
    }

    String describe(Reply reply) {
        String base = reply.channel().baseUrl();
        return (reply.direct() ? "POST " + base + messagesPath(reply.channel()) + " to " + reply.directToHandle()
                : "POST " + base + "/" + reply.inReplyToExternalId() + (instagram ? "/replies" : "/comments"))
                + " as " + reply.channel().handle() + ": " + ConnectorHttp.abbreviate(reply.text());
    }

    PublishOutcome reply(Reply reply) {
        ChannelConnection channel = reply.channel();
        ConnectorHttp.Exchange answer;
        if (reply.direct()) {
            ObjectNode body = graph.json().createObjectNode();
            body.putObject("recipient").put("id", reply.directToHandle().replaceFirst("^@", ""));
            if (!instagram) {
                body.put("messaging_type", "RESPONSE");
            }
            body.putObject("message").put("text", reply.text());
            answer = graph.post(channel.baseUrl(), messagesPath(channel), body, channel.accessToken(),
                    platform() + " message");
        } else {
            answer = graph.post(channel.baseUrl(), GraphApi.id(reply.inReplyToExternalId())
                            + (instagram ? "/replies" : "/comments"),
                    graph.json().createObjectNode().put("message", reply.text()), channel.accessToken(),
                    platform() + " comment reply");
        }
        if (!answer.ok()) {
            return graph.refusal(answer, platform() + (reply.direct() ? " message" : " comment reply"));
        }
        String id = GraphApi.text(graph.body(answer), reply.direct() ? "message_id" : "id");
        return new PublishOutcome.Published(null, id);
    }

    private String messagesPath(ChannelConnection channel) {
        return (instagram ? "/me" : GraphApi.id(channel.accountId())) + "/messages";
    }

    ModerationOutcome moderate(ChannelConnection channel, String externalId, ModerationAction action) {
        ConnectorHttp.Exchange answer;
        switch (action) {
            case HIDE -> answer = graph.post(channel.baseUrl(), GraphApi.id(externalId), graph.json()
                    .createObjectNode().put(instagram ? "hide" : "is_hidden", true), channel.accessToken(),
                    platform() + " hide comment");
            case DELETE -> answer = graph.delete(channel.baseUrl(), GraphApi.id(externalId), channel.accessToken(),
                    platform() + " delete comment");
            default -> {
                return new ModerationOutcome.ByHand((action == ModerationAction.BLOCK ? "Block" : "Mute")
                        + " the author by hand on " + platform() + " " + channel.handle() + " ("
                        + (instagram ? "https://www.instagram.com/" : "https://www.facebook.com/")
                        + "): the Graph API offers no " + action.name().toLowerCase() + " for it");
            }
        }
        if (answer.ok()) {
            return new ModerationOutcome.Applied((action == ModerationAction.HIDE ? "Hidden" : "Deleted") + " on "
                    + platform() + " (comment " + externalId + ")");
        }
        if (answer.answered() && graph.error(answer).code() == GraphApi.TOKEN_REFUSED) {
            throw graph.problem(answer, platform() + " moderation");
        }
        return new ModerationOutcome.Failed(GraphApi.reason(graph.refusal(answer, platform() + " "
                + action.name().toLowerCase())));
    }
}
