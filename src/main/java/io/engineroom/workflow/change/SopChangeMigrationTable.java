package io.engineroom.workflow.change;

import io.engineroom.workflow.SopChangeMigration;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code sop_change_migration}: written once per migrated model, never updated or deleted. */
@Component
public class SopChangeMigrationTable {

    private final JdbcClient jdbc;

    SopChangeMigrationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SopChangeMigration migration) {
        jdbc.sql("insert into sop_change_migration (change_id, model_key, source_definition_id, target_definition_id, "
                        + "requested_by, finished_at, moved, not_moved, outcome) values (:change, :key, :source, "
                        + ":target, :by, :at, :moved, :notMoved, :outcome)")
                .param("change", migration.changeId()).param("key", migration.modelKey())
                .param("source", migration.sourceDefinitionId()).param("target", migration.targetDefinitionId())
                .param("by", migration.requestedBy()).param("at", Timestamp.from(migration.finishedAt()))
                .param("moved", migration.moved()).param("notMoved", migration.notMoved())
                .param("outcome", migration.outcome().length() > 4000 ? migration.outcome().substring(0, 3999) + "…"
                        : migration.outcome())
                .update();
    }

    public List<SopChangeMigration> of(long changeId) {
        return jdbc.sql("select change_id, model_key, source_definition_id, target_definition_id, requested_by, "
                        + "finished_at, moved, not_moved, outcome from sop_change_migration where change_id = :change "
                        + "order by id")
                .param("change", changeId)
                .query((rs, row) -> new SopChangeMigration(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getInt(8),
                        rs.getString(9)))
                .list();
    }
}
