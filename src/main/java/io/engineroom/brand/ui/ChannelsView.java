package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelChecks;
import io.engineroom.brand.ChannelCredentials;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.TokenState;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A brand's channels: connect a Mastodon account, a webhook or a channel posted to by hand, choose the main
 * channels, disable one, test connections and manage the intake credentials. For admins and the brand's social
 * managers; a social manager sees only their own brands, and every action is checked again by the services.
 *
 * <p>The connection checks, platform accounts and the credentials belong to other modules (publishing, inbox),
 * which the brand module does not depend on: they implement {@link ChannelChecks}, {@link ChannelAccounts} and
 * {@link ChannelCredentials}, and this screen offers them when their beans exist. A platform's OAuth callback
 * lands here ({@code ?brand=&connection=} or {@code &refused=}) and the outcome is shown.
 */
@Route("admin/channels")
@PageTitle("Channels · Engine Room")
@Menu(title = "Channels", order = 81)
@RolesAllowed({Roles.ADMIN, Roles.SOCIAL_MANAGER})
public class ChannelsView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Button addMastodon = new Button("Add Mastodon");
    final Button addWebhook = new Button("Add webhook");
    final Button addManual = new Button("Add by hand");
    final Grid<ChannelSummary> grid = new Grid<>();
    final SelectedChannelActions actions;
    final Span connectOutcome = new Span();
    final Optional<PlatformConnect> connect;
    private final ChannelService channels;
    private final ChannelTokens tokens;
    private final Optional<ChannelAccounts> accounts;
    private final Optional<ChannelChecks> checks;
    private final Optional<ChannelCredentials> credentials;

    public ChannelsView(BrandService brands, ChannelService channels, ChannelTokens tokens,
            ObjectProvider<ChannelChecks> checks, ObjectProvider<ChannelCredentials> credentials,
            ObjectProvider<ChannelAccounts> accounts) {
        this.channels = channels;
        this.tokens = tokens;
        this.checks = Optional.ofNullable(checks.getIfAvailable());
        this.credentials = Optional.ofNullable(credentials.getIfAvailable());
        this.accounts = Optional.ofNullable(accounts.getIfAvailable());
        this.connect = this.accounts.map(platforms -> new PlatformConnect(platforms, this::brandId, this::added));
        this.actions = new SelectedChannelActions(channels, this.checks, this.credentials, this.accounts,
                this.connect, this::changed);
        Paragraph about = new Paragraph("The accounts a brand posts to and hears from. A disabled channel keeps its "
                + "history but is not offered for new content, not posted to, not polled, and its deliveries are "
                + "refused. Main channels are watched: three days without a post raise a task.");
        about.addClassName("er-intro");
        brand.setId("channel-brand");
        // archived brands get no new channels: their history stays, their work has stopped
        List<BrandSummary> mine = brands.active().stream().filter(b -> channels.mayManage(b.id())).toList();
        brand.setItems(mine);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> refresh());
        addMastodon.setId("channel-add-mastodon");
        addMastodon.addClickListener(click -> new MastodonChannelDialog(brandId(), channels, this.checks,
                this::added).open());
        addWebhook.setId("channel-add-webhook");
        addWebhook.addClickListener(click -> new WebhookChannelDialog(brandId(), channels, added -> {
            added(added.channel());
            new SecretDialog("Signing secret for " + added.channel().label(), "Webhook signing secret",
                    added.signingSecret()).open();
        }).open());
        addManual.setId("channel-add-manual");
        addManual.addClickListener(click -> new ManualChannelDialog(brandId(), channels, this::added).open());
        grid.setId("channel-grid");
        grid.addColumn(channel -> channel.platform().displayName()).setHeader("Platform").setAutoWidth(true);
        grid.addColumn(ChannelSummary::handle).setHeader("Handle").setAutoWidth(true);
        grid.addColumn(channel -> channel.connector().name().toLowerCase()).setHeader("Connector");
        grid.addColumn(channel -> channel.mainChannel() ? "main" : "").setHeader("Main");
        grid.addColumn(channel -> channel.enabled() ? "enabled" : "disabled").setHeader("Enabled");
        this.credentials.ifPresent(intake -> grid.addColumn(channel -> CredentialsDialog.describe(
                intake.credentialStatus(channel.id()))).setHeader("Intake credentials").setAutoWidth(true));
        // last, so the columns before it stay where they were
        grid.addColumn(this::accountState).setHeader("Account").setKey("account").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> actions.show(change.getValue()));
        grid.setAllRowsVisible(true);
        HorizontalLayout top = new HorizontalLayout(brand, addMastodon, addWebhook, addManual);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        connectOutcome.setId("channel-connect-outcome");
        add(new H2("Channels"), about, top);
        connect.ifPresent(this::add);
        add(connectOutcome, grid, actions);
        if (!mine.isEmpty()) {
            brand.setValue(mine.get(0));
        }
        refresh();
    }

    private String brandId() {
        return brand.getValue().id();
    }

    private void refresh() {
        boolean chosen = brand.getValue() != null;
        addMastodon.setEnabled(chosen);
        addWebhook.setEnabled(chosen);
        addManual.setEnabled(chosen);
        connect.ifPresent(platforms -> platforms.brandChosen(chosen));
        grid.setItems(chosen ? channels.of(brandId()) : List.of());
        actions.show(null);
    }

    /**
     * A platform's OAuth callback sends the person here: the brand they connected for, and what came of it (kept on
     * the server, shown only to the person who started it) or why the callback was refused.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("brand").flatMap(id -> brand.getListDataView().getItems()
                .filter(candidate -> candidate.id().equals(id)).findFirst()).ifPresent(brand::setValue);
        query.getSingleParameter("refused").flatMap(ChannelAccounts.Refusal::fromCode).ifPresent(refusal -> {
            connectOutcome.setText(refusal.message());
            Notices.error(refusal.message());
        });
        accounts.flatMap(platforms -> query.getSingleParameter("connection").flatMap(platforms::outcome))
                .ifPresent(outcome -> {
                    connectOutcome.setText(outcome.message());
                    if (outcome.connected()) {
                        Notices.success(outcome.message());
                        channels.find(outcome.channelId()).ifPresent(grid::select);
                    } else {
                        Notices.error(outcome.message());
                    }
                });
    }

    /** A platform account's state: connected, or what the platform refused (a person must connect it again). */
    private String accountState(ChannelSummary channel) {
        if (!channel.connector().platformAccount()) {
            return "";
        }
        ChannelTokens.AccountState state = tokens.state(channel.id());
        return state.state() == TokenState.REFUSED ? "Connect again: " + state.problem() : "connected";
    }

    private void added(ChannelSummary channel) {
        Notices.success("Added " + channel.label());
        refresh();
        grid.select(channel);
    }

    /** After an action: the grid shows the channel as it is now, still selected. */
    private void changed(ChannelSummary channel) {
        ChannelSummary now = channels.find(channel.id()).orElse(channel);
        grid.setItems(channels.of(brandId()));
        grid.select(now);
        actions.show(now);
    }
}
