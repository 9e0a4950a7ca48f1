package io.engineroom.identity;

import io.engineroom.base.Secrets;
import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.identity.PeopleAccess.Asker;
import io.engineroom.identity.PersonRecords.Person;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The People screen's service: who works here, in which roles and brands. Admins manage everyone; a social manager
 * the people of their own brands ({@link PeopleAccess} says exactly what). Every change is one transaction with its
 * {@link AdminChange}; a refused one writes nothing. Deactivation and password resets are in {@link PersonAccounts}.
 */
@Service
public class People {

    /** Camunda's user id rule as Engine Room configures it, and the width of its column. */
    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-]{0,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PeopleAccess access;
    private final PersonRecords records;
    private final AccountLinks links;
    private final IdentityService identityService;
    private final EngineIdentity engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(PeopleAccess access, PersonRecords records, AccountLinks links, IdentityService identityService,
            EngineIdentity engine, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.records = records;
        this.links = links;
        this.identityService = identityService;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    /** The people the asker may see: everyone for an admin, the people of their brands for a social manager. */
    @Transactional(readOnly = true)
    public List<PersonSummary> list() {
        Asker asker = access.asker();
        return records.all().stream().filter(person -> asker.sees(person.brands()))
                .map(person -> summary(asker, person)).toList();
    }

    /** The brands the asker may add people to, by name. */
    @Transactional(readOnly = true)
    public List<BrandOption> manageableBrands() {
        Asker asker = access.asker();
        return records.brands().stream().filter(brand -> asker.manages(brand.id())).toList();
    }

    /** The roles the asker may grant, in {@link Role}'s order. */
    public Set<Role> grantableRoles() {
        return access.asker().grantable();
    }

    /**
     * Creates the person with the roles and brands chosen and issues their invitation link (shown once, and
     * mailed when e-mail is configured): they choose their own password with it. Until then nobody knows a
     * password of theirs.
     */
    @Transactional
    public IssuedLink invite(PersonForm form) {
        Asker asker = access.asker();
        Map<String, String> problems = check(form);
        String userId = form.userId() == null ? "" : form.userId().strip();
        if (!problems.containsKey("userId") && records.exists(userId)) {
            problems.put("userId", "There is a person '" + userId + "' already");
        }
        if (!asker.admin() && form.brandIds().isEmpty()) {
            // else the new person would be out of the manager's sight at once
            problems.put("brandIds", "Choose at least one of your brands");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        asker.requireGrantable(form.roles());
        asker.requireManaged(form.brandIds());
        requireBrandsExist(form.brandIds());
        engine.asSystem(() -> {
            User user = identityService.newUser(userId);
            user.setFirstName(form.firstName().strip());
            user.setLastName(form.lastName().strip());
            user.setEmail(form.email().strip());
            user.setPassword(Secrets.random(""));
            // a random password nobody is told: the policy is for passwords people choose
            ((IdentityServiceImpl) identityService).saveUser(user, true);
            return null;
        });
        records.setRoles(userId, Set.of(), form.roles());
        records.setBrands(userId, Set.of(), form.brandIds());
        IssuedLink link = links.issue(userId, LinkPurpose.INVITATION, asker.id(), form.email().strip());
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Name", (form.firstName().strip() + " " + form.lastName().strip()).trim());
        after.put("E-mail", form.email().strip());
        after.put("Roles", roles(form.roles()));
        after.put("Brands", brands(form.brandIds()));
        after.put("Invitation link", "(issued)");
        publish(userId, "invited", asker, Map.of(), after);
        return link;
    }

    /**
     * Saves the person's name, e-mail, roles and brands. A social manager's brands count only where they manage
     * the brand (the person's other memberships stay as they are); the rest needs {@link PeopleAccess}'s rule.
     */
    @Transactional
    public PersonSummary update(PersonForm form) {
        Asker asker = access.asker();
        Person person = records.find(form.userId()).filter(found -> asker.sees(found.brands()))
                .orElseThrow(() -> new AccessDeniedException("No person " + form.userId() + " you may manage"));
        String userId = person.user().getId();
        Map<String, String> problems = check(form);
        problems.remove("userId");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Set<String> managedBefore = asker.managedOf(person.brands());
        Set<String> brandsAfter = new HashSet<>(person.brands());
        brandsAfter.removeAll(managedBefore);
        brandsAfter.addAll(form.brandIds());
        boolean detailsChanged = !Objects.equals(person.user().getFirstName(), form.firstName().strip())
                || !Objects.equals(person.user().getLastName(), form.lastName().strip())
                || !Objects.equals(person.user().getEmail(), form.email().strip());
        boolean rolesChanged = !person.roles().equals(form.roles());
        boolean brandsChanged = !person.brands().equals(brandsAfter);
        if (detailsChanged || rolesChanged) {
            asker.requireChangeAccount(userId, person.brands(), person.roles());
            asker.requireGrantable(form.roles());
        }
        if (rolesChanged && userId.equals(asker.id()) && person.roles().contains(Role.ADMIN)
                && !form.roles().contains(Role.ADMIN)) {
            throw new InvalidInput("roles", "You cannot take away your own admin role: another admin can");
        }
        asker.requireManaged(form.brandIds());
        requireBrandsExist(form.brandIds());
        if (detailsChanged) {
            records.saveDetails(userId, form.firstName().strip(), form.lastName().strip(), form.email().strip());
            publish(userId, "details changed", asker, details(person.user().getFirstName(),
                    person.user().getLastName(), person.user().getEmail()),
                    details(form.firstName().strip(), form.lastName().strip(), form.email().strip()));
        }
        if (rolesChanged) {
            records.setRoles(userId, person.roles(), form.roles());
            publish(userId, "roles changed", asker, Map.of("Roles", roles(person.roles())),
                    Map.of("Roles", roles(form.roles())));
        }
        if (brandsChanged) {
            records.setBrands(userId, person.brands(), brandsAfter);
            publish(userId, "brands changed", asker, Map.of("Brands", brands(person.brands())),
                    Map.of("Brands", brands(brandsAfter)));
        }
        return summary(asker, records.find(userId).orElseThrow());
    }

    private void requireBrandsExist(Set<String> brandIds) {
        Set<String> known = records.brands().stream().map(BrandOption::id).collect(Collectors.toSet());
        brandIds.stream().filter(brand -> !known.contains(brand)).findFirst().ifPresent(brand -> {
            throw new InvalidInput("brandIds", "There is no brand " + brand);
        });
    }

    static PersonSummary summary(Asker asker, Person person) {
        User user = person.user();
        Set<String> shown = asker.managedOf(person.brands());
        return new PersonSummary(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
                person.roles(), shown, shown.size() < person.brands().size(), person.active(),
                asker.mayChangeAccount(person.brands(), person.roles()));
    }

    private static Map<String, String> check(PersonForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.userId() == null || !USER_ID.matcher(form.userId().strip()).matches()) {
            problems.put("userId", "A user id has letters, digits and hyphens (at most 64), starting with a letter "
                    + "or digit");
        }
        if (form.firstName() == null || form.firstName().isBlank() || form.firstName().length() > 255) {
            problems.put("firstName", "A first name is required (at most 255 characters)");
        }
        if (form.lastName() == null || form.lastName().isBlank() || form.lastName().length() > 255) {
            problems.put("lastName", "A last name is required (at most 255 characters)");
        }
        if (form.email() == null || !EMAIL.matcher(form.email().strip()).matches() || form.email().length() > 255) {
            problems.put("email", "An e-mail address such as name@example.com is required");
        }
        return problems;
    }

    private void publish(String userId, String action, Asker asker, Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(new AdminChange("person", userId, null, action, asker.id(), clock.instant(), before,
                after));
    }

    static Map<String, String> details(String firstName, String lastName, String email) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("First name", firstName == null ? "" : firstName);
        shown.put("Last name", lastName == null ? "" : lastName);
        shown.put("E-mail", email == null ? "" : email);
        return shown;
    }

    static String roles(Set<Role> roles) {
        Set<Role> ordered = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return ordered.isEmpty() ? "(none)"
                : ordered.stream().map(Role::displayName).collect(Collectors.joining(", "));
    }

    static String brands(Set<String> brandIds) {
        return brandIds.isEmpty() ? "(none)" : brandIds.stream().sorted().collect(Collectors.joining(", "));
    }

}
