package io.engineroom.identity.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.engineroom.identity.AccountLinks;

/** An invitation link: the invited person chooses their first password. */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Invitation · Engine Room")
@AnonymousAllowed
public class InvitationView extends ChoosePasswordPage {

    public InvitationView(AccountLinks links) {
        super(links, "Welcome to Engine Room: choose your password.");
    }
}
