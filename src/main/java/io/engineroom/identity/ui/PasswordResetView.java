package io.engineroom.identity.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.engineroom.identity.AccountLinks;

/** A password reset link: the person chooses a new password; the old one works until then. */
@Route(value = "password-reset", autoLayout = false)
@PageTitle("New password · Engine Room")
@AnonymousAllowed
public class PasswordResetView extends ChoosePasswordPage {

    public PasswordResetView(AccountLinks links) {
        super(links, "Choose a new password.");
    }
}
