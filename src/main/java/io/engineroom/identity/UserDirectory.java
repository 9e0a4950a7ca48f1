package io.engineroom.identity;

import io.engineroom.identity.signin.BcryptPasswordEncryptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * People, roles and brand memberships, kept in Camunda's identity store so that Camunda Admin
 * ({@code /camunda}) manages the same users as Engine Room.
 */
@Service
public class UserDirectory {

    private final IdentityService identityService;
    private final EngineIdentity engine;
    private final JdbcTemplate jdbc;

    public UserDirectory(IdentityService identityService, EngineIdentity engine, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /**
     * Whether the person may sign in (by password or single sign-on): false once deactivated. A deactivated person
     * stays in the identity store, so their history keeps naming them.
     */
    public boolean isActive(String userId) {
        Integer deactivated = jdbc.queryForObject(
                "select count(*) from person_account where user_id = ? and deactivated_at is not null", Integer.class,
                userId);
        return deactivated == null || deactivated == 0;
    }

    /**
     * The active people among the members of {@code groups} and the {@code users} named who belong to the brand
     * (directly or through a group; any brand when {@code brandId} is null), by user id. One query instead of a
     * {@link #load} and an {@link #isActive} per person: every SLA reminder and escalation asks it, and 10 000 of
     * them can fall due at once.
     */
    public List<String> activePeople(String brandId, Set<String> groups, Set<String> users) {
        if (groups.isEmpty() && users.isEmpty()) {
            return List.of();
        }
        String ofTheBrand = brandId == null ? "" : """
                  and (exists (select 1 from act_id_tenant_member t where t.tenant_id_ = :brand
                               and t.user_id_ = u.id_)
                       or exists (select 1 from act_id_tenant_member t join act_id_membership m
                                  on m.group_id_ = t.group_id_ where t.tenant_id_ = :brand and m.user_id_ = u.id_))
                """;
        MapSqlParameterSource parameters = new MapSqlParameterSource("brand", brandId)
                // "in ()" is not SQL: an id nobody has stands in for an empty set
                .addValue("groups", groups.isEmpty() ? Set.of("") : groups)
                .addValue("users", users.isEmpty() ? Set.of("") : users);
        return new NamedParameterJdbcTemplate(jdbc).queryForList("""
                select u.id_ from act_id_user u
                where (u.id_ in (select m.user_id_ from act_id_membership m where m.group_id_ in (:groups))
                       or u.id_ in (:users))
                """ + ofTheBrand + """
                  and not exists (select 1 from person_account p where p.user_id = u.id_
                                  and p.deactivated_at is not null)""", parameters, String.class)
                .stream().sorted().toList();
    }

    public Optional<EngineRoomUser> load(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> brands = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).collect(Collectors.toSet());
        return Optional.of(new EngineRoomUser(userId, displayName(user), groups, brands));
    }

    /**
     * Where the person's notices are e-mailed: the notification address they chose on their profile, else their
     * e-mail. Read as Engine Room itself: the caller is often a process step running in someone's request, and
     * Camunda would hide other users from that person.
     */
    public Optional<String> email(String userId) {
        List<String> chosen = jdbc.queryForList("select notification_address from person_account where user_id = ? "
                + "and notification_address is not null", String.class, userId);
        if (!chosen.isEmpty() && !chosen.get(0).isBlank()) {
            return Optional.of(chosen.get(0));
        }
        User user = engine.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
        return Optional.ofNullable(user).map(User::getEmail).filter(email -> !email.isBlank());
    }

    /**
     * Whether the password is the user's. A right password stored under an older, fast hash (Camunda's SHA-512) is
     * hashed again with bcrypt now, the one moment the plain password is at hand.
     */
    public boolean checkPassword(String userId, String password) {
        if (!identityService.checkPassword(userId, password)) {
            return false;
        }
        User user = engine.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user instanceof UserEntity entity && !BcryptPasswordEncryptor.isCurrent(entity.getPassword())) {
            user.setPassword(password);
            // the password was accepted once, when it was set: today's policy is for new passwords
            try {
                engine.asSystem(() -> {
                    ((IdentityServiceImpl) identityService).saveUser(user, true);
                    return null;
                });
            } catch (OptimisticLockingException upgradedByAParallelSignIn) {
                // the other sign-in stored the new hash: this one is right all the same
            }
        }
        return true;
    }

    /** Replaces the user's password (checked against the password policy when one is on). */
    public void changePassword(String userId, String password) {
        engine.asSystem(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                throw new IllegalArgumentException("No user " + userId);
            }
            user.setPassword(password);
            identityService.saveUser(user);
            return null;
        });
    }

    public boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    /** Everyone who belongs to the brand, by user id. */
    public List<String> membersOf(String brandId) {
        return identityService.createUserQuery().memberOfTenant(brandId).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }

    /** The brand's members who hold a role, by user id: a stable order for call chains. */
    public List<String> membersWithRole(String brandId, Role role) {
        return identityService.createUserQuery().memberOfGroup(role.groupId()).memberOfTenant(brandId)
                .orderByUserId().asc().list().stream().map(User::getId).toList();
    }

    /** Everyone who holds a role, whatever their brands, by user id (say, every administrator). */
    public List<String> withRole(Role role) {
        return engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(role.groupId()).orderByUserId()
                .asc().list().stream().map(User::getId).toList());
    }

    /** Creates a user with a password and roles; a user that exists already is left unchanged. */
    public void createUser(String userId, String firstName, String lastName, String email, String password,
            List<Role> roles) {
        if (exists(userId)) {
            return;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
        roles.forEach(role -> identityService.createMembership(userId, role.groupId()));
        if (roles.contains(Role.ADMIN)) {
            // also a Camunda admin, so the Camunda webapps treat them as one (and never offer their setup wizard)
            identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
        }
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
