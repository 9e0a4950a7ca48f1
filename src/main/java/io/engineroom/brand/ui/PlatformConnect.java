package io.engineroom.brand.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelAccounts.AccountWay;
import io.engineroom.brand.ChannelAccounts.Way;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Connect Bluesky / X / LinkedIn / Facebook Page / Instagram" on the Channels screen: Bluesky opens its sign-in
 * dialog, the others send the browser to the platform (OAuth 2.0), which sends it back to the Channels screen. A
 * platform whose app the team has not registered yet is not offered; the hint below says what to set.
 */
class PlatformConnect extends VerticalLayout {

    final Map<Connector, Button> buttons = new EnumMap<>(Connector.class);
    final Paragraph hints = new Paragraph();
    private final ChannelAccounts accounts;
    private final Supplier<String> brandId;
    private final Consumer<ChannelSummary> connected;
    private final List<AccountWay> ways;

    PlatformConnect(ChannelAccounts accounts, Supplier<String> brandId, Consumer<ChannelSummary> connected) {
        this.accounts = accounts;
        this.brandId = brandId;
        this.connected = connected;
        this.ways = accounts.ways();
        setPadding(false);
        setSpacing(false);
        HorizontalLayout row = new HorizontalLayout();
        StringBuilder notSetUp = new StringBuilder();
        for (AccountWay way : ways) {
            Button button = new Button(way.label());
            button.setId("channel-connect-" + way.connector().name().toLowerCase(Locale.ROOT));
            button.addClickListener(click -> connect(way.connector(), null));
            buttons.put(way.connector(), button);
            row.add(button);
            if (way.hint() != null) {
                button.setTooltipText(way.hint());
                notSetUp.append(notSetUp.isEmpty() ? "" : " ").append(way.hint());
            }
        }
        hints.setId("channel-connect-hints");
        hints.addClassName("er-hint");
        hints.setText(notSetUp.toString());
        hints.setVisible(!notSetUp.isEmpty());
        add(row, hints);
    }

    /** Enables the platforms that can be connected now, once a brand is chosen. */
    void brandChosen(boolean chosen) {
        for (AccountWay way : ways) {
            buttons.get(way.connector()).setEnabled(chosen && offered(way.connector()));
        }
    }

    boolean offered(Connector connector) {
        return ways.stream().anyMatch(way -> way.connector() == connector
                && (way.way() == Way.SIGN_IN || way.way() == Way.OAUTH));
    }

    /**
     * Connects the platform's account: a new channel, or (with the channel's handle) the same account again, which
     * the service recognises by its account id.
     */
    void connect(Connector connector, String knownHandle) {
        AccountWay way = ways.stream().filter(candidate -> candidate.connector() == connector).findFirst()
                .orElse(null);
        if (way == null || way.way() == Way.NOT_SET_UP || way.way() == Way.UNAVAILABLE) {
            Notices.error(way == null ? connector + " cannot be connected here" : way.hint());
            return;
        }
        if (way.way() == Way.SIGN_IN) {
            new BlueskySignInDialog(brandId.get(), accounts, knownHandle, connected).open();
            return;
        }
        if (ChannelAccounts.choosesPage(connector)) {
            new PageChoiceDialog(brandId.get(), connector, accounts).open();
            return;
        }
        try {
            URI authorize = accounts.startConnection(brandId.get(), connector, false);
            UI.getCurrent().getPage().setLocation(authorize);
        } catch (InvalidInput refused) {
            Notices.error(String.join("; ", refused.problems().values()));
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }
}
