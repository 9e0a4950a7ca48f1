package io.engineroom.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.CurrentUser;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.forms.FormSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drafting while no endpoint is set (the default): nothing offered, nothing asked, nothing recorded. */
public class DraftingOffTest {

    static final AssistSettings OFF = new AssistSettings(new AssistSettings.Chat("", "", "",
            Duration.ofSeconds(20)));
    final Drafting drafting = off();

    /** Drafting as the application builds it while off: nothing but the settings is reached, the rest is left out. */
    public static Drafting off() {
        return new Drafting(OFF, new CurrentUser(), null, null, null, null, null, null, null, null);
    }

    @Test
    void withoutAnEndpointAddressDraftingIsOff() {
        assertThat(OFF.enabled()).isFalse();
        assertThat(new AssistSettings(new AssistSettings.Chat("  ", "m", "k", Duration.ofSeconds(1))).enabled())
                .isFalse();
        assertThat(new AssistSettings(new AssistSettings.Chat("http://localhost:11434/v1", "llama3.2", "",
                Duration.ofSeconds(1))).enabled()).isTrue();
    }

    @Test
    void theButtonIsNotOfferedOnWriteCopyWhenDraftingIsOff() {
        assertThat(drafting.available()).isFalse();
        assertThat(drafting.mayAsk(writeCopy(), SuggestionKind.CAPTION)).isFalse();
    }

    @Test
    void aRequestWhileDraftingIsOffIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> drafting.request("task-1", SuggestionKind.CAPTION))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("AI drafting is not set up");
    }

    @Test
    void eachKindBelongsToOneTaskAndField() {
        assertThat(SuggestionKind.of("content-approval", "WriteCopy", "caption")).contains(SuggestionKind.CAPTION);
        assertThat(SuggestionKind.of("interaction", "Respond", "replyText")).contains(SuggestionKind.REPLY);
        assertThat(SuggestionKind.of("content-approval", "ReviewCopy", "caption")).isEmpty();
        assertThat(SuggestionKind.of("content-approval", "WriteCopy", "hashtags")).isEmpty();
    }

    @Test
    void theEditDistanceCountsCharactersChangedAndIsNoneWithoutASubmittedText() {
        assertThat(SuggestionOutcomes.distance("Autumn is here", "Autumn is here!")).isEqualTo(1);
        assertThat(SuggestionOutcomes.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(SuggestionOutcomes.distance("Autumn", null)).isNull();
        assertThat(SuggestionOutcomes.distance(null, "Autumn")).isNull();
    }

    public static TaskDetails writeCopy() {
        return new TaskDetails(new InboxEntry("task-1", "Write copy", "Autumn roast", "beanleaf",
                "content-approval", "Content approval", Instant.EPOCH, null, 50, null, null), "WriteCopy", true,
                false, FormSchema.EMPTY, Map.of(), List.of());
    }
}
