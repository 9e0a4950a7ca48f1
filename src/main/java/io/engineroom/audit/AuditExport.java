package io.engineroom.audit;

import io.engineroom.assist.SuggestionEntry;
import io.engineroom.assist.Suggestions;
import io.engineroom.audit.export.CsvExport;
import io.engineroom.audit.export.ExportTable;
import io.engineroom.audit.export.XlsxExport;
import io.engineroom.audit.history.HistoryAccess;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChanges;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Audit exports: a history search's instances, one person's tasks and operations, administrative changes, SOP
 * changes, or AI suggestions, as Excel or CSV. An export runs the very queries of the screens, page by page, so it
 * shows exactly what the caller may see there and never holds more than a page; every page checks the caller again,
 * as the screens do.
 * Each export is pinned to the moment it began (nothing started, completed, logged, recorded or proposed later), so
 * work going on meanwhile cannot shift its pages.
 */
@Service
public class AuditExport {

    static final List<String> INSTANCE_HEADERS = List.of("Instance", "SOP", "SOP name", "Version", "Brand",
            "Business key", "Started", "Ended", "Started by", "Outcome", "End event");
    static final List<String> TASK_HEADERS = List.of("Completed at", "SOP", "Business key", "Brand", "Task",
            "Decision", "Comment", "Instance");
    static final List<String> OPERATION_HEADERS = List.of("When", "Operation", "Entity", "Property", "Old value",
            "New value", "SOP", "Instance", "Task");
    static final List<String> ADMIN_CHANGE_HEADERS = List.of("When", "Who", "Area", "Subject", "Brand", "Action",
            "Changes");
    static final List<String> SUGGESTION_HEADERS = List.of("Asked at", "Asked by", "Brand", "Kind", "Task",
            "Business key", "Model", "Outcome", "Prompt", "Suggested", "Submitted", "Edit distance", "Completed by",
            "Completed at", "Removal time");

    private final ProcessHistory history;
    private final HistoryAccess access;
    private final AdminChangeLog adminChanges;
    private final SopChanges sopChanges;
    private final Suggestions suggestions;

    AuditExport(ProcessHistory history, HistoryAccess access, AdminChangeLog adminChanges, SopChanges sopChanges,
            Suggestions suggestions) {
        this.history = history;
        this.access = access;
        this.adminChanges = adminChanges;
        this.sopChanges = sopChanges;
        this.suggestions = suggestions;
    }

    /** The instances a history search finds, newest first. */
    public void instances(HistorySearch search, ExportFormat format, OutputStream out, ExportProgress progress) {
        access.require();
        Instant asOf = engineNow();
        ExportTable table = table("History", INSTANCE_HEADERS, s -> history.count(search, asOf),
                (offset, limit) -> history.search(search, asOf, offset, limit), AuditExport::instanceRow);
        write(List.of(table), format, out, progress);
    }

    /**
     * One person's completed tasks and operation log entries: a workbook holds both sheets; a CSV file holds the
     * table {@code csvSheet} names (one table per CSV file).
     */
    public void person(PersonFilter filter, ExportFormat format, PersonSheet csvSheet, OutputStream out,
            ExportProgress progress) {
        access.require();
        Instant asOf = engineNow();
        ExportTable tasks = table("Tasks", TASK_HEADERS, s -> history.countCompletedTasks(filter, asOf),
                (offset, limit) -> history.completedTasks(filter, asOf, offset, limit), AuditExport::taskRow);
        ExportTable operations = table("Operations", OPERATION_HEADERS, s -> history.countOperations(filter, asOf),
                (offset, limit) -> history.operations(filter, asOf, offset, limit), AuditExport::operationRow);
        List<ExportTable> tables = format == ExportFormat.XLSX ? List.of(tasks, operations)
                : List.of(csvSheet == PersonSheet.OPERATIONS ? operations : tasks);
        write(tables, format, out, progress);
    }

    /**
     * The administrative changes a search finds, newest first, one row each with every field's "before → after" on
     * its own line; pinned to the newest change when it began.
     */
    public void adminChanges(AdminChangeSearch search, ExportFormat format, OutputStream out,
            ExportProgress progress) {
        long upTo = adminChanges.lastId();
        ExportTable table = table("Administration", ADMIN_CHANGE_HEADERS, s -> adminChanges.count(search, upTo),
                (offset, limit) -> adminChanges.search(search, upTo, offset, limit), AuditExport::adminChangeRow);
        write(List.of(table), format, out, progress);
    }

