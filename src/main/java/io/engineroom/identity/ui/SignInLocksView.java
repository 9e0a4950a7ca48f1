package io.engineroom.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.identity.Roles;
import io.engineroom.identity.signin.SignInThrottle;
import io.engineroom.identity.signin.SignInThrottle.ThrottledAccount;
import io.engineroom.identity.signin.SignInUnlock;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Accounts with failed sign-ins, for an admin to unlock one whose owner is waiting out a delay someone else caused
 * (or they caused themselves). Unlocking clears the delay; it does not change the password.
 */
@Route("admin/sign-ins")
@PageTitle("Sign-in locks · Engine Room")
@Menu(title = "Sign-in locks", order = 71)
@RolesAllowed(Roles.ADMIN)
public class SignInLocksView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss");

    private final SignInUnlock unlock;
    private final Clock clock;
    final Grid<ThrottledAccount> accounts = new Grid<>();
    final Span done = new Span();

    public SignInLocksView(SignInUnlock unlock, Clock clock) {
        this.unlock = unlock;
        this.clock = clock;
        Paragraph about = new Paragraph("Accounts with wrong passwords in the last hour. After "
                + SignInThrottle.ACCOUNT_FREE_FAILURES + " in a row an account waits 1 s, then 2 s, 4 s and so on "
                + "(at most 15 minutes) before each next try, except from addresses where it signed in before; a "
                + "right password or Unlock starts it over. Nobody is locked out for good.");
        about.addClassName("er-intro");
        accounts.setId("sign-in-locks");
        accounts.addColumn(ThrottledAccount::userId).setHeader("Account").setAutoWidth(true);
        accounts.addColumn(ThrottledAccount::failures).setHeader("Wrong passwords").setAutoWidth(true);
        accounts.addColumn(account -> TIME.format(account.lastFailure().atZone(ZoneId.systemDefault())))
                .setHeader("Last").setAutoWidth(true);
        accounts.addColumn(this::waiting).setHeader("Waits").setAutoWidth(true);
        accounts.addComponentColumn(account -> {
            Button button = new Button("Unlock", click -> unlock(account.userId()));
            button.setId("unlock-" + account.userId());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return button;
        }).setKey("unlock");
        accounts.setAllRowsVisible(true);
        done.setId("sign-in-unlocked");
        add(new H2("Sign-in locks"), about, done, accounts);
        refresh();
    }

    private String waiting(ThrottledAccount account) {
        return account.blockedUntil()
                .map(until -> Duration.between(clock.instant(), until).toSeconds() + 1 + " s more")
                .orElse("—");
    }

    private void unlock(String userId) {
        unlock.unlock(userId);
        done.setText(userId + " can sign in again");
        refresh();
    }

    private void refresh() {
        accounts.setItems(unlock.accounts());
    }
}
