package io.engineroom.assist.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentPiece;
import io.engineroom.inbox.ConversationThread;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.inbox.TemplateSummary;
import io.engineroom.inbox.ThreadEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What goes to the model: the task's material and the brand's name, the newest of a long thread. */
class PromptsTest {

    @Test
    void aCaptionPromptCarriesTheBriefThePillarAndTheBrandAndLeavesEmptyFieldsOut() {
        ContentPiece piece = new ContentPiece(42, "beanleaf", "Autumn roast", "IN_PRODUCTION", "awareness",
                "Coffee lovers", "The autumn roast is here", "Seasonal", null, null,
                List.of(new ChannelSummary(1, "beanleaf", Platform.MASTODON, "@beanleaf@social.example",
                        Connector.values()[0], true, true)), true);

        ChatPrompt prompt = Prompts.caption(piece, "Bean & Leaf Coffee");

        assertThat(prompt.system()).contains("Bean & Leaf Coffee", "at most 2200 characters");
        assertThat(prompt.user()).isEqualTo("""
                Brief
                Title: Autumn roast
                Objective: awareness
                Audience: Coffee lovers
                Key message: The autumn roast is here
                Content pillar: Seasonal
                Channels: mastodon""");
        assertThat(prompt.recorded()).startsWith("[system]\n").contains("\n\n[user]\nBrief");
    }

    @Test
    void aReplyPromptCarriesTheNewestMessagesThatFitTheTemplatesAndTheMessageToAnswer() {
        List<ThreadEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            entries.add(new ThreadEntry(i % 2 == 1, Instant.ofEpochSecond(i), "@ana", "message number " + i + " "
                    + "x".repeat(60), "Mastodon @beanleaf", "i" + i, null, null, null));
        }
        InteractionSummary selected = new InteractionSummary("i198", "beanleaf", 1, "Mastodon @beanleaf", 500, null,
                "@ana", "Ana", "Do you have oat milk?", Instant.ofEpochSecond(198), null, null, null, null);
        ConversationThread thread = new ConversationThread("beanleaf", "@ana", selected, entries);

        ChatPrompt prompt = Prompts.reply(thread, List.of(new TemplateSummary(1, "beanleaf", "Oat milk",
                "Hi {author}, we have oat milk.")), "Bean & Leaf Coffee");

        assertThat(prompt.system()).contains("Bean & Leaf Coffee");
        assertThat(prompt.user()).contains("message number 199", "Brand (Mastodon @beanleaf): message number 199",
                "- Oat milk: Hi {author}, we have oat milk.").endsWith("Reply to: Do you have oat milk?")
                .doesNotContain("message number 0 ");
        assertThat(prompt.user().indexOf("message number 150")).isLessThan(prompt.user().indexOf("number 199"));
        assertThat(prompt.user().length()).isLessThan(Prompts.MAX_THREAD_CHARS + 500);
    }
}