    /**
     * The SOP changes a search finds, newest first, one row per model of each change with its element diff, one
     * element a line; pinned to the changes found when it began (nothing proposed later, and a change decided
     * meanwhile keeps its place).
     */
    public void sopChanges(SopChangeSearch search, ExportFormat format, OutputStream out, ExportProgress progress) {
        write(List.of(new SopChangeRows(sopChanges, sopChanges.pin(search))), format, out, progress);
    }

    /**
     * The AI suggestions of one brand, or of every brand the caller may read ({@code brandId} null), newest first:
     * who asked on which task, the prompt, the model's text and what the person submitted; pinned to the newest
     * suggestion when it began. Another brand's is refused (an auditor reads their own brands only).
     */
    public void suggestions(String brandId, ExportFormat format, OutputStream out, ExportProgress progress) {
        long upTo = suggestions.pin();
        // refused here, before a file is begun, as on every page after
        suggestions.count(brandId, upTo);
        ExportTable table = table("AI suggestions", SUGGESTION_HEADERS, s -> suggestions.count(brandId, upTo),
                (offset, limit) -> suggestions.page(brandId, upTo, offset, limit), AuditExport::suggestionRow);
        write(List.of(table), format, out, progress);
    }

    /**
     * The export's "as of": the engine's clock, because it is compared with the times the engine stamped on the
     * history it exports (tests that move the engine's clock move it too).
     */
    private static Instant engineNow() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static void write(List<ExportTable> tables, ExportFormat format, OutputStream out,
            ExportProgress progress) {
        if (format == ExportFormat.XLSX) {
            XlsxExport.write(tables, out, progress);
        } else {
            CsvExport.write(tables.get(0), out, progress);
        }
    }

    static List<Object> instanceRow(InstanceSummary row) {
        return Arrays.asList(row.id(), row.sopKey(), row.sopName(), row.sopVersion(), row.brandId(),
                row.businessKey(), row.started(), row.ended(), row.startedBy(), row.outcome().label(),
                row.endEventName());
    }

    static List<Object> taskRow(CompletedTask task) {
        return Arrays.asList(task.completed(), task.sopKey(), task.businessKey(), task.brandId(), task.taskName(),
                task.decision(), task.comment(), task.processInstanceId());
    }

    static List<Object> operationRow(OperationEntry entry) {
        return Arrays.asList(entry.at(), entry.operation(), entry.entityType(), entry.property(), entry.oldValue(),
                entry.newValue(), entry.sopKey(), entry.processInstanceId(), entry.taskId());
    }

    static List<Object> adminChangeRow(AdminChangeEntry change) {
        return Arrays.asList(change.at(), change.actor(), change.area(), change.subject(), change.brandId(),
                change.action(), change.fields().stream().map(AdminChangeEntry.Field::text)
                        .collect(Collectors.joining("\n")));
    }

    static List<Object> suggestionRow(SuggestionEntry entry) {
        return Arrays.asList(entry.requestedAt(), entry.requestedBy(), entry.brandId(), entry.kind().action(),
                entry.taskId(), entry.businessKey(), entry.model(), entry.outcome().name().toLowerCase()
                        .replace('_', ' '), entry.prompt(), entry.output(), entry.submittedText(),
                entry.editDistance(), entry.completedBy(), entry.completedAt(), entry.removalTime());
    }

    private interface Pager<T> {
        List<T> page(int offset, int limit);
    }

    private static <T> ExportTable table(String name, List<String> headers, ToLongFunction<Void> count,
            Pager<T> pager, Function<T, List<Object>> row) {
        return new ExportTable() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> headers() {
                return headers;
            }

            @Override
            public long total() {
                return count.applyAsLong(null);
            }

            @Override
            public List<List<Object>> page(int offset, int limit) {
                List<List<Object>> rows = new ArrayList<>();
                pager.page(offset, limit).forEach(item -> rows.add(row.apply(item)));
                return rows;
            }
        };
    }
}
