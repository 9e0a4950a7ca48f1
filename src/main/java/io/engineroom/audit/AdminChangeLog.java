package io.engineroom.audit;

import io.engineroom.audit.changes.AdminChangeAccess;
import io.engineroom.audit.changes.AdminChangeTable;
import io.engineroom.audit.changes.ChangeReader;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of administrative changes ({@link io.engineroom.base.AdminChange}: brands, channels, people,
 * credentials, policies), read-only. Each change is recorded in the transaction that made it; nothing here or
 * anywhere else edits or deletes one. Admins see every change; auditors and social media managers those of their
 * brands, and auditors also those outside any brand (a person's roles).
 */
@Service
public class AdminChangeLog {

    private final AdminChangeAccess access;
    private final AdminChangeTable table;
    private final ProcessHistory history;

    AdminChangeLog(AdminChangeAccess access, AdminChangeTable table, ProcessHistory history) {
        this.access = access;
        this.table = table;
        this.history = history;
    }

    /** The brands the caller may filter by (an administrator: all). */
    public List<BrandSummary> brands() {
        access.require();
        return history.brands();
    }

    /** The areas ("brand", "channel", "person", ...) of the changes the caller sees. */
    @Transactional(readOnly = true)
    public List<String> areas() {
        ChangeReader reader = access.require();
        return reader.seesNothing() ? List.of() : table.areas(reader);
    }

    /** The changes the search finds that the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<AdminChangeEntry> search(AdminChangeSearch search, int offset, int limit) {
        return search(search, null, offset, limit);
    }

    /** As {@link #search(AdminChangeSearch, int, int)}, of the changes up to {@code upToId} (null: any). */
    @Transactional(readOnly = true)
    public List<AdminChangeEntry> search(AdminChangeSearch search, Long upToId, int offset, int limit) {
        ChangeReader reader = access.require();
        check(search, offset, limit);
        return reader.seesNothing() ? List.of() : table.search(reader, search, upToId, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(AdminChangeSearch search) {
        return count(search, null);
    }

    @Transactional(readOnly = true)
    public long count(AdminChangeSearch search, Long upToId) {
        ChangeReader reader = access.require();
        check(search, 0, 1);
        return reader.seesNothing() ? 0 : table.count(reader, search, upToId);
    }

    /** The newest change's id now: an export pins itself to it, so changes made meanwhile cannot shift its pages. */
    @Transactional(readOnly = true)
    public long lastId() {
        access.require();
        return table.lastId();
    }

    private static void check(AdminChangeSearch search, int offset, int limit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (search.from() != null && search.to() != null && !search.to().isAfter(search.from())) {
            problems.put("to", "The end of the range must be after its start");
        }
        if (offset < 0 || limit < 1 || limit > ProcessHistory.MAX_PAGE) {
            problems.put("page", "A page is 1 to " + ProcessHistory.MAX_PAGE + " rows from offset 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
