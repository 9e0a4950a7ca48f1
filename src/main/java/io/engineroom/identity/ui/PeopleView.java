package io.engineroom.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.identity.BrandOption;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.People;
import io.engineroom.identity.PersonAccounts;
import io.engineroom.identity.PersonSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who works here: admins see everyone, a social manager the people of their own brands (and only those brands).
 * Invite a person (they choose their password with a one-time link), edit their roles and brands, deactivate or
 * reactivate them, or give them a link to choose a new password. Camunda Admin is not needed for any of it.
 */
@Route("admin/people")
@PageTitle("People · Engine Room")
@Menu(title = "People", order = 82)
@RolesAllowed({Roles.ADMIN, Roles.SOCIAL_MANAGER})
public class PeopleView extends VerticalLayout {

    private final People people;
    private final PersonAccounts accounts;
    final Grid<PersonSummary> grid = new Grid<>();
    private final String me;
    private Map<String, String> brandNames = Map.of();

    public PeopleView(People people, PersonAccounts accounts, CurrentUser currentUser) {
        this.people = people;
        this.accounts = accounts;
        this.me = currentUser.require().id();
        Paragraph about = new Paragraph("Invite people, give them roles and brands, and deactivate them when they "
                + "leave: their claimed tasks go back to their groups. A social manager manages the people of "
                + "their own brands; only an admin grants the admin and auditor roles. A role applies in every "
                + "brand the person belongs to.");
        about.addClassName("er-intro");
        Button invite = new Button("Invite a person", click -> invite());
        invite.setId("person-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("people-grid");
        grid.addColumn(PersonSummary::userId).setHeader("User id").setAutoWidth(true).setKey("userId");
        grid.addColumn(PersonSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(PersonSummary::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(person -> person.roles().stream().sorted().map(Role::displayName)
                .collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(1).setKey("roles");
        grid.addColumn(this::brands).setHeader("Brands").setFlexGrow(1).setKey("brands");
        grid.addColumn(person -> person.active() ? "Active" : "Deactivated").setHeader("Status")
                .setAutoWidth(true).setKey("status");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setKey("actions");
        grid.setAllRowsVisible(true);
        add(new H2("People"), about, invite, grid);
        refresh();
    }

    private String brands(PersonSummary person) {
        String shown = person.brandIds().stream().map(id -> brandNames.getOrDefault(id, id)).sorted()
                .collect(Collectors.joining(", "));
        return person.elsewhere() ? (shown.isEmpty() ? "" : shown + ", ") + "and others" : shown;
    }

    private HorizontalLayout actions(PersonSummary person) {
        Button edit = small("Edit", "person-edit-" + person.userId(), () -> edit(person));
        HorizontalLayout actions = new HorizontalLayout(edit);
        // one's own account: the profile page changes the password, and nobody deactivates themselves
        if (person.mayChangeAccount() && !person.userId().equals(me)) {
            if (person.active()) {
                actions.add(small("Reset password", "person-reset-" + person.userId(),
                        () -> act(() -> accounts.resetPassword(person.userId()), link -> new LinkShownOnce(link)
                                .open())));
                actions.add(small("Deactivate", "person-deactivate-" + person.userId(), () -> confirmDeactivate(
                        person)));
            } else {
                actions.add(small("Reactivate", "person-reactivate-" + person.userId(), () -> act(() -> {
                    accounts.reactivate(person.userId());
                    return person;
                }, done -> Notices.success(person.userId() + " can sign in again"))));
            }
        }
        return actions;
    }

    private void confirmDeactivate(PersonSummary person) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Deactivate " + person.displayName() + "?");
        confirm.add(new Paragraph("They can no longer sign in. Tasks they have claimed go back to their groups and "
                + "the brands' social managers are told. Their history stays."));
        Button yes = new Button("Deactivate", click -> {
            confirm.close();
            act(() -> accounts.deactivate(person.userId()), released -> Notices.success(person.userId()
                    + " is deactivated; " + released.size() + " claimed task(s) went back to their groups"));
        });
        yes.setId("person-deactivate-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), yes);
        confirm.open();
    }

    private void invite() {
        new PersonDialog<>(null, people.grantableRoles(), people.manageableBrands(), people::invite, link -> {
            refresh();
            new LinkShownOnce(link).open();
        }).open();
    }

    private void edit(PersonSummary person) {
        new PersonDialog<>(person, people.grantableRoles(), people.manageableBrands(), people::update, saved -> {
            refresh();
            Notices.success("Saved " + saved.userId());
        }).open();
    }

    /** Runs an account action; a refusal is shown and changes nothing. */
    private <T> void act(Supplier<T> action, Consumer<T> done) {
        T result;
        try {
            result = action.get();
        } catch (InvalidInput | AccessDeniedException refused) {
            Notices.error(refused.getMessage());
            return;
        }
        refresh();
        done.accept(result);
    }

    private static Button small(String text, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        List<BrandOption> brands = people.manageableBrands();
        brandNames = brands.stream().collect(Collectors.toMap(BrandOption::id, BrandOption::name));
        grid.setItems(people.list());
    }
}
