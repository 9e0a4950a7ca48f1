package io.engineroom.workflow.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    private final JdbcClient jdbc;

    SopChangeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String deploymentId, String brandId, String proposedBy, Instant at, String source,
            SopChangeStatus status, List<SopChangeModel> models) {
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
     * Changes newest first: of the given brands and the shared ones, or every change when {@code brands} is null.
     */
    public List<SopChange> list(Collection<String> brands, int offset, int limit) {
        String where = brands == null ? "" : brands.isEmpty() ? " where brand_id is null"
                : " where brand_id is null or brand_id in (:brands)";
        JdbcClient.StatementSpec statement = jdbc.sql("select " + COLUMNS + " from sop_change" + where
                + " order by proposed_at desc, id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit);
        if (brands != null && !brands.isEmpty()) {
            statement = statement.param("brands", brands);
        }
        return statement.query(this::change).list().stream().map(this::withModels).toList();
    }

    /** The deployments whose models must not be used: waiting for review or rejected. */
    public Set<String> notLiveDeployments() {
        return Set.copyOf(jdbc.sql("select deployment_id from sop_change where status in (:held)")
                .param("held", List.of(SopChangeStatus.IN_REVIEW.name(), SopChangeStatus.REJECTED.name()))
                .query(String.class).list());
    }

    private SopChange withModels(SopChange change) {
        List<SopChangeModel> models = jdbc.sql("select definition_id, kind, model_key, model_name, version, "
                        + "replaces_definition_id, replaces_version, replaces_brand_id, element_changes "
                        + "from sop_change_model where change_id = :id order by kind desc, model_key")
                .param("id", change.id())
                .query((rs, row) -> new SopChangeModel(rs.getString(1), SopKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        (Integer) rs.getObject(7, Integer.class), rs.getString(8), changes(rs.getString(9))))
                .list();
        return new SopChange(change.id(), change.deploymentId(), change.brandId(), change.proposedBy(),
                change.proposedAt(), change.source(), change.status(), change.reviewInstanceId(), change.reviewedBy(),
                change.reviewedAt(), change.reviewComment(), change.emergencyReason(), change.activatedBy(),
                change.activatedAt(), models);
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
