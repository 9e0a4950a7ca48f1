package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.identity.PeopleTeam.ALPHA;
import static io.engineroom.identity.PeopleTeam.BETA;
import static io.engineroom.identity.PeopleTeam.MANAGER_ALPHA;
import static io.engineroom.identity.PeopleTeam.WRITER_ALPHA;
import static io.engineroom.identity.PeopleTeam.WRITER_BETA;
import static io.engineroom.identity.PeopleTeam.WRITER_BOTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.AdminChange;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.BrandOption;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.PeopleTeam;
import io.engineroom.identity.PersonSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The People screen: an admin invites a person and the link is shown once; bad input is refused next to its field
 * with nothing written; a social manager sees and offers only their own brand's people, brands and roles.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class PeopleUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ApplicationEvents events;

    UiSession session;

    @BeforeEach
    void team() {
        PeopleTeam.ensure(users, brands);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAdminInvitesAPersonWithRolesAndBrandsAndSeesTheLinkOnce() {
        String id = "ppl-new-" + UUID.randomUUID().toString().substring(0, 8);
        open("admin");
        _click(_get(Button.class, spec -> spec.withId("person-invite")));
        fill(id, "Wanda", "Writer", id + "@example.com");
        _setValue(roles(), Set.of(Role.COPYWRITER, Role.DESIGNER));
        _setValue(brandBoxes(), Set.of(brand(ALPHA)));
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        String link = _get(TextField.class, spec -> spec.withId("person-link")).getValue();
        assertThat(link).startsWith("https://engine-room.example/invitation/").hasSizeGreaterThan(60);
        EngineRoomUser created = users.load(id).orElseThrow();
        assertThat(created.groups()).containsExactlyInAnyOrder("copywriter", "designer");
        assertThat(created.brands()).containsExactly(ALPHA);
        assertThat(created.displayName()).isEqualTo("Wanda Writer");
        assertThat(rows()).extracting(PersonSummary::userId).contains(id);
        assertThat(PeopleGrid.button("admin", "deactivate")).as("nobody deactivates themselves").isEmpty();
        AdminChange change = events.stream(AdminChange.class).filter(c -> c.subject().equals(id)).findFirst()
                .orElseThrow();
        assertThat(change.action()).isEqualTo("invited");
        assertThat(change.actor()).isEqualTo("admin");
        assertThat(change.after()).containsEntry("Roles", "Copywriter, Designer").containsEntry("Brands", ALPHA)
                .containsEntry("Invitation link", "(issued)");
        assertThat(change.after().values()).noneMatch(value -> link.endsWith(value) || value.contains("/invitation/"));
    }

    @Test
    void badInputIsShownNextToEachFieldAndNobodyIsCreated() {
        open("admin");
        _click(_get(Button.class, spec -> spec.withId("person-invite")));
        fill("no spaces allowed", "", "Writer", "someone@example.com");
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        assertThat(field("person-user-id").isInvalid()).isTrue();
        assertThat(field("person-user-id").getErrorMessage()).startsWith("A user id has letters, digits");
        assertThat(field("person-first-name").getErrorMessage()).startsWith("A first name is required");
        assertThat(users.exists("no spaces allowed")).isFalse();

        String fresh = "ppl-bad-" + UUID.randomUUID().toString().substring(0, 8);
        fill(fresh, "Someone", "Writer", "not-an-address");
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        assertThat(_get(EmailField.class, spec -> spec.withId("person-email")).isInvalid()).isTrue();
        assertThat(users.exists(fresh)).isFalse();

        fill(WRITER_BETA, "Someone", "Writer", "someone@example.com");
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        assertThat(field("person-user-id").getErrorMessage()).isEqualTo("There is a person '" + WRITER_BETA
                + "' already");
        assertThat(users.load(WRITER_BETA).orElseThrow().displayName()).isEqualTo(WRITER_BETA + " (test)");
        assertThat(events.stream(AdminChange.class).filter(c -> c.area().equals("person"))).isEmpty();
    }

    @Test
    void aSocialManagerSeesOnlyTheirBrandsPeopleAndIsOfferedNeitherAdminNorAuditorNorOtherBrands() {
        open(MANAGER_ALPHA);

        assertThat(rows()).extracting(PersonSummary::userId).contains(WRITER_ALPHA, WRITER_BOTH)
                .doesNotContain(WRITER_BETA, "admin", "copywriter");
        PersonSummary both = rows().stream().filter(p -> p.userId().equals(WRITER_BOTH)).findFirst().orElseThrow();
        assertThat(both.brandIds()).containsExactly(ALPHA);
        assertThat(both.elsewhere()).isTrue();
        assertThat(both.mayChangeAccount()).isFalse();
        assertThat(PeopleGrid.button(WRITER_BOTH, "deactivate")).isEmpty();
        assertThat(PeopleGrid.button(WRITER_BOTH, "reset")).isEmpty();
        assertThat(PeopleGrid.button(WRITER_ALPHA, "deactivate")).isPresent();

        _click(_get(Button.class, spec -> spec.withId("person-invite")));
        assertThat(roles().getListDataView().getItems().toList()).contains(Role.COPYWRITER, Role.SOCIAL_MANAGER)
                .doesNotContain(Role.ADMIN, Role.AUDITOR);
        assertThat(brandBoxes().getListDataView().getItems().map(BrandOption::id).toList()).containsExactly(ALPHA);
    }

    @Test
    void aSocialManagerChangesOnlyTheirOwnBrandsMembershipAndTheOtherBrandStays() {
        String person = PeopleTeam.fresh(users, brands, "ppl-two", Role.DESIGNER, ALPHA, BETA);
        open(MANAGER_ALPHA);
        _click(PeopleGrid.button(person, "edit").orElseThrow());

        assertThat(roles().getItemEnabledProvider().test(Role.DESIGNER)).as("roles reach into brand beta").isFalse();
        assertThat(field("person-first-name").isReadOnly()).isTrue();
        _setValue(brandBoxes(), Set.of());
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        assertThat(users.load(person).orElseThrow().brands()).containsExactly(BETA);
        assertThat(rows()).extracting(PersonSummary::userId).doesNotContain(person);
        AdminChange change = events.stream(AdminChange.class).filter(c -> c.subject().equals(person)).findFirst()
                .orElseThrow();
        assertThat(change.action()).isEqualTo("brands changed");
        assertThat(change.before()).containsEntry("Brands", ALPHA + ", " + BETA);
        assertThat(change.after()).containsEntry("Brands", BETA);
    }

    @Test
    void anAdminChangesRolesAndTheChangeIsRecordedWithBeforeAndAfter() {
        String person = PeopleTeam.fresh(users, brands, "ppl-roles", Role.COPYWRITER, ALPHA);
        open("admin");
        _click(PeopleGrid.button(person, "edit").orElseThrow());
        _setValue(roles(), Set.of(Role.COPYWRITER, Role.AUDITOR));
        _click(_get(Button.class, spec -> spec.withId("person-save")));

        assertThat(users.load(person).orElseThrow().groups()).containsExactlyInAnyOrder("copywriter", "auditor");
        AdminChange change = events.stream(AdminChange.class).filter(c -> c.subject().equals(person)).findFirst()
                .orElseThrow();
        assertThat(change.action()).isEqualTo("roles changed");
        assertThat(change.before()).containsEntry("Roles", "Copywriter");
        assertThat(change.after()).containsEntry("Roles", "Copywriter, Auditor");
    }

    @Test
    void aResetIssuesALinkShownOnceAndRecordsNoSecret() {
        String person = PeopleTeam.fresh(users, brands, "ppl-reset", Role.COPYWRITER, ALPHA);
        open(MANAGER_ALPHA);
        _click(PeopleGrid.button(person, "reset").orElseThrow());

        String link = _get(TextField.class, spec -> spec.withId("person-link")).getValue();
        assertThat(link).startsWith("https://engine-room.example/password-reset/");
        AdminChange change = events.stream(AdminChange.class).filter(c -> c.subject().equals(person)).findFirst()
                .orElseThrow();
        assertThat(change.action()).isEqualTo("password reset");
        assertThat(change.after()).containsEntry("Password reset link", "(issued)");
    }

    private void open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(PeopleView.class);
    }

    private void fill(String userId, String first, String last, String email) {
        _setValue(field("person-user-id"), userId);
        _setValue(field("person-first-name"), first);
        _setValue(field("person-last-name"), last);
        _setValue(_get(EmailField.class, spec -> spec.withId("person-email")), email);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<BrandOption> brandBoxes() {
        return _get(CheckboxGroup.class, spec -> spec.withId("person-brands"));
    }

    private static BrandOption brand(String id) {
        return brandBoxes().getListDataView().getItems().filter(brand -> brand.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<PersonSummary> rows() {
        Grid<PersonSummary> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        return grid.getGenericDataView().getItems().toList();
    }
}
