package io.engineroom.assist;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of AI suggestions, read-only, for auditors (their brands) and admins (every brand): what was asked,
 * what the model wrote and what the person made of it. Nobody else reads it, a brand's own copywriters included.
 * Every read checks the caller again, so an export that pages through it in the background stays theirs.
 */
@Service
public class Suggestions {

    /** Every suggestion recorded so far: for a read that is not pinned to a moment. */
    public static final long NEWEST = Long.MAX_VALUE;

    private static final String COLUMNS = "id, brand_id, kind, task_id, business_key, model, prompt, output, "
            + "outcome, requested_by, requested_at, submitted_text, edit_distance, completed_by, completed_at, "
            + "removal_time";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    Suggestions(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Newest first, of every brand the caller may read. */
    @Transactional(readOnly = true)
    public List<SuggestionEntry> page(int offset, int limit) {
        return page(null, NEWEST, offset, limit);
    }

    /**
     * The newest suggestion's id now: an export reads up to it, so suggestions asked for while it runs cannot
     * shift its pages.
     */
    @Transactional(readOnly = true)
    public long pin() {
        readable(null);
        Long newest = jdbc.getJdbcTemplate().queryForObject("select max(id) from ai_suggestion", Long.class);
        return newest == null ? 0 : newest;
    }

    /**
     * How many suggestions a page may hold in all.
     *
     * @param brandId one brand, or null for every brand the caller may read
     * @param upToId  the newest id read ({@link #pin()}, or {@link #NEWEST})
     * @throws AccessDeniedException for someone neither auditor nor admin, or a brand the auditor is not one of
     */
    @Transactional(readOnly = true)
    public long count(String brandId, long upToId) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("upTo", upToId);
        String where = where(readable(brandId), parameters);
        Long count = jdbc.queryForObject("select count(*) from ai_suggestion where " + where, parameters,
                Long.class);
        return count == null ? 0 : count;
    }

    /** Newest first, from {@code offset}; the same choice of brand and refusals as {@link #count}. */
    @Transactional(readOnly = true)
    public List<SuggestionEntry> page(String brandId, long upToId, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("upTo", upToId)
                .addValue("limit", Math.max(1, limit)).addValue("offset", Math.max(0, offset));
        String where = where(readable(brandId), parameters);
        return jdbc.query("select " + COLUMNS + " from ai_suggestion where " + where
                + " order by requested_at desc, id desc limit :limit offset :offset", parameters,
                (row, number) -> entry(row));
    }

    /** The brands the caller reads: null for every brand (an admin who named none). */
    private Collection<String> readable(String brandId) {
        EngineRoomUser me = currentUser.require();
        if (me.hasRole(Role.ADMIN)) {
            return brandId == null ? null : Set.of(brandId);
        }
        if (!me.hasRole(Role.AUDITOR)) {
            throw new AccessDeniedException("The record of AI suggestions is for auditors and admins");
        }
        if (brandId == null) {
            return me.brands();
        }
        if (!me.belongsTo(brandId)) {
            throw new AccessDeniedException("Brand " + brandId + " is not one of your brands");
        }
        return Set.of(brandId);
    }

    private static String where(Collection<String> brands, MapSqlParameterSource parameters) {
        if (brands == null) {
            return "id <= :upTo";
        }
        if (brands.isEmpty()) {
            return "1 = 0";
        }
        parameters.addValue("brands", brands);
        return "id <= :upTo and brand_id in (:brands)";
    }

    private static SuggestionEntry entry(ResultSet row) throws SQLException {
        Number distance = (Number) row.getObject("edit_distance");
        return new SuggestionEntry(row.getLong("id"), row.getString("brand_id"),
                SuggestionKind.valueOf(row.getString("kind")), row.getString("task_id"),
                row.getString("business_key"), row.getString("model"), row.getString("prompt"),
                row.getString("output"), SuggestionOutcome.valueOf(row.getString("outcome")),
                row.getString("requested_by"), instant(row.getTimestamp("requested_at")),
                row.getString("submitted_text"), distance == null ? null : distance.intValue(),
                row.getString("completed_by"), instant(row.getTimestamp("completed_at")),
                instant(row.getTimestamp("removal_time")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
