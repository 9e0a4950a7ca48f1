package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PlatformChannels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What InteractionModeration asks the platform for and what it records of the answer. */
class InteractionModerationTest {

    static final Instant NOW = Instant.parse("2031-03-05T10:00:00Z");

    final InteractionRepository interactions = mock(InteractionRepository.class);
    final PlatformChannels publishing = mock(PlatformChannels.class);
    final InteractionModeration moderation = new InteractionModeration(interactions, publishing,
            Clock.fixed(NOW, ZoneOffset.UTC));
    Interaction interaction;

    @BeforeEach
    void anInteraction() {
        interaction = new Interaction("beanleaf", 7, new IncomingInteraction("110", InteractionKind.COMMENT, "@ana",
                null, "Buy followers", null, NOW, null), new Classification(Sentiment.NEUTRAL, 0, 1, Category.SPAM, 1,
                "test"), NOW);
        when(interactions.findById(interaction.getId())).thenReturn(Optional.of(interaction));
    }

    @Test
    void aBlockThePlatformAppliedIsRecordedAsAppliedAndNeedsNobody() {
        moderation.record(interaction.getId(), Moderation.BLOCK, "cleo");
        when(publishing.moderate(7, "110", "@ana", ModerationAction.BLOCK))
                .thenReturn(new ModerationOutcome.Applied("blocked @ana"));

        assertThat(moderation.applyOnPlatform(interaction.getId())).isEqualTo(ModerationState.APPLIED);

        assertThat(moderation.needsPerson(interaction.getId())).isFalse();
        assertThat(interaction.getModerationDetail()).isEqualTo("Done on the platform (block): blocked @ana");
        assertThat(interaction.getModeratedBy()).isEqualTo("cleo");
    }

    @Test
    void spamIsDeletedWhereThePlatformCannotHide() {
        moderation.record(interaction.getId(), Moderation.SPAM, "cleo");
        when(publishing.moderate(7, "110", "@ana", ModerationAction.HIDE))
                .thenReturn(new ModerationOutcome.ByHand("Hide it in the app"));
        when(publishing.moderate(7, "110", "@ana", ModerationAction.DELETE))
                .thenReturn(new ModerationOutcome.Applied(null));

        assertThat(moderation.applyOnPlatform(interaction.getId())).isEqualTo(ModerationState.APPLIED);
        assertThat(interaction.getModerationDetail()).isEqualTo("Done on the platform (delete)");
    }

    @Test
    void spamThePlatformCanNeitherHideNorDeleteKeepsTheInstructionToHideWithItsLink() {
        moderation.record(interaction.getId(), Moderation.SPAM, "cleo");
        when(publishing.moderate(7, "110", "@ana", ModerationAction.HIDE))
                .thenReturn(new ModerationOutcome.ByHand("Hide it: https://masto.example/@ana/110"));
        when(publishing.moderate(7, "110", "@ana", ModerationAction.DELETE))
                .thenReturn(new ModerationOutcome.ByHand("Delete it by hand"));

        assertThat(moderation.applyOnPlatform(interaction.getId())).isEqualTo(ModerationState.BY_HAND);

        assertThat(moderation.needsPerson(interaction.getId())).isTrue();
        assertThat(moderation.instruction(interaction.getId()))
                .isEqualTo("Spam @ana's comment (id 110). Hide it: https://masto.example/@ana/110");
    }

    @Test
    void aRefusalIsRecordedAsFailedWithThePlatformsReasonAndNothingElseIsTried() {
        moderation.record(interaction.getId(), Moderation.SPAM, "cleo");
        when(publishing.moderate(7, "110", "@ana", ModerationAction.HIDE))
                .thenReturn(new ModerationOutcome.Failed("HTTP 403"));

        assertThat(moderation.applyOnPlatform(interaction.getId())).isEqualTo(ModerationState.FAILED);

        verify(publishing, never()).moderate(7, "110", "@ana", ModerationAction.DELETE);
        assertThat(interaction.getModerationDetail()).startsWith("Engine Room could not hide it on the platform: "
                + "HTTP 403");
        assertThat(moderation.needsPerson(interaction.getId())).isTrue();
    }

    @Test
    void whoDidItByHandIsRecordedAndANewChoiceForgetsTheEarlierOutcome() {
        moderation.record(interaction.getId(), Moderation.HIDE, "cleo");
        when(publishing.moderate(7, "110", "@ana", ModerationAction.HIDE))
                .thenReturn(new ModerationOutcome.ByHand("Hide it"));
        moderation.applyOnPlatform(interaction.getId());

        moderation.doneByHand(interaction.getId(), "dana", "done: hid it");

        assertThat(interaction.getModerationDoneBy()).isEqualTo("dana");
        assertThat(interaction.getModerationDoneAt()).isEqualTo(NOW);
        moderation.record(interaction.getId(), Moderation.MUTE, "cleo");
        assertThat(interaction.getModerationOutcome()).isNull();
        assertThat(interaction.getModerationDoneBy()).isNull();
    }

    @Test
    void nothingIsAskedOfThePlatformWithoutARecordedChoice() {
        assertThatThrownBy(() -> moderation.applyOnPlatform(interaction.getId()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no moderation recorded");
    }
}
