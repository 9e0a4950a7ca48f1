package io.engineroom.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import io.engineroom.base.InvalidInput;
import io.engineroom.identity.AccountLinks;
import io.engineroom.identity.LinkStatus;

/**
 * The page a one-time link opens, without signing in (the token is the proof): choose a password, then sign in
 * with it. A used, replaced, expired or unknown link says so and offers nothing else.
 */
abstract class ChoosePasswordPage extends VerticalLayout implements HasUrlParameter<String> {

    private final AccountLinks links;
    private final String heading;
    final Paragraph state = new Paragraph();
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat the password");
    final Button save = new Button("Set password");
    final Anchor signIn = new Anchor("login", "Sign in");
    private String token;
    private String userId;

    ChoosePasswordPage(AccountLinks links, String heading) {
        this.links = links;
        this.heading = heading;
        setAlignItems(Alignment.CENTER);
        state.setId("link-state");
        password.setId("link-password");
        password.setHelperText("10 or more characters with upper and lower case letters, a digit and a special "
                + "character such as ! or -");
        password.setWidth("24rem");
        repeat.setId("link-password-repeat");
        repeat.setWidth("24rem");
        save.setId("link-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        signIn.setId("link-sign-in");
        signIn.setRouterIgnore(true); // the login page is Spring Security's form: a full page load
        add(new H1("Engine Room"), state, password, repeat, save, signIn);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        LinkStatus status = links.check(token);
        userId = status.userId();
        show(status);
    }

    private void show(LinkStatus status) {
        boolean open = status.open();
        password.setVisible(open);
        repeat.setVisible(open);
        save.setVisible(open);
        signIn.setVisible(!open);
        state.setText(switch (status.state()) {
            case OPEN -> heading + " Your user id is " + status.userId() + ".";
            case USED -> "This link was used already. Sign in, or ask for a new link.";
            case EXPIRED -> "This link has expired. Ask whoever sent it for a new one.";
            case UNKNOWN -> "This link is not known. Check that it was copied whole.";
        });
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ");
            repeat.setInvalid(true);
            return;
        }
        try {
            links.redeem(token, password.getValue());
        } catch (InvalidInput refused) {
            if (refused.problems().containsKey("password")) {
                password.setErrorMessage(refused.problems().get("password"));
                password.setInvalid(true);
            } else {
                show(links.check(token));
            }
            return;
        }
        password.setVisible(false);
        repeat.setVisible(false);
        save.setVisible(false);
        signIn.setVisible(true);
        state.setText("Your password is set. Sign in as " + userId + " with it.");
    }
}
