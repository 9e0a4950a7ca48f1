package io.engineroom.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.identity.MyProfile;
import io.engineroom.identity.ProfileForm;
import jakarta.annotation.security.PermitAll;

/**
 * A person's own page: their name, e-mail and where notices go, and their password (the current one is asked
 * for). Everyone signed in has one.
 */
@Route("profile")
@PageTitle("My profile · Engine Room")
@Menu(title = "My profile", order = 90)
@PermitAll
public class ProfileView extends VerticalLayout {

    private final MyProfile profile;
    private final Binder<ProfileForm> binder = new Binder<>(ProfileForm.class);
    private final Binder<PasswordChange> passwordBinder = new Binder<>(PasswordChange.class);
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("E-mail");
    final EmailField notificationAddress = new EmailField("Send my notices to");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat the new password");

    /** The password form; field names as {@link MyProfile#changePassword} names its problems. */
    public record PasswordChange(String currentPassword, String newPassword, String repeatPassword) {
    }

    public ProfileView(MyProfile profile) {
        this.profile = profile;
        firstName.setId("profile-first-name");
        lastName.setId("profile-last-name");
        email.setId("profile-email");
        notificationAddress.setId("profile-notification-address");
        notificationAddress.setHelperText("Empty: to your e-mail");
        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(email).bind("email");
        binder.forField(notificationAddress).bind("notificationAddress");
        binder.readRecord(profile.mine());
        Button save = new Button("Save", click -> save());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        currentPassword.setId("profile-current-password");
        newPassword.setId("profile-new-password");
        newPassword.setHelperText("10 or more characters with upper and lower case letters, a digit and a special "
                + "character such as ! or -");
        repeatPassword.setId("profile-repeat-password");
        passwordBinder.forField(currentPassword).bind("currentPassword");
        passwordBinder.forField(newPassword).bind("newPassword");
        passwordBinder.forField(repeatPassword)
                .withValidator(repeat -> repeat.equals(newPassword.getValue()), "The two passwords differ")
                .bind("repeatPassword");
        passwordBinder.readRecord(new PasswordChange("", "", ""));
        Button change = new Button("Change password", click -> changePassword());
        change.setId("profile-password-save");

        add(new H2("My profile"), new FormLayout(firstName, lastName, email, notificationAddress), save,
                new H3("Password"), new FormLayout(currentPassword, newPassword, repeatPassword), change);
    }

    private void save() {
        ProfileForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            profile.update(form);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
            return;
        }
        Notices.success("Saved");
    }

    private void changePassword() {
        PasswordChange form;
        try {
            form = passwordBinder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            profile.changePassword(form.currentPassword(), form.newPassword());
        } catch (InvalidInput refused) {
            FormProblems.show(passwordBinder, refused);
            return;
        }
        passwordBinder.readRecord(new PasswordChange("", "", ""));
        Notices.success("Your password is changed");
    }
}
