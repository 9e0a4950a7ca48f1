package io.engineroom.crisis;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.crisis.domain.Incident;
import io.engineroom.crisis.domain.IncidentRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read an incident (its timeline, its notices, its published statement): the members of its brand, and
 * admins. One rule, so the three cannot drift apart.
 */
@Component
class IncidentReaders {

    private final IncidentRepository incidents;
    private final CurrentUser currentUser;

    IncidentReaders(IncidentRepository incidents, CurrentUser currentUser) {
        this.incidents = incidents;
        this.currentUser = currentUser;
    }

    boolean mayRead(EngineRoomUser user, long incidentId) {
        return incidents.findById(incidentId).map(incident -> mayRead(user, incident)).orElse(false);
    }

    /**
     * The incident, for the signed-in person.
     *
     * @throws InvalidInput when there is no such incident
     * @throws AccessDeniedException when they may not read it
     */
    Incident requireReadable(long incidentId) {
        Incident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new NotFound("incident", "No incident " + incidentId));
        if (!mayRead(currentUser.require(), incident)) {
            throw new AccessDeniedException("Not a member of brand '" + incident.getBrandId() + "'");
        }
        return incident;
    }

    private static boolean mayRead(EngineRoomUser user, Incident incident) {
        return user.belongsTo(incident.getBrandId()) || user.hasRole(Role.ADMIN);
    }
}
