package io.engineroom.notification.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message in each platform's own format for its incoming webhooks:
 * <ul>
 * <li>Slack: Block Kit, a section with mrkdwn text and an "Open in Engine Room" button, a context line, and
 * {@code text} as the notification's fallback;</li>
 * <li>Microsoft Teams: an Adaptive Card (1.4) in the {@code attachments} envelope of a {@code message}, the form
 * Teams' Workflows ("post to a channel when a webhook request is received") take, since Microsoft retires the old
 * Office 365 connectors and their MessageCards;</li>
 * <li>Mattermost: a message attachment with fallback, colour, title linked to Engine Room, text and footer.</li>
 * </ul>
 */
final class ChatFormats {

    static final String OPEN = "Open in Engine Room";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatFormats() {
    }

    static String format(ChatPlatform platform, ChatMessage message) {
        ObjectNode body = switch (platform) {
            case SLACK -> slack(message);
            case TEAMS -> teams(message);
            case MATTERMOST -> mattermost(message);
        };
        return body.toString();
    }

    static ObjectNode slack(ChatMessage message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("text", message.title() + ": " + message.text());
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        String link = message.url() == null ? "" : "\n<" + slackEscape(message.url()) + "|" + OPEN + ">";
        section.putObject("text").put("type", "mrkdwn")
                .put("text", "*" + slackEscape(message.title()) + "*\n" + slackEscape(message.text()) + link);
        if (message.url() != null) {
            ObjectNode button = section.putObject("accessory");
            button.put("type", "button");
            button.putObject("text").put("type", "plain_text").put("text", OPEN);
            button.put("url", message.url());
            button.put("action_id", "open-in-engine-room");
            if (message.tone() == ChatMessage.Tone.ALERT) {
                button.put("style", "danger");
            }
        }
        ObjectNode context = blocks.addObject();
        context.put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", slackEscape(message.footer()));
        return body;
    }

    static ObjectNode teams(ChatMessage message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode items = card.putArray("body");
        items.addObject().put("type", "TextBlock").put("text", message.title()).put("weight", "Bolder")
                .put("size", "Medium").put("color", message.tone().adaptiveColor).put("wrap", true);
        items.addObject().put("type", "TextBlock").put("text", message.text()).put("wrap", true);
        items.addObject().put("type", "TextBlock").put("text", message.footer()).put("isSubtle", true)
                .put("size", "Small").put("wrap", true);
        if (message.url() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", OPEN)
                    .put("url", message.url());
        }
        return body;
    }

    static ObjectNode mattermost(ChatMessage message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("fallback", message.title() + ": " + message.text());
        attachment.put("color", message.tone().hex);
        attachment.put("title", message.title());
        if (message.url() != null) {
            attachment.put("title_link", message.url());
        }
        attachment.put("text", message.text());
        attachment.put("footer", message.footer());
        return body;
    }

    /** Slack's mrkdwn reads &, < and > as markup: escaped, an event's text cannot make links or mentions. */
    static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
