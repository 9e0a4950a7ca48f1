package io.engineroom.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may manage whom on the People screen, in one place for every people service. Admins manage everyone. A
 * social manager manages the people of their own brands, and only their memberships of those brands.
 *
 * <p>Roles are not per brand in Camunda: a role granted for one brand applies in every brand the person belongs to.
 * So a social manager changes roles, name and e-mail, deactivates or resets only a person who belongs to no brand
 * but theirs; for anyone else that would reach into another brand. {@link #RESERVED} roles are never granted,
 * removed or touched by a social manager: an admin runs the whole system, and an auditor is the oversight of the
 * managers themselves (reads every change they make), so a manager must not appoint their own auditor. A person
 * holding one of them is out of a manager's reach altogether: a password reset link shown to the manager would
 * otherwise hand them that account.
 */
@Component
class PeopleAccess {

    static final Set<Role> RESERVED = EnumSet.of(Role.ADMIN, Role.AUDITOR);

    private final CurrentUser currentUser;

    PeopleAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The person asking, refused unless they are an admin or a social manager. */
    Asker asker() {
        EngineRoomUser user = currentUser.require();
        boolean admin = user.hasRole(Role.ADMIN);
        if (!admin && !user.hasRole(Role.SOCIAL_MANAGER)) {
            throw new AccessDeniedException("Only admins and social managers manage people");
        }
        return new Asker(user, admin);
    }

    /** Someone allowed onto the People screen, and what they may do to whom. */
    record Asker(EngineRoomUser user, boolean admin) {

        String id() {
            return user.id();
        }

        boolean manages(String brandId) {
            return admin || user.belongsTo(brandId);
        }

        /** The brands among {@code all} this asker may add people to and remove them from. */
        Set<String> managedOf(Set<String> all) {
            Set<String> managed = new HashSet<>(all);
            managed.removeIf(brand -> !manages(brand));
            return managed;
        }

        /** The roles this asker may grant. */
        Set<Role> grantable() {
            Set<Role> roles = EnumSet.allOf(Role.class);
            if (!admin) {
                roles.removeAll(RESERVED);
            }
            return roles;
        }

        boolean sees(Set<String> brandsOfPerson) {
            return admin || brandsOfPerson.stream().anyMatch(this::manages);
        }

        /** Roles, name, e-mail, (re)activation and password reset: see the class comment. */
        boolean mayChangeAccount(Set<String> brandsOfPerson, Set<Role> rolesOfPerson) {
            if (admin) {
                return true;
            }
            return !brandsOfPerson.isEmpty() && brandsOfPerson.stream().allMatch(this::manages)
                    && rolesOfPerson.stream().noneMatch(RESERVED::contains);
        }

        void requireChangeAccount(String userId, Set<String> brandsOfPerson, Set<Role> rolesOfPerson) {
            if (!mayChangeAccount(brandsOfPerson, rolesOfPerson)) {
                throw new AccessDeniedException("You may not change " + userId + "'s account: they belong to a brand "
                        + "you do not manage, or hold a role only an admin manages");
            }
        }

        void requireGrantable(Set<Role> roles) {
            Set<Role> refused = EnumSet.noneOf(Role.class);
            refused.addAll(roles);
            refused.removeAll(grantable());
            if (!refused.isEmpty()) {
                throw new AccessDeniedException("Only an admin grants " + refused.iterator().next().displayName());
            }
        }

        void requireManaged(Set<String> brandIds) {
            brandIds.stream().filter(brand -> !manages(brand)).findFirst().ifPresent(brand -> {
                throw new AccessDeniedException("You do not manage brand " + brand);
            });
        }
    }
}
