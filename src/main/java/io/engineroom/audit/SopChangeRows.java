package io.engineroom.audit;

import io.engineroom.audit.export.ExportTable;
import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChanges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SOP changes an export writes, one row per model of each change (a change of two models is two rows, each with
 * its own diff), over the changes pinned when the export began. Rows are counted from the pinned model counts, so a
 * page is found without reading the changes before it; each page reads its changes again as the caller (who must
 * still see them).
 */
final class SopChangeRows implements ExportTable {

    static final List<String> HEADERS = List.of("Change", "Proposed", "Proposed by", "Brand", "Status", "Model",
            "Kind", "Element changes", "Reviewed by", "Reviewed", "Comment", "Emergency reason", "Took effect",
            "Activated by", "Source", "Deployment");

    /** The diff of a model whose key is new for its brand (and not shared before). */
    static final String NEW_SOP = "a new SOP here, nothing to compare with";

    /** A cell of Excel holds at most 32,767 characters; a diff longer than this is cut, saying how many lines. */
    static final int MAX_DIFF = 32_000;

    private final SopChanges changes;
    private final List<SopChangeSearch.Pinned> pinned;
    /** {@code firstRow[i]}: the row the i-th pinned change begins at. */
    private final long[] firstRow;
    private final long total;

    SopChangeRows(SopChanges changes, List<SopChangeSearch.Pinned> pinned) {
        this.changes = changes;
        this.pinned = List.copyOf(pinned);
        this.firstRow = new long[pinned.size()];
        long rows = 0;
        for (int i = 0; i < pinned.size(); i++) {
            firstRow[i] = rows;
            rows += rowsOf(pinned.get(i));
        }
        this.total = rows;
    }

    @Override
    public String name() {
        return "SOP changes";
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public List<List<Object>> page(int offset, int limit) {
        int first = Arrays.binarySearch(firstRow, offset);
        if (first < 0) {
            first = -first - 2; // the change whose rows hold the offset
        }
        if (first < 0 || offset >= total) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        int last = first;
        for (int i = first; i < pinned.size() && firstRow[i] < (long) offset + limit; i++) {
            ids.add(pinned.get(i).changeId());
            last = i;
        }
        Map<Long, SopChange> found = changes.find(ids).stream()
                .collect(Collectors.toMap(SopChange::id, change -> change));
        List<List<Object>> page = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            SopChange change = found.get(pinned.get(i).changeId());
            if (change == null) {
                continue; // no longer the caller's to see: left out, as the screen would
            }
            List<List<Object>> rows = rows(change);
            for (int r = 0; r < rows.size(); r++) {
                long row = firstRow[i] + r;
                if (row >= offset && row < (long) offset + limit) {
                    page.add(rows.get(r));
                }
            }
        }
        return page;
    }

    /** A change without models (none is recorded so, but history must not vanish) still gets its row. */
    private static int rowsOf(SopChangeSearch.Pinned change) {
        return Math.max(1, change.models());
    }

    static List<List<Object>> rows(SopChange change) {
        if (change.models().isEmpty()) {
            return List.of(row(change, null));
        }
        return change.models().stream().map(model -> row(change, model)).toList();
    }

    private static List<Object> row(SopChange change, SopChangeModel model) {
        return Arrays.asList(change.id(), change.proposedAt(), change.proposer(),
                change.shared() ? "Shared" : change.brandId(), change.status().label(),
                model == null ? null : model.label(), model == null ? null : model.kind().label(),
                model == null ? null : model.replacesVersion() == null ? NEW_SOP : diff(model.changes()), change.reviewedBy(), change.reviewedAt(),
                change.reviewComment(), change.emergencyReason(), change.activatedAt(), change.activatedBy(),
                change.source(), change.deploymentId());
    }

    /** One element on one line: "changed userTask ReviewCopy (Review copy): candidate groups: a → b; due: …". */
    static String diff(List<ElementChange> elements) {
        if (elements.isEmpty()) {
            return "no element differs";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            String line = line(elements.get(i));
            if (text.length() + line.length() + 1 > MAX_DIFF) {
                return text.append("… and ").append(elements.size() - i).append(" more elements").toString();
            }
            text.append(i == 0 ? "" : "\n").append(line);
        }
        return text.toString();
    }

    static String line(ElementChange element) {
        String name = element.name() == null || element.name().isBlank() ? "" : " (" + element.name() + ")";
        String details = element.details().isEmpty() ? "" : ": " + String.join("; ", element.details());
        return element.kind().label() + " " + element.type() + " " + element.elementId() + name + details;
    }
}
