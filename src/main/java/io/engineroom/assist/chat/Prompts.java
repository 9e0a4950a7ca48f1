package io.engineroom.assist.chat;

import io.engineroom.content.ContentPiece;
import io.engineroom.inbox.ConversationThread;
import io.engineroom.inbox.TemplateSummary;
import io.engineroom.inbox.ThreadEntry;
import java.util.List;

/**
 * The two prompts, built only from what the person working the task can read on its page: the brief and pillar, or
 * the conversation and the brand's reply templates, and the brand's name. Long material is cut, oldest messages
 * first, so a prompt stays within what small local models read.
 */
public final class Prompts {

    /** The most of a conversation sent: its latest messages up to this many characters. */
    static final int MAX_THREAD_CHARS = 6_000;
    /** The most of a brand's templates sent, in name order. */
    static final int MAX_TEMPLATE_CHARS = 4_000;
    /** A caption's limit on the "Write copy" form. */
    static final int CAPTION_LIMIT = 2_200;

    private Prompts() {
    }

    public static ChatPrompt caption(ContentPiece piece, String brandVoice) {
        String system = "You write social media captions for the brand " + brandVoice + ". Write one caption in "
                + "the brand's voice for the brief below, at most " + CAPTION_LIMIT + " characters. Answer with "
                + "the caption only: no preamble, no quotes, no hashtags unless the brief asks for them. A person "
                + "will edit it before it is reviewed.";
        StringBuilder user = new StringBuilder("Brief\n");
        line(user, "Title", piece.title());
        line(user, "Objective", piece.objective());
        line(user, "Audience", piece.audience());
        line(user, "Key message", piece.keyMessage());
        line(user, "Content pillar", piece.pillar());
        line(user, "Campaign", piece.campaign());
        if (!piece.channels().isEmpty()) {
            line(user, "Channels", String.join(", ", piece.channels().stream()
                    .map(channel -> channel.platform().name().toLowerCase(java.util.Locale.ROOT)).distinct()
                    .toList()));
        }
        return new ChatPrompt(system, user.toString().strip());
    }

    public static ChatPrompt reply(ConversationThread thread, List<TemplateSummary> templates, String brandName) {
        String system = "You answer messages for the brand " + brandName + " on social media. Write one reply "
                + "to the author's latest message, friendly, brief and true to the brand's saved replies below "
                + "when one fits; promise nothing the thread does not support. Answer with the reply text only. "
                + "A person will edit it before it is sent.";
        StringBuilder user = new StringBuilder();
        user.append("Conversation with ").append(thread.authorHandle()).append(", oldest first\n");
        user.append(conversation(thread.entries()));
        if (!templates.isEmpty()) {
            user.append("\nThe brand's saved replies ({author}, {brand}, {agent}, {channel} are placeholders)\n");
            int used = 0;
            for (TemplateSummary template : templates) {
                String entry = "- " + template.name() + ": " + template.text().strip() + "\n";
                if (used + entry.length() > MAX_TEMPLATE_CHARS) {
                    break;
                }
                user.append(entry);
                used += entry.length();
            }
        }
        user.append("\nReply to: ").append(thread.selected().text());
        return new ChatPrompt(system, user.toString().strip());
    }

    /** The latest messages that fit, in time order. */
    private static String conversation(List<ThreadEntry> entries) {
        StringBuilder kept = new StringBuilder();
        for (int i = entries.size() - 1; i >= 0; i--) {
            ThreadEntry entry = entries.get(i);
            String line = (entry.reply() ? "Brand" : "Author") + " (" + entry.channelLabel() + "): "
                    + entry.text().strip().replace('\n', ' ') + "\n";
            if (kept.length() + line.length() > MAX_THREAD_CHARS) {
                break;
            }
            kept.insert(0, line);
        }
        return kept.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(": ").append(value.strip()).append('\n');
        }
    }
}
