package io.engineroom.identity;

import static io.engineroom.identity.PeopleTeam.ALPHA;
import static io.engineroom.identity.PeopleTeam.BETA;
import static io.engineroom.identity.PeopleTeam.MANAGER_ALPHA;
import static io.engineroom.identity.PeopleTeam.WRITER_BETA;
import static io.engineroom.identity.PeopleTeam.WRITER_BOTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The people services refuse what the screen does not offer: a social manager of one brand cannot see or change
 * another brand's people, grant admin or auditor, or reset or deactivate someone who also works for another brand
 * or holds a role only admins manage; and nothing of a refused change is written.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class PeopleAccessTest {

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    People people;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void team() {
        PeopleTeam.ensure(users, brands);
    }

    @Test
    void aSocialManagerCannotChangeAPersonOfAnotherBrand() {
        try (var manager = SignedIn.as(users, MANAGER_ALPHA)) {
            PersonForm form = new PersonForm(WRITER_BETA, "Taken", "Over", "x@example.com", Set.of(Role.COPYWRITER),
                    Set.of(ALPHA));

            assertThatThrownBy(() -> people.update(form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.deactivate(WRITER_BETA)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.resetPassword(WRITER_BETA)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.load(WRITER_BETA).orElseThrow().brands()).containsExactly(BETA);
        assertThat(users.isActive(WRITER_BETA)).isTrue();
        assertThat(personChanges()).isEmpty();
    }

    @Test
    void aSocialManagerCannotGrantAdminOrAuditorNorInviteIntoAnotherBrand() {
        String id = "ppl-grab-" + UUID.randomUUID().toString().substring(0, 8);
        try (var manager = SignedIn.as(users, MANAGER_ALPHA)) {
            for (Role reserved : new Role[] {Role.ADMIN, Role.AUDITOR}) {
                assertThatThrownBy(() -> people.invite(new PersonForm(id, "Grab", "Bing", id + "@example.com",
                        Set.of(reserved), Set.of(ALPHA)))).isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> people.invite(new PersonForm(id, "Grab", "Bing", id + "@example.com",
                    Set.of(Role.COPYWRITER), Set.of(BETA)))).isInstanceOf(AccessDeniedException.class);
            String mine = PeopleTeam.fresh(users, brands, "ppl-mine", Role.COPYWRITER, ALPHA);
            assertThatThrownBy(() -> people.update(new PersonForm(mine, mine, "(test)", mine + "@example.com",
                    Set.of(Role.COPYWRITER, Role.ADMIN), Set.of(ALPHA)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.update(new PersonForm(mine, mine, "(test)", mine + "@example.com",
                    Set.of(Role.COPYWRITER), Set.of(ALPHA, BETA)))).isInstanceOf(AccessDeniedException.class);
            assertThat(users.load(mine).orElseThrow().groups()).containsExactly("copywriter");
            assertThat(users.load(mine).orElseThrow().brands()).containsExactly(ALPHA);
        }
        assertThat(users.exists(id)).isFalse();
        assertThat(personChanges()).isEmpty();
    }

    @Test
    void aSocialManagerCannotResetOrDeactivateSomeoneWhoAlsoWorksForAnotherBrandOrIsAnAuditor() {
        String auditor = PeopleTeam.fresh(users, brands, "ppl-auditor", Role.AUDITOR, ALPHA);
        try (var manager = SignedIn.as(users, MANAGER_ALPHA)) {
            for (String person : new String[] {WRITER_BOTH, auditor}) {
                assertThatThrownBy(() -> accounts.resetPassword(person)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> accounts.deactivate(person)).isInstanceOf(AccessDeniedException.class);
                assertThat(users.isActive(person)).isTrue();
            }
        }
        assertThat(personChanges()).isEmpty();
    }

    @Test
    void peopleWithoutTheAdminOrSocialManagerRoleAreRefusedAltogether() {
        try (var writer = SignedIn.as(users, PeopleTeam.WRITER_ALPHA)) {
            assertThatThrownBy(() -> people.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.manageableBrands()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobodyDeactivatesThemselvesNorTakesAwayTheirOwnAdminRole() {
        try (var admin = SignedIn.as(users, "admin")) {
            assertThatThrownBy(() -> accounts.deactivate("admin")).isInstanceOf(InvalidInput.class)
                    .hasMessage("You cannot deactivate yourself");
            PersonSummary me = people.list().stream().filter(p -> p.userId().equals("admin")).findFirst()
                    .orElseThrow();
            assertThatThrownBy(() -> people.update(new PersonForm("admin", me.firstName(), me.lastName(), me.email(),
                    Set.of(Role.COPYWRITER), me.brandIds()))).isInstanceOf(InvalidInput.class);
        }
        assertThat(users.isActive("admin")).isTrue();
        assertThat(users.load("admin").orElseThrow().groups()).contains("admin");
    }

    private java.util.List<AdminChange> personChanges() {
        return events.stream(AdminChange.class).filter(change -> change.area().equals("person")).toList();
    }
}
