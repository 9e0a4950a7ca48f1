package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorrectionSplitTest {

    static final Instant WINDOW_START = Instant.parse("2026-09-06T00:00:00Z");

    @Test
    void theSameInteractionFallsInTheSameHalfEveryTime() {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> UUID.nameUUIDFromBytes(("i" + i).getBytes())
                .toString()).toList();

        List<Boolean> first = ids.stream().map(CorrectionSplit::inHeldOutHalf).toList();
        List<Boolean> again = ids.stream().map(CorrectionSplit::inHeldOutHalf).toList();

        assertThat(again).isEqualTo(first);
        // pinned: a change of the hash would move examples a candidate trained on into the graded half
        assertThat(List.of("interaction-0", "interaction-1", "interaction-2", "interaction-3"))
                .map(CorrectionSplit::inHeldOutHalf).containsExactly(true, true, false, false);
    }

    @Test
    void aboutHalfOfManyInteractionsAreHeldOut() {
        long held = IntStream.range(0, 2000).mapToObj(i -> UUID.nameUUIDFromBytes(("i" + i).getBytes()).toString())
                .filter(CorrectionSplit::inHeldOutHalf).count();

        assertThat(held).isBetween(900L, 1100L);
    }

    @Test
    void onlyRecentCorrectionsInTheHeldOutHalfAreHeldOutOlderOnesAllTrain() {
        String heldId = firstId(true);
        String trainId = firstId(false);
        CorrectionSplit split = new CorrectionSplit(WINDOW_START);

        assertThat(split.heldOut(example(heldId, WINDOW_START))).isTrue();
        assertThat(split.heldOut(example(heldId, WINDOW_START.plusSeconds(86_400)))).isTrue();
        assertThat(split.heldOut(example(heldId, WINDOW_START.minusSeconds(1)))).isFalse();
        assertThat(split.heldOut(example(trainId, WINDOW_START.plusSeconds(86_400)))).isFalse();
        assertThat(split.heldOut(example(heldId, null))).as("no correction time: trains").isFalse();
    }

    private static String firstId(boolean heldOut) {
        return IntStream.range(0, 100).mapToObj(i -> "interaction-" + i)
                .filter(id -> CorrectionSplit.inHeldOutHalf(id) == heldOut).findFirst().orElseThrow();
    }

    private static LabelledExample example(String id, Instant correctedAt) {
        return new LabelledExample(id, "beanleaf", "text", Sentiment.NEGATIVE, Category.COMPLAINT, "m", correctedAt);
    }
}
