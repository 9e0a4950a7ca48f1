package io.engineroom.audit.changes;

import io.engineroom.audit.AdminChangeEntry;
import io.engineroom.audit.AdminChangeSearch;
import io.engineroom.base.AdminChange;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The tables {@code admin_change} and {@code admin_change_value}. Rows are only ever added ({@link #insert}, for
 * {@link AdminChangeRecorder} alone): there is no update or delete here or anywhere else, so the record of what
 * administrators did cannot be rewritten through Engine Room.
 */
@Component
public class AdminChangeTable {

    /** The longest value kept in full; longer ones (nothing an admin form holds today) are cut and marked. */
    static final int MAX_VALUE = 20_000;

    private static final String COLUMNS = "c.id, c.changed_at, c.actor, c.area, c.subject, c.brand_id, c.action";

    private final JdbcClient jdbc;

    AdminChangeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AdminChange change) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into admin_change (changed_at, actor, area, subject, brand_id, action) "
                        + "values (:at, :actor, :area, :subject, :brand, :action)")
                .param("at", Timestamp.from(change.at())).param("actor", change.actor())
                .param("area", change.area()).param("subject", cut(change.subject(), 500))
                .param("brand", change.brandId()).param("action", change.action())
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey(), "no id generated").longValue();
        // a field in either map is one row: absent before (a creation) or after (a removal) is null
        for (String field : new TreeSet<>(union(change.before(), change.after()))) {
            jdbc.sql("insert into admin_change_value (change_id, field, value_before, value_after) "
                            + "values (:id, :field, :before, :after)")
                    .param("id", id).param("field", field)
                    .param("before", bounded(change.before().get(field)))
                    .param("after", bounded(change.after().get(field)))
                    .update();
        }
    }

    /** The changes the reader sees that the search finds, newest first; none after {@code upToId} (null: any). */
    public List<AdminChangeEntry> search(ChangeReader reader, AdminChangeSearch search, Long upToId, int offset,
            int limit) {
        Filter filter = filter(reader, search, upToId);
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from admin_change c" + filter.where
                        + " order by c.changed_at desc, c.id desc limit :limit offset :offset")
                .params(filter.params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list().forEach(row -> rows.put(row.id, row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AdminChangeEntry.Field>> fields = new HashMap<>();
        jdbc.sql("select change_id, field, value_before, value_after from admin_change_value "
                        + "where change_id in (:ids) order by change_id, field")
                .param("ids", rows.keySet())
                .query(rs -> {
                    fields.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new AdminChangeEntry.Field(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return rows.values().stream().map(row -> new AdminChangeEntry(row.id, row.at.toInstant(), row.actor,
                row.area, row.subject, row.brandId, row.action, fields.getOrDefault(row.id, List.of()))).toList();
    }

    public long count(ChangeReader reader, AdminChangeSearch search, Long upToId) {
        Filter filter = filter(reader, search, upToId);
        return jdbc.sql("select count(*) from admin_change c" + filter.where).params(filter.params)
                .query(Long.class).single();
    }

    /** The areas of the changes the reader sees, for the screen's choice. */
    public List<String> areas(ChangeReader reader) {
        Filter filter = filter(reader, AdminChangeSearch.ANY, null);
        return jdbc.sql("select distinct c.area from admin_change c" + filter.where + " order by c.area")
                .params(filter.params).query(String.class).list();
    }

    /** The newest change's id (0 when there is none): an export lists nothing recorded after it began. */
    public long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from admin_change").query(Long.class).single();
    }

    private static Filter filter(ChangeReader reader, AdminChangeSearch search, Long upToId) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!reader.allBrands()) {
            List<String> visible = new ArrayList<>();
            if (!reader.brands().isEmpty()) {
                visible.add("c.brand_id in (:readerBrands)");
                params.put("readerBrands", reader.brands());
            }
            if (reader.withoutBrand()) {
                visible.add("c.brand_id is null");
            }
            conditions.add(visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")");
        }
        condition(conditions, params, "c.brand_id = :brand", "brand", search.brandId());
        condition(conditions, params, "c.area = :area", "area", search.area());
        condition(conditions, params, "c.actor = :actor", "actor", search.actor());
        condition(conditions, params, "c.changed_at >= :from", "from",
                search.from() == null ? null : Timestamp.from(search.from()));
        condition(conditions, params, "c.changed_at < :to", "to",
                search.to() == null ? null : Timestamp.from(search.to()));
        condition(conditions, params, "c.id <= :upTo", "upTo", upToId);
        return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name,
            Object value) {
        if (value != null) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private static List<String> union(Map<String, String> before, Map<String, String> after) {
        List<String> fields = new ArrayList<>(before.keySet());
        fields.addAll(after.keySet());
        return fields;
    }

    private static String bounded(String value) {
        return cut(value, MAX_VALUE);
    }

    private static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        String suffix = "… (" + value.length() + " characters)";
        return value.substring(0, max - suffix.length()) + suffix;
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private record Row(long id, Timestamp at, String actor, String area, String subject, String brandId,
            String action) {
    }
}
