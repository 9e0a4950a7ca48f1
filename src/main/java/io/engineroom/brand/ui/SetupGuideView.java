package io.engineroom.brand.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The setup guide a new team follows after its first admin signs in: create the first brand, connect a channel,
 * invite people, done. Each step's state is read anew whenever the guide opens, and each button leads to the
 * screen that does the step, so the guide is also the way back to them later.
 */
@Route(SetupGuideView.ROUTE)
@PageTitle("Setup guide · Engine Room")
@Menu(title = "Setup guide", order = 79)
@RolesAllowed(Roles.ADMIN)
public class SetupGuideView extends VerticalLayout {

    static final String ROUTE = "admin/setup";

    final SetupStep brand;
    final SetupStep channel;
    final SetupStep people;
    final SetupStep done;

    public SetupGuideView(SetupProgress progress) {
        SetupProgress.State state = progress.state();
        Paragraph about = new Paragraph("Four steps set Engine Room up for your team. Each opens the screen that "
                + "does it; come back here (Administration → Setup guide) to see what is left.");
        about.addClassName("er-intro");
        brand = new SetupStep("brand", 1, "Create the first brand",
                "A brand is one client or product line with its own channels, people, time zone and business hours. "
                        + "Everything in Engine Room belongs to a brand.",
                state.brand(), "Brands", "admin/brands");
        channel = new SetupStep("channel", 2, "Connect a channel",
                "A channel is one account on one platform: Mastodon through its API, your own endpoint by webhook, "
                        + "or any other posted to by hand. Issue its ingestion credentials to receive comments and "
                        + "messages.",
                state.channel(), "Channels", "admin/channels");
        people = new SetupStep("people", 3, "Invite people",
                "Invite your team: each person gets roles (copywriter, reviewer, community manager, ...) and the "
                        + "brands they work on.",
                state.people(), "People", "admin/people");
        done = new SetupStep("done", 4, "Done",
                state.done() ? "Your team is set up: work arrives in each person's My work."
                        : "When the steps above are done, work arrives in each person's My work.",
                state.done(), "My work", "");
        add(new H2("Set up Engine Room"), about, brand, channel, people, done);
    }
}
