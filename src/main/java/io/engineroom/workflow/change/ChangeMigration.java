package io.engineroom.workflow.change;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import io.engineroom.workflow.MigrationPreview;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.MigrationReport;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeMigration;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopKind;
import io.engineroom.workflow.SopMigration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Moves the running instances of the versions an approved SOP change replaces onto its new versions, when the
 * reviewer ticked "also move running instances": after the approval committed (the new versions are live by then),
 * on a module-event thread, through {@link SopMigration}, the same preview and migration the SOPs screen offers.
 *
 * <p>It runs as the reviewer who asked for it, with their roles and brands as they are now: SopMigration checks that
 * they own SOPs and sees only their brands' instances, Camunda checks their migrate permission and brand once more
 * and its operation log names them on each moved instance. Only the change's own brand moves (a brand's change):
 * the replaced version may be the shared one, which other brands' work runs on too. Each instance moves in its own
 * transaction, so this listener itself runs in none: one refused instance must not undo the others. What moved and
 * what did not is recorded per model ({@code sop_change_migration}); the event publication registry keeps the
 * request until that is done.
 */
@Component
class ChangeMigration {

    private static final Logger log = LoggerFactory.getLogger(ChangeMigration.class);
    /** How many instances' reasons the record spells out; the counts cover all of them. */
    private static final int DETAILED = 20;

    private final SopChangeTable changes;
    private final SopChangeMigrationTable records;
    private final SopMigration migration;
    private final UserDirectory users;
    private final Clock clock;

    ChangeMigration(SopChangeTable changes, SopChangeMigrationTable records, SopMigration migration,
            UserDirectory users, Clock clock) {
        this.changes = changes;
        this.records = records;
        this.migration = migration;
        this.users = users;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void onRequested(ChangeMigrationRequested requested) {
        SopChange change = changes.find(requested.changeId()).orElseThrow();
        EngineRoomUser reviewer = users.load(requested.reviewer()).filter(user -> users.isActive(user.id()))
                .orElse(null);
        for (SopChangeModel model : movable(change)) {
            records.insert(reviewer == null
                    ? record(change, model, requested.reviewer(), 0, 0, requested.reviewer()
                            + " is no longer an active user: nothing was moved")
                    : move(change, model, reviewer));
        }
    }

    /** The process models of the change that replace a version, whose instances could move. */
    static List<SopChangeModel> movable(SopChange change) {
        return change.models().stream()
                .filter(model -> model.kind() == SopKind.PROCESS && model.replacesDefinitionId() != null).toList();
    }

    /** The preview's instances that belong to the change: all for a shared change, else the change's brand's. */
    static List<InstanceCheck> ofTheChange(MigrationPreview preview, SopChange change) {
        return preview.instances().stream().filter(check -> change.concerns(check.brand())).toList();
    }

    private SopChangeMigration move(SopChange change, SopChangeModel model, EngineRoomUser reviewer) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asReviewer = SecurityContextHolder.createEmptyContext();
        asReviewer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reviewer, null,
                reviewer.groups().stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList()));
        SecurityContextHolder.setContext(asReviewer);
        try {
            List<InstanceCheck> checks = ofTheChange(migration.preview(model.replacesDefinitionId(),
                    model.definitionId()), change);
            List<String> lines = new ArrayList<>();
            checks.stream().filter(check -> !check.canMove()).forEach(check -> lines.add(check.instanceId()
                    + " (" + check.businessKey() + "): " + String.join("; ", check.reasons())));
            List<String> ids = checks.stream().filter(InstanceCheck::canMove).map(InstanceCheck::instanceId).toList();
            int moved = 0;
            if (!ids.isEmpty()) {
                MigrationReport report = migration.migrate(model.replacesDefinitionId(), model.definitionId(), ids);
                moved = report.moved().size();
                report.notMoved().forEach(outcome -> lines.add(outcome.instanceId() + " (" + outcome.businessKey()
                        + "): " + String.join("; ", outcome.reasons())));
            }
            int notMoved = checks.size() - moved;
            String outcome = moved + " of " + checks.size() + " running instances moved to v" + model.version()
                    + (lines.isEmpty() ? "" : ". Not moved: " + lines.stream().limit(DETAILED)
                            .collect(Collectors.joining(" | ")) + (lines.size() > DETAILED ? " | …" : ""));
            log.info("SOP change {}: {} {}", change.id(), model.key(), outcome);
            return record(change, model, reviewer.id(), moved, notMoved, outcome);
        } catch (RuntimeException e) {
            log.warn("SOP change {}: moving the running instances of {} failed", change.id(), model.key(), e);
            return record(change, model, reviewer.id(), 0, 0, "Nothing was moved: " + e.getMessage());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private SopChangeMigration record(SopChange change, SopChangeModel model, String by, int moved, int notMoved,
            String outcome) {
        return new SopChangeMigration(change.id(), model.key(), model.replacesDefinitionId(), model.definitionId(),
                by, clock.instant(), moved, notMoved, outcome);
    }
}
