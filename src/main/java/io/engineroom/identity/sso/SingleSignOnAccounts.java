package io.engineroom.identity.sso;

import io.engineroom.base.Secrets;
import io.engineroom.base.AdminChange;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a person the provider vouched for an Engine Room user, just in time: their user row in Camunda's identity
 * store, their roles (groups) and brands (tenants) replaced by the token's at every sign-in, so task queries,
 * candidate groups, notices and Camunda's own tenant check treat them exactly like a local account.
 *
 * <p>Roles are the token's values that are Engine Room roles, except {@code admin}: administrators are local
 * accounts only, so a provider (or whoever controls a claim there) can never make someone an administrator, and
 * administrators can always sign in when the provider is down. Brands are the token's values that are brands here.
 * A token with no Engine Room role, a deactivated person, or a first sign-in whose user name is taken by an
 * account that is not this person's, is refused before anything is written.
 */
class SingleSignOnAccounts {

    private final IdentityService identityService;
    private final UserDirectory users;
    private final EngineIdentity engine;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TokenClaims claims;

    SingleSignOnAccounts(IdentityService identityService, UserDirectory users, EngineIdentity engine,
            JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, TokenClaims claims) {
        this.identityService = identityService;
        this.users = users;
        this.engine = engine;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.claims = claims;
    }

    /** Signs in the provider's person {@code subject} of {@code issuer}; one transaction, all of it or nothing. */
    @Transactional
    public EngineRoomUser signIn(String issuer, String subject, Map<String, Object> token) {
        return engine.asSystem(() -> {
            Optional<String> linked = linkedUser(issuer, subject);
            String userId = linked.or(() -> claims.userId(token)).orElseThrow(() -> new SignInRefused(
                    "Your sign-in carries no user name Engine Room can use (claim '" + claims.username() + "')."));
            if (linked.isEmpty() && (users.exists(userId) || isLinked(userId))) {
                throw new SignInRefused("An Engine Room account named '" + userId + "' exists already and is not"
                        + " linked to your sign-in. Ask an administrator.");
            }
            if (!users.isActive(userId)) {
                throw new SignInRefused("Your Engine Room account is deactivated. Ask an administrator.");
            }
            Set<String> roles = roles(token);
            if (roles.isEmpty()) {
                throw new SignInRefused("Your sign-in carries no Engine Room role (claim '" + claims.roles()
                        + "'). Ask your administrator for one.");
            }
            Set<String> brands = existingBrands(claims.brands(token));
            Instant now = clock.instant();
            boolean created = saveUser(userId, token);
            Map<String, String> before = created ? Map.of() : shown(currentGroups(userId), currentBrands(userId));
            replaceGroups(userId, roles);
            replaceBrands(userId, brands);
            Map<String, String> after = shown(roles, brands);
            if (linked.isEmpty()) {
                jdbc.update("insert into sso_account (user_id, issuer, subject, linked_at, last_signed_in_at)"
                        + " values (?, ?, ?, ?, ?)", userId, issuer, subject, Timestamp.from(now), Timestamp.from(now));
            } else {
                jdbc.update("update sso_account set last_signed_in_at = ? where user_id = ?", Timestamp.from(now),
                        userId);
            }
            if (!before.equals(after)) {
                events.publishEvent(new AdminChange("person", userId, null,
                        created ? "created by single sign-on" : "roles and brands set by single sign-on", userId, now,
                        before, after));
            }
            return users.load(userId).orElseThrow();
        });
    }

    private Optional<String> linkedUser(String issuer, String subject) {
        return jdbc.queryForList("select user_id from sso_account where issuer = ? and subject = ?", String.class,
                issuer, subject).stream().findFirst();
    }

    private boolean isLinked(String userId) {
        Integer count = jdbc.queryForObject("select count(*) from sso_account where user_id = ?", Integer.class,
                userId);
        return count != null && count > 0;
    }

    private Set<String> roles(Map<String, Object> token) {
        Set<String> known = Set.copyOf(Role.groupIds());
        return claims.roles(token).stream().filter(known::contains)
                .filter(role -> !role.equals(Role.ADMIN.groupId()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> existingBrands(Set<String> named) {
        if (named.isEmpty()) {
            return Set.of();
        }
        return identityService.createTenantQuery().tenantIdIn(named.toArray(String[]::new)).list().stream()
                .map(Tenant::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Creates or updates the user row from the token; true when it was created. */
    private boolean saveUser(String userId, Map<String, Object> token) {
        User existing = identityService.createUserQuery().userId(userId).singleResult();
        User user = existing != null ? existing : identityService.newUser(userId);
        String firstName = firstName(token, userId);
        String lastName = TokenClaims.text(token, "family_name");
        String email = TokenClaims.text(token, "email");
        if (existing != null && Objects.equals(firstName, user.getFirstName())
                && Objects.equals(lastName, user.getLastName()) && Objects.equals(email, user.getEmail())) {
            return false;
        }
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email.isEmpty() ? null : email);
        if (existing == null) {
            // a password nobody knows: the person signs in through the provider only
            user.setPassword(Secrets.random(""));
        }
        // skips the password policy, which is for passwords people choose
        ((IdentityServiceImpl) identityService).saveUser(user, true);
        return existing == null;
    }

    private static String firstName(Map<String, Object> token, String userId) {
        String given = TokenClaims.text(token, "given_name");
        if (!given.isEmpty()) {
            return given;
        }
        String name = TokenClaims.text(token, "name");
        return name.isEmpty() ? userId : name;
    }

    private void replaceGroups(String userId, Set<String> roles) {
        Set<String> current = currentGroups(userId);
        current.stream().filter(group -> !roles.contains(group))
                .forEach(group -> identityService.deleteMembership(userId, group));
        roles.stream().filter(role -> !current.contains(role))
                .forEach(role -> identityService.createMembership(userId, role));
    }

    private void replaceBrands(String userId, Set<String> brands) {
        Set<String> current = currentBrands(userId);
        current.stream().filter(brand -> !brands.contains(brand))
                .forEach(brand -> identityService.deleteTenantUserMembership(brand, userId));
        brands.stream().filter(brand -> !current.contains(brand))
                .forEach(brand -> identityService.createTenantUserMembership(brand, userId));
    }

    private Set<String> currentGroups(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> currentBrands(String userId) {
        return identityService.createTenantQuery().userMember(userId).list().stream().map(Tenant::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> shown(Set<String> roles, Set<String> brands) {
        return Map.of("Roles", String.join(", ", List.copyOf(roles)), "Brands", String.join(", ", List.copyOf(brands)));
    }

}
