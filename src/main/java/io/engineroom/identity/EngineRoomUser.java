package io.engineroom.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The person behind a request: their Camunda user id, groups (roles) and brands (Camunda tenants).
 * Brands are read at login; a membership change applies from the next login.
 */
public record EngineRoomUser(String id, String displayName, Set<String> groups, Set<String> brands)
        implements Principal, Serializable {

    public EngineRoomUser {
        groups = Set.copyOf(groups);
        brands = Set.copyOf(brands);
    }

    /** The user id: what Spring Security, Vaadin and Camunda call the principal's name. */
    @Override
    public String getName() {
        return id;
    }

    public boolean hasRole(Role role) {
        return groups.contains(role.groupId());
    }

    public boolean belongsTo(String brandId) {
        return brands.contains(brandId);
    }
}
