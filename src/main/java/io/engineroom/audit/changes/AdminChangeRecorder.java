package io.engineroom.audit.changes;

import io.engineroom.base.AdminChange;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link AdminChange} as it is published, on the publisher's thread and in its transaction (a plain
 * {@code @EventListener}, not one after commit): a change that rolls back takes its record with it, and a record
 * that cannot be written fails the change. Publishing outside a transaction is refused ({@code MANDATORY}), since
 * the record would then be kept whether or not the change was.
 */
@Component
class AdminChangeRecorder {

    private final AdminChangeTable table;
    private final CurrentUser currentUser;
    private final Clock clock;

    AdminChangeRecorder(AdminChangeTable table, CurrentUser currentUser, Clock clock) {
        this.table = table;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AdminChange change) {
        if (blank(change.area()) || blank(change.subject()) || blank(change.action())) {
            throw new IllegalArgumentException("An admin change needs its area, subject and action (area "
                    + change.area() + ", action " + change.action() + ")");
        }
        // a publisher that left who or when out gets the signed-in person and now, rather than no record at all
        String actor = blank(change.actor())
                ? currentUser.find().map(EngineRoomUser::id).orElse("(system)") : change.actor();
        table.insert(new AdminChange(change.area(), change.subject(), change.brandId(), change.action(), actor,
                change.at() == null ? clock.instant() : change.at(), change.before(), change.after()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
