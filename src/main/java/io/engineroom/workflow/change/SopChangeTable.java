package io.engineroom.workflow.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.CacheStamps;
import io.engineroom.base.KeptValues;
import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The tables {@code sop_change} and {@code sop_change_model}. A change is inserted once, when its deployment is
 * made, and afterwards only moves along its path (in review → approved, rejected or activated in an emergency):
 * nothing here deletes a row or rewrites who proposed what.
 */
@Component
public class SopChangeTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ElementChange>> CHANGES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, deployment_id, brand_id, proposed_by, proposed_at, source, status, "
            + "review_instance_id, reviewed_by, reviewed_at, review_comment, emergency_reason, activated_by, "
            + "activated_at";

    /** The cache stamp that moves whenever which SOP versions are live may have changed. */
    public static final String LIVE_CACHE = "live-sops";

    private final JdbcClient jdbc;
    private final KeptValues<String, Optional<? extends ResourceDefinition>> live;

    SopChangeTable(JdbcClient jdbc, CacheStamps stamps) {
        this.jdbc = jdbc;
        this.live = new KeptValues<>(stamps, LIVE_CACHE);
    }

    /**
     * Which definitions are live, as {@code LiveSops} works it out from the engine and this table, kept until a new
     * deployment, a change reviewed or activated, or a definition suspended or activated ({@link #liveChanged}).
     */
    public KeptValues<String, Optional<? extends ResourceDefinition>> live() {
        return live;
    }

    /** Which versions are live may have changed: in the caller's transaction, if there is one. */
    public void liveChanged() {
        live.changed();
    }

    long insert(String deploymentId, String brandId, String proposedBy, Instant at, String source,
            SopChangeStatus status, List<SopChangeModel> models) {
        liveChanged();
        KeyHolder key = new GeneratedKeyHolder();
        boolean live = status.live();
        jdbc.sql("insert into sop_change (deployment_id, brand_id, proposed_by, proposed_at, source, status, "
                        + "activated_by, activated_at) values (:deployment, :brand, :by, :at, :source, :status, "
                        + ":activatedBy, :activatedAt)")
                .param("deployment", deploymentId).param("brand", brandId).param("by", proposedBy)
                .param("at", Timestamp.from(at)).param("source", cut(source, 255)).param("status", status.name())
                .param("activatedBy", live ? SopChange.AT_START_UP : null)
                .param("activatedAt", live ? Timestamp.from(at) : null)
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey(), "no id generated").longValue();
        for (SopChangeModel model : models) {
            jdbc.sql("insert into sop_change_model (change_id, definition_id, kind, model_key, model_name, version, "
                            + "replaces_definition_id, replaces_version, replaces_brand_id, element_changes) values "
                            + "(:id, :definition, :kind, :key, :name, :version, :replaces, :replacesVersion, "
                            + ":replacesBrand, :changes)")
                    .param("id", id).param("definition", model.definitionId()).param("kind", model.kind().name())
                    .param("key", model.key()).param("name", cut(model.name(), 500)).param("version", model.version())
                    .param("replaces", model.replacesDefinitionId()).param("replacesVersion", model.replacesVersion())
                    .param("replacesBrand", model.replacesBrandId()).param("changes", json(model.changes()))
                    .update();
        }
        return id;
    }

    void reviewStarted(long id, String reviewInstanceId) {
        jdbc.sql("update sop_change set review_instance_id = :instance where id = :id")
                .param("instance", reviewInstanceId).param("id", id).update();
    }

    /** Approved or rejected by {@code reviewer}; an approval takes effect at the same moment. */
    public void reviewed(long id, boolean approved, String reviewer, String comment, Instant at) {
        liveChanged();
        int updated = jdbc.sql("update sop_change set status = :status, reviewed_by = :reviewer, reviewed_at = :at, "
                        + "review_comment = :comment, activated_by = :activatedBy, activated_at = :activatedAt "
                        + "where id = :id and status = :inReview")
                .param("status", (approved ? SopChangeStatus.APPROVED : SopChangeStatus.REJECTED).name())
                .param("reviewer", reviewer).param("at", Timestamp.from(at)).param("comment", cut(comment, 4000))
                .param("activatedBy", approved ? reviewer : null).param("activatedAt", approved ? Timestamp.from(at)
                        : null)
                .param("id", id).param("inReview", SopChangeStatus.IN_REVIEW.name()).update();
        requireMoved(id, updated);
    }

    /** Activated at once by an administrator, with the reason they wrote. */
    public void activatedInEmergency(long id, String admin, String reason, Instant at) {
        liveChanged();
        int updated = jdbc.sql("update sop_change set status = :status, emergency_reason = :reason, "
                        + "activated_by = :admin, activated_at = :at where id = :id and status in (:open)")
                .param("status", SopChangeStatus.EMERGENCY.name()).param("reason", cut(reason, 4000))
                .param("admin", admin).param("at", Timestamp.from(at)).param("id", id)
                .param("open", List.of(SopChangeStatus.IN_REVIEW.name(), SopChangeStatus.REJECTED.name())).update();
        requireMoved(id, updated);
    }

    public Optional<SopChange> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sop_change where id = :id").param("id", id)
                .query(this::change).optional().map(this::withModels);
    }

    public Optional<SopChange> findByDeployment(String deploymentId) {
        return jdbc.sql("select " + COLUMNS + " from sop_change where deployment_id = :deployment")
                .param("deployment", deploymentId).query(this::change).optional().map(this::withModels);
    }

    /** The change whose review runs (or ran) in this process instance of the change-review SOP. */
    public Optional<SopChange> findByReviewInstance(String reviewInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from sop_change where review_instance_id = :instance")
                .param("instance", reviewInstanceId).query(this::change).optional().map(this::withModels);
    }

    /**
     * The changes of the given deployments by deployment id, without their models: one query for a screen that lists
     * many versions. A deployment without a change (forms only, or made before change control) is absent.
     */
    public Map<String, SopChange> byDeployments(Collection<String> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return Map.of();
        }
        Map<String, SopChange> byDeployment = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from sop_change where deployment_id in (:deployments)")
                .param("deployments", Set.copyOf(deploymentIds)).query(this::change).list()
                .forEach(change -> byDeployment.put(change.deploymentId(), change));
        return byDeployment;
    }

    /**
     * The changes a search finds among those of the given brands and the shared ones (every change when
     * {@code brands} is null), newest first, each with its models.
     */
    public List<SopChange> search(Collection<String> brands, SopChangeSearch search, int offset, int limit) {
        Filter filter = filter(brands, search);
        List<SopChange> changes = jdbc.sql("select " + COLUMNS + " from sop_change" + filter.where
                        + " order by proposed_at desc, id desc offset :offset rows fetch next :limit rows only")
                .params(filter.params).param("offset", offset).param("limit", limit).query(this::change).list();
        return withModels(changes);
    }

    /** How many changes {@link #search} finds in all. */
    public long count(Collection<String> brands, SopChangeSearch search) {
        Filter filter = filter(brands, search);
        return jdbc.sql("select count(*) from sop_change" + filter.where).params(filter.params).query(Long.class)
                .single();
    }

    /**
     * The changes a search finds now, newest first, as (id, number of models) pairs: what an export writes, fixed
     * when it begins, so changes proposed or decided meanwhile cannot shift its pages.
     */
    public List<SopChangeSearch.Pinned> pin(Collection<String> brands, SopChangeSearch search) {
        Filter filter = filter(brands, search);
        return jdbc.sql("select c.id, (select count(*) from sop_change_model m where m.change_id = c.id) "
                        + "from sop_change c" + filter.where + " order by c.proposed_at desc, c.id desc")
                .params(filter.params).query((rs, row) -> new SopChangeSearch.Pinned(rs.getLong(1), rs.getInt(2)))
                .list();
    }

    /**
     * The given changes, in the given order, each with its models; those not of the given brands or shared (when
     * {@code brands} is not null) or not found are left out.
     */
    public List<SopChange> findAll(List<Long> ids, Collection<String> brands) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Filter filter = filter(brands, SopChangeSearch.ANY);
        String where = (filter.where.isEmpty() ? " where " : filter.where + " and ") + "id in (:ids)";
        Map<Long, SopChange> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from sop_change" + where).params(filter.params).param("ids", ids)
                .query(this::change).list().forEach(change -> found.put(change.id(), change));
        return withModels(ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    /** The deployments whose models must not be used: waiting for review or rejected. */
    public Set<String> notLiveDeployments() {
        return Set.copyOf(jdbc.sql("select deployment_id from sop_change where status in (:held)")
                .param("held", List.of(SopChangeStatus.IN_REVIEW.name(), SopChangeStatus.REJECTED.name()))
                .query(String.class).list());
    }

    private SopChange withModels(SopChange change) {
        return withModels(List.of(change)).get(0);
    }

    /** Each change with its models (processes before decisions, then by key), read in one query for them all. */
    private List<SopChange> withModels(List<SopChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SopChangeModel>> models = new HashMap<>();
        jdbc.sql("select change_id, definition_id, kind, model_key, model_name, version, replaces_definition_id, "
                        + "replaces_version, replaces_brand_id, element_changes from sop_change_model "
                        + "where change_id in (:ids) order by change_id, kind desc, model_key")
                .param("ids", changes.stream().map(SopChange::id).toList())
                .query(rs -> {
                    models.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new SopChangeModel(
                            rs.getString(2), SopKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), (Integer) rs.getObject(8, Integer.class), rs.getString(9),
                            changes(rs.getString(10))));
                });
        return changes.stream().map(change -> new SopChange(change.id(), change.deploymentId(), change.brandId(),
                change.proposedBy(), change.proposedAt(), change.source(), change.status(), change.reviewInstanceId(),
                change.reviewedBy(), change.reviewedAt(), change.reviewComment(), change.emergencyReason(),
                change.activatedBy(), change.activatedAt(), models.getOrDefault(change.id(), List.of()))).toList();
    }

    /** What the caller may see (null: everything) and what the search narrows it to, as a where clause. */
    private static Filter filter(Collection<String> brands, SopChangeSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (brands != null) {
            if (brands.isEmpty()) {
                conditions.add("brand_id is null");
            } else {
                conditions.add("(brand_id is null or brand_id in (:visible))");
                params.put("visible", brands);
            }
        }
        if (search.sharedOnly()) {
            conditions.add("brand_id is null");
        }
        condition(conditions, params, "brand_id = :brand", "brand", search.brandId());
        condition(conditions, params, "status = :status", "status",
                search.status() == null ? null : search.status().name());
        condition(conditions, params, "proposed_at >= :from", "from",
                search.from() == null ? null : Timestamp.from(search.from()));
        condition(conditions, params, "proposed_at < :to", "to",
                search.to() == null ? null : Timestamp.from(search.to()));
        return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name,
            Object value) {
        if (value != null) {
            conditions.add(sql);
            params.put(name, value);
        }
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private SopChange change(ResultSet rs, int row) throws SQLException {
        return new SopChange(rs.getLong("id"), rs.getString("deployment_id"), rs.getString("brand_id"),
                rs.getString("proposed_by"), instant(rs.getTimestamp("proposed_at")), rs.getString("source"),
                SopChangeStatus.valueOf(rs.getString("status")), rs.getString("review_instance_id"),
                rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("review_comment"),
                rs.getString("emergency_reason"), rs.getString("activated_by"),
                instant(rs.getTimestamp("activated_at")), List.of());
    }

    private static void requireMoved(long id, int updated) {
        if (updated != 1) {
            throw new IllegalStateException("SOP change " + id + " is no longer open for this step");
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String json(List<ElementChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the element diff", e);
        }
    }

    private static List<ElementChange> changes(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the element diff", e);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
