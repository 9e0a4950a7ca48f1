package io.engineroom.identity;

import java.util.Set;

/**
 * A person as the People screen invites or edits them. Field names are the ones {@link People} names its problems
 * by, so a refusal lands next to its field. Public because Vaadin's Binder builds it by reflection.
 *
 * @param userId    what they sign in with (letters, digits and hyphens), fixed once created
 * @param firstName first name
 * @param lastName  last name
 * @param email     where invitations, password resets and (unless they choose another address) notices go
 * @param roles     their roles (Camunda groups)
 * @param brandIds  the brands (Camunda tenants) they work on; on an edit, only those the asker manages count
 */
public record PersonForm(String userId, String firstName, String lastName, String email, Set<Role> roles,
        Set<String> brandIds) {

    public PersonForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        brandIds = brandIds == null ? Set.of() : Set.copyOf(brandIds);
    }
}
