package io.engineroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import io.engineroom.workflow.SopKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The SOP change export's rows: one per model, pages cut anywhere inside a change, diffs bounded for Excel. */
class SopChangeRowsTest {

    private final Map<Long, SopChange> stored = Map.of(1L, change(1, 2), 2L, change(2, 1), 3L, change(3, 3));

    @Test
    void pagesCutInsideAChangeContinueWithItsNextModelAndTogetherHoldEveryRowOnce() {
        SopChangeRows rows = new SopChangeRows(changes(), List.of(new SopChangeSearch.Pinned(1, 2),
                new SopChangeSearch.Pinned(2, 1), new SopChangeSearch.Pinned(3, 3)));

        assertThat(rows.total()).isEqualTo(6);
        List<String> models = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            rows.page(offset, 4).forEach(row -> models.add(row.get(0) + ":" + row.get(5)));
        }
        assertThat(models).containsExactly("1:k1 v1 (new)", "1:k2 v1 (new)", "2:k1 v1 (new)", "3:k1 v1 (new)",
                "3:k2 v1 (new)", "3:k3 v1 (new)");
        assertThat(rows.page(1, 1)).extracting(row -> row.get(5)).containsExactly("k2 v1 (new)");
        assertThat(rows.page(6, 4)).isEmpty();
    }

    @Test
    void aChangeTheCallerNoLongerSeesIsLeftOutWithoutShiftingTheOthers() {
        SopChanges changes = mock(SopChanges.class);
        when(changes.find(anyList())).thenAnswer(call -> ((List<?>) call.getArgument(0)).stream()
                .filter(id -> !id.equals(1L)).map(stored::get).toList());
        SopChangeRows rows = new SopChangeRows(changes, List.of(new SopChangeSearch.Pinned(1, 2),
                new SopChangeSearch.Pinned(3, 3)));

        assertThat(rows.page(1, 3)).extracting(row -> row.get(0) + ":" + row.get(5))
                .containsExactly("3:k1 v1 (new)", "3:k2 v1 (new)");
    }

    @Test
    void aDiffTooLongForAnExcelCellSaysHowManyElementsAreLeftOut() {
        String details = String.join("", Collections.nCopies(10, "candidate groups "));
        List<ElementChange> elements = IntStream.range(0, 2000).mapToObj(i -> new ElementChange("Task" + i,
                "userTask", "Task " + i, ElementChange.Kind.ADDED, List.of(details))).toList();

        String diff = SopChangeRows.diff(elements);

        assertThat(diff.length()).isLessThanOrEqualTo(SopChangeRows.MAX_DIFF + 40);
        assertThat(diff).startsWith("added userTask Task0 (Task 0): candidate groups")
                .matches("(?s).*… and \\d+ more elements");
    }

    private SopChanges changes() {
        SopChanges changes = mock(SopChanges.class);
        when(changes.find(anyList())).thenAnswer(call -> ((List<?>) call.getArgument(0)).stream()
                .map(stored::get).toList());
        return changes;
    }

    private static SopChange change(long id, int models) {
        List<SopChangeModel> list = IntStream.rangeClosed(1, models).mapToObj(i -> new SopChangeModel("def-" + id
                + "-" + i, SopKind.PROCESS, "k" + i, "K" + i, 1, null, null, null, List.of())).toList();
        return new SopChange(id, "deployment-" + id, "beanleaf", "someone", Instant.parse("2026-11-01T10:00:00Z"),
                "test", SopChangeStatus.IN_REVIEW, null, null, null, null, null, null, null, list);
    }
}
