package io.engineroom.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionState;
import io.engineroom.inbox.Sentiment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionStateTest {

    static final Instant AT = Instant.parse("2031-03-05T10:00:00Z");

    final Interaction interaction = new Interaction("beanleaf", 1L, new IncomingInteraction("s-1",
            InteractionKind.COMMENT, "@ana", "Ana", "Hello", null, AT, null), new Classification(Sentiment.NEUTRAL,
            0, 0.5, Category.QUESTION, 0.5, "test"), AT);

    @Test
    void anInteractionIsResolvedWithHowItWasHandled() {
        interaction.resolve(InteractionState.ANSWERED, AT.plusSeconds(60));

        assertThat(interaction.getState()).isEqualTo(InteractionState.ANSWERED);
    }

    @Test
    void openOrNothingIsNoOutcome() {
        assertThatThrownBy(() -> interaction.resolve(InteractionState.OPEN, AT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be resolved as OPEN");
        assertThatThrownBy(() -> interaction.resolve(null, AT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be resolved as null");
        assertThat(interaction.getState()).isEqualTo(InteractionState.OPEN);
    }
}
