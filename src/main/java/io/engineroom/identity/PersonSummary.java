package io.engineroom.identity;

import java.util.Set;

/**
 * One person as the asker may see them on the People screen.
 *
 * @param brandIds          their brands that the asker manages (an admin: all of them)
 * @param elsewhere         whether they also belong to brands the asker does not manage (not named here)
 * @param active            false once deactivated: they cannot sign in
 * @param mayChangeAccount  whether the asker may change their roles, name and e-mail, deactivate, reactivate or
 *                          reset their password (a social manager only for people wholly inside their brands)
 */
public record PersonSummary(String userId, String firstName, String lastName, String email, Set<Role> roles,
        Set<String> brandIds, boolean elsewhere, boolean active, boolean mayChangeAccount) {

    public PersonSummary {
        roles = Set.copyOf(roles);
        brandIds = Set.copyOf(brandIds);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? userId : name;
    }

    public PersonForm form() {
        return new PersonForm(userId, firstName, lastName, email, roles, brandIds);
    }
}
