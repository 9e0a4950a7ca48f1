package io.engineroom.audit.changes;

import io.engineroom.audit.history.HistoryAccess;
import io.engineroom.audit.history.HistoryReader;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read the record of administrative changes, and which: the history's readers
 * ({@link HistoryAccess}: auditors, social media managers, admins) in their brands (admins: all); changes outside
 * any brand (a person's roles) only for admins and auditors, since a brand's social manager oversees only it.
 */
@Component
public class AdminChangeAccess {

    private final HistoryAccess historyAccess;
    private final CurrentUser currentUser;

    AdminChangeAccess(HistoryAccess historyAccess, CurrentUser currentUser) {
        this.historyAccess = historyAccess;
        this.currentUser = currentUser;
    }

    public ChangeReader require() {
        HistoryReader reader = historyAccess.require();
        EngineRoomUser user = currentUser.require();
        return new ChangeReader(reader.allBrands(), reader.brands(),
                user.hasRole(Role.ADMIN) || user.hasRole(Role.AUDITOR));
    }
}
