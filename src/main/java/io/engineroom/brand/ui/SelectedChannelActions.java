package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelChecks;
import io.engineroom.brand.ChannelChecks.MastodonAccountCheck;
import io.engineroom.brand.ChannelChecks.TestEventAnswer;
import io.engineroom.brand.ChannelCredentials;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What can be done to the channel chosen in the grid: main flag, disable or enable, test its connection (a
 * Mastodon or platform account read, a webhook test event), connect a platform account again, and its intake
 * credentials. Each action reports the channel as it is
 * afterwards, so the grid shows the change.
 */
class SelectedChannelActions extends HorizontalLayout {

    final Button main = new Button();
    final Button enabled = new Button();
    final Button test = new Button();
    final Button reconnect = new Button("Connect again");
    final Button credentialsButton = new Button("Intake credentials");
    final Span answer = new Span();
    private final ChannelService channels;
    private final Optional<ChannelChecks> checks;
    private final Optional<ChannelCredentials> credentials;
    private final Optional<ChannelAccounts> accounts;
    private final Optional<PlatformConnect> connect;
    private final Consumer<ChannelSummary> changed;
    private ChannelSummary channel;

    SelectedChannelActions(ChannelService channels, Optional<ChannelChecks> checks,
            Optional<ChannelCredentials> credentials, Optional<ChannelAccounts> accounts,
            Optional<PlatformConnect> connect, Consumer<ChannelSummary> changed) {
        this.channels = channels;
        this.checks = checks;
        this.credentials = credentials;
        this.accounts = accounts;
        this.connect = connect;
        this.changed = changed;
        main.setId("channel-main");
        main.addClickListener(click -> changed.accept(channels.setMain(channel.id(), !channel.mainChannel())));
        enabled.setId("channel-enabled");
        enabled.addClickListener(click -> changed.accept(channels.setEnabled(channel.id(), !channel.enabled())));
        test.setId("channel-test");
        test.addClickListener(click -> test());
        reconnect.setId("channel-reconnect");
        reconnect.addClickListener(click -> connect.ifPresent(platforms -> platforms.connect(channel.connector(),
                channel.handle())));
        credentialsButton.setId("channel-credentials");
        credentialsButton.addClickListener(click -> credentials.ifPresent(intake -> new CredentialsDialog(channel,
                intake, () -> changed.accept(channel)).open()));
        credentialsButton.setVisible(credentials.isPresent());
        answer.setId("channel-test-answer");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(main, enabled, test, reconnect, credentialsButton, answer);
        show(null);
    }

    void show(ChannelSummary selected) {
        boolean changedChannel = channel == null || selected == null || channel.id() != selected.id();
        this.channel = selected;
        setVisible(selected != null);
        if (changedChannel) {
            answer.setText("");
        }
        if (selected == null) {
            return;
        }
        main.setText(selected.mainChannel() ? "Not a main channel" : "Make main channel");
        enabled.setText(selected.enabled() ? "Disable" : "Enable");
        test.setText(selected.connector() == Connector.WEBHOOK ? "Send test event" : "Test connection");
        boolean platformAccount = selected.connector().platformAccount();
        test.setVisible(platformAccount ? accounts.isPresent()
                : checks.isPresent() && selected.connector() != Connector.MANUAL);
        reconnect.setVisible(platformAccount && connect.map(platforms -> platforms.offered(selected.connector()))
                .orElse(false));
    }

    private void test() {
        if (channel.connector().platformAccount()) {
            ChannelAccounts.AccountTest read = accounts.orElseThrow().test(channel.id());
            changed.accept(channel); // a refused token shows in the grid at once (this empties the answer)
            answer.setText(read.text());
            return;
        }
        ChannelChecks with = checks.orElseThrow();
        if (channel.connector() == Connector.WEBHOOK) {
            TestEventAnswer sent = with.sendTestEvent(channel.id());
            answer.setText(sent.status() == null ? "Not delivered: " + sent.problem()
                    : "Answered HTTP " + sent.status() + (sent.body() == null || sent.body().isEmpty() ? ""
                            : ": " + sent.body()));
        } else {
            MastodonAccountCheck read = with.mastodonAccount(channel.id());
            answer.setText(read.ok() ? "Connected to " + read.describe() : "Not connected: " + read.problem());
        }
    }
}
