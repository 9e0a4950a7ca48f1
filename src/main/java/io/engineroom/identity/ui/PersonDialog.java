package io.engineroom.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.identity.BrandOption;
import io.engineroom.identity.PersonForm;
import io.engineroom.identity.PersonSummary;
import io.engineroom.identity.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Inviting a person, or editing one: name, e-mail, roles and brands as checkboxes. It offers only what the asker
 * may grant (the service checks again); roles an admin keeps to themselves stay as they are when a social manager
 * saves. Problems the service finds show next to their fields and nothing is saved.
 */
class PersonDialog<T> extends Dialog {

    private final Binder<PersonForm> binder = new Binder<>(PersonForm.class);
    private final Fields fields;

    /** The form itself, apart from the dialog around it. */
    static class Fields extends Composite<FormLayout> {
        final TextField userId = new TextField("User id");
        final TextField firstName = new TextField("First name");
        final TextField lastName = new TextField("Last name");
        final EmailField email = new EmailField("E-mail");
        final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        final CheckboxGroup<BrandOption> brands = new CheckboxGroup<>("Brands");

        Fields() {
            userId.setId("person-user-id");
            userId.setHelperText("What they sign in with: letters, digits and hyphens");
            firstName.setId("person-first-name");
            lastName.setId("person-last-name");
            email.setId("person-email");
            roles.setId("person-roles");
            roles.setItemLabelGenerator(Role::displayName);
            brands.setId("person-brands");
            brands.setItemLabelGenerator(BrandOption::name);
            getContent().add(userId, firstName, lastName, email, roles, brands);
            getContent().setColspan(roles, 2);
            getContent().setColspan(brands, 2);
        }
    }

    /**
     * @param editing   the person edited, or null to invite one
     * @param grantable the roles the asker may grant
     * @param brands    the brands the asker manages
     * @param save      the service call; its exceptions are shown here
     */
    PersonDialog(PersonSummary editing, Set<Role> grantable, List<BrandOption> brands,
            Function<PersonForm, T> save, Consumer<T> saved) {
        fields = new Fields();
        setHeaderTitle(editing == null ? "Invite a person" : "Edit " + editing.displayName());
        setWidth("44rem");
        boolean mayChangeAccount = editing == null || editing.mayChangeAccount();
        // roles the asker may not grant are shown only when the person holds them, and never changeable
        Set<Role> shownRoles = EnumSet.copyOf(grantable);
        if (editing != null) {
            shownRoles.addAll(editing.roles());
        }
        fields.roles.setItems(Arrays.stream(Role.values()).filter(shownRoles::contains).toList());
        fields.roles.setItemEnabledProvider(role -> mayChangeAccount && grantable.contains(role));
        fields.brands.setItems(brands);
        fields.userId.setReadOnly(editing != null);
        fields.firstName.setReadOnly(!mayChangeAccount);
        fields.lastName.setReadOnly(!mayChangeAccount);
        fields.email.setReadOnly(!mayChangeAccount);
        binder.forField(fields.userId).bind("userId");
        binder.forField(fields.firstName).bind("firstName");
        binder.forField(fields.lastName).bind("lastName");
        binder.forField(fields.email).bind("email");
        binder.forField(fields.roles).bind("roles");
        binder.forField(fields.brands)
                .withConverter((Set<BrandOption> chosen) -> chosen.stream().map(BrandOption::id)
                                .collect(Collectors.toSet()),
                        (Set<String> ids) -> brands.stream().filter(brand -> ids.contains(brand.id()))
                                .collect(Collectors.toSet()))
                .bind("brandIds");
        binder.readRecord(editing == null ? new PersonForm("", "", "", "", Set.of(), Set.of()) : editing.form());
        if (editing != null && editing.elsewhere()) {
            fields.brands.setHelperText("Also in brands you do not manage: those stay as they are");
        }
        add(fields);
        Button saveButton = new Button(editing == null ? "Invite" : "Save", click -> save(save, saved));
        saveButton.setId("person-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("person-cancel");
        getFooter().add(cancel, saveButton);
    }

    Fields fields() {
        return fields;
    }

    private void save(Function<PersonForm, T> save, Consumer<T> saved) {
        PersonForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        T result;
        try {
            result = save.apply(form);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
            return;
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
            return;
        }
        close();
        saved.accept(result);
    }
}
