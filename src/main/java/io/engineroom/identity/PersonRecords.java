package io.engineroom.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people services' reads and writes of Camunda's identity store and of {@code person_account}. Everything runs
 * as Engine Room itself: the caller has checked who may do it, and Camunda's own authorizations would hide users
 * from a social manager and refuse them membership changes.
 */
@Component
class PersonRecords {

    private final IdentityService identityService;
    private final EngineIdentity engine;
    private final JdbcTemplate jdbc;

    PersonRecords(IdentityService identityService, EngineIdentity engine, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** One person with their roles, brands and state. */
    record Person(User user, Set<Role> roles, Set<String> brands, boolean active) {
    }

    Optional<Person> find(String userId) {
        return engine.asSystem(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return Optional.<Person>empty();
            }
            Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(group -> group.getId()).collect(Collectors.toSet());
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (groups.contains(role.groupId())) {
                    roles.add(role);
                }
            }
            Set<String> brands = identityService.createTenantQuery().userMember(userId).list().stream()
                    .map(Tenant::getId).collect(Collectors.toSet());
            return Optional.of(new Person(user, roles, brands, !deactivated().contains(userId)));
        });
    }

    /** Everyone, by user id; a query per role and per brand rather than per person. */
    List<Person> all() {
        return engine.asSystem(() -> {
            Map<String, Set<Role>> roles = new HashMap<>();
            for (Role role : Role.values()) {
                identityService.createUserQuery().memberOfGroup(role.groupId()).list().forEach(
                        user -> roles.computeIfAbsent(user.getId(), id -> EnumSet.noneOf(Role.class)).add(role));
            }
            Map<String, Set<String>> brands = new HashMap<>();
            for (Tenant tenant : identityService.createTenantQuery().list()) {
                identityService.createUserQuery().memberOfTenant(tenant.getId()).list().forEach(
                        user -> brands.computeIfAbsent(user.getId(), id -> new HashSet<>()).add(tenant.getId()));
            }
            Set<String> deactivated = deactivated();
            return identityService.createUserQuery().orderByUserId().asc().list().stream()
                    .map(user -> new Person(user, roles.getOrDefault(user.getId(), Set.of()),
                            brands.getOrDefault(user.getId(), Set.of()), !deactivated.contains(user.getId())))
                    .toList();
        });
    }

    /** Every brand (Camunda tenant), by name. */
    List<BrandOption> brands() {
        return engine.asSystem(() -> identityService.createTenantQuery().list().stream()
                .map(tenant -> new BrandOption(tenant.getId(), tenant.getName() == null ? tenant.getId()
                        : tenant.getName()))
                .sorted(Comparator.comparing(BrandOption::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    boolean exists(String userId) {
        return engine.asSystem(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    void saveDetails(String userId, String firstName, String lastName, String email) {
        engine.asSystem(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identityService.saveUser(user);
            return null;
        });
    }

    void setRoles(String userId, Set<Role> before, Set<Role> after) {
        engine.asSystem(() -> {
            for (Role role : Role.values()) {
                if (before.contains(role) && !after.contains(role)) {
                    identityService.deleteMembership(userId, role.groupId());
                } else if (!before.contains(role) && after.contains(role)) {
                    identityService.createMembership(userId, role.groupId());
                }
            }
            // an admin is also a Camunda admin, as UserDirectory.createUser makes them, so the webapps agree
            boolean camundaAdmin = identityService.createUserQuery().userId(userId)
                    .memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
            if (after.contains(Role.ADMIN) && !camundaAdmin) {
                identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
            } else if (!after.contains(Role.ADMIN) && camundaAdmin) {
                identityService.deleteMembership(userId, Groups.CAMUNDA_ADMIN);
            }
            return null;
        });
    }

    void setBrands(String userId, Set<String> before, Set<String> after) {
        engine.asSystem(() -> {
            before.stream().filter(brand -> !after.contains(brand))
                    .forEach(brand -> identityService.deleteTenantUserMembership(brand, userId));
            after.stream().filter(brand -> !before.contains(brand))
                    .forEach(brand -> identityService.createTenantUserMembership(brand, userId));
            return null;
        });
    }

    void deactivate(String userId, String by, Instant at) {
        Timestamp when = Timestamp.from(at);
        if (jdbc.update("update person_account set deactivated_at = ?, deactivated_by = ? where user_id = ?", when,
                by, userId) == 0) {
            jdbc.update("insert into person_account (user_id, deactivated_at, deactivated_by) values (?, ?, ?)",
                    userId, when, by);
        }
    }

    void reactivate(String userId) {
        jdbc.update("update person_account set deactivated_at = null, deactivated_by = null where user_id = ?",
                userId);
    }

    private Set<String> deactivated() {
        return Set.copyOf(jdbc.queryForList("select user_id from person_account where deactivated_at is not null",
                String.class));
    }
}
