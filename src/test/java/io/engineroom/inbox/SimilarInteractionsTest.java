package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionEmbeddingStore.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Picking the nearest answered interactions, and the bytes an embedding is kept as. */
class SimilarInteractionsTest {

    @Test
    void theMostSimilarComeFirstAndOnlyAsManyAsAsked() {
        List<Candidate> candidates = List.of(at("far", 0.55), at("nearest", 0.99), at("near", 0.9), at("nearer", 0.95),
                at("middle", 0.7));

        assertThat(SimilarInteractions.nearest(new float[] {1, 0}, candidates, 3, 0.5))
                .extracting(SimilarInteractions.Match::interactionId).containsExactly("nearest", "nearer", "near");
    }

    @Test
    void nothingBelowTheMinimumIsShownEvenWhenFewerRemain() {
        List<Candidate> candidates = List.of(at("close", 0.8), at("unrelated", 0.3), at("opposite", -0.9));

        List<SimilarInteractions.Match> best = SimilarInteractions.nearest(new float[] {1, 0}, candidates, 3, 0.5);

        assertThat(best).extracting(SimilarInteractions.Match::interactionId).containsExactly("close");
        assertThat(best.get(0).similarity()).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(SimilarInteractions.nearest(new float[] {1, 0}, List.of(), 3, 0.5)).isEmpty();
    }

    @Test
    void aTieKeepsTheNewerWhichComesFirstAmongTheCandidates() {
        List<Candidate> candidates = List.of(at("newer", 0.8), at("older", 0.8));

        assertThat(SimilarInteractions.nearest(new float[] {1, 0}, candidates, 1, 0.5))
                .extracting(SimilarInteractions.Match::interactionId).containsExactly("newer");
    }

    @Test
    void anEmbeddingBecomesLittleEndianFloatBytesAndBack() {
        float[] embedding = {1.5f, -0.25f, 0f, Float.MIN_VALUE};

        byte[] bytes = InteractionEmbeddingStore.bytes(embedding);

        assertThat(bytes).hasSize(16).startsWith((byte) 0, (byte) 0, (byte) 0xC0, (byte) 0x3F);
        assertThat(InteractionEmbeddingStore.floats(bytes)).containsExactly(embedding);
        assertThatThrownBy(() -> InteractionEmbeddingStore.floats(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("3 bytes");
    }

    /** A unit vector at the given cosine to (1, 0). */
    private static Candidate at(String id, double cosine) {
        return new Candidate(id, new float[] {(float) cosine, (float) Math.sqrt(1 - cosine * cosine)});
    }
}
