package io.engineroom.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import io.engineroom.notification.webhook.WebhookSubscription;
import io.engineroom.notification.webhook.WebhookSubscriptions;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A brand's event webhooks: subscribe an address to chosen events (its signing secret shown once), rotate the
 * secret, deactivate, and read each subscription's delivery log with Re-send. For admins (every brand) and social
 * media managers (their brands); the service checks every action again, so this screen's choices are no guard.
 */
@Route("admin/webhooks")
@PageTitle("Webhooks · Engine Room")
@Menu(title = "Webhooks", order = 84)
@RolesAllowed({Roles.ADMIN, Roles.SOCIAL_MANAGER})
public class WebhooksView extends VerticalLayout {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Button add = new Button("Subscribe");
    final Button rotate = new Button("Rotate secret");
    final Button deactivate = new Button("Deactivate");
    final Grid<WebhookSubscription> grid = new Grid<>();
    final WebhookDeliveriesPanel log;
    private final WebhookSubscriptions subscriptions;

    public WebhooksView(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.log = new WebhookDeliveriesPanel(subscriptions);
        Paragraph about = new Paragraph("Other tools hear of a brand's events here: each chosen event is POSTed as "
                + "signed JSON to the address, retried with growing pauses when the receiver is away, and given up "
                + "after several attempts. Every delivery is in the log below its subscription and can be sent "
                + "again.");
        about.addClassName("er-intro");
        brand.setId("webhook-brand");
        List<BrandSummary> mine = subscriptions.manageableBrands();
        brand.setItems(mine);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> refresh(null));
        add.setId("webhook-add");
        add.addClickListener(click -> new WebhookDialog(brand.getValue().name(), brand.getValue().id(),
                subscriptions, added -> {
                    Notices.success("Subscribed " + added.subscription().url());
                    refresh(added.subscription());
                    new WebhookSecretDialog("Signing secret for " + added.subscription().url(), added.secret())
                            .open();
                }).open());
        rotate.setId("webhook-rotate");
        rotate.addClickListener(click -> {
            WebhookSubscriptions.NewSecret rotated = subscriptions.rotateSecret(selected().id());
            refresh(rotated.subscription());
            new WebhookSecretDialog("New signing secret for " + rotated.subscription().url(), rotated.secret())
                    .open();
        });
        deactivate.setId("webhook-deactivate");
        deactivate.addClickListener(click -> {
            WebhookSubscription stopped = subscriptions.deactivate(selected().id());
            Notices.success("Deactivated " + stopped.url() + ": nothing more is sent to it");
            refresh(stopped);
        });
        grid.setId("webhook-grid");
        grid.addColumn(WebhookSubscription::url).setHeader("Address").setFlexGrow(1);
        grid.addColumn(WebhookSubscription::eventNames).setHeader("Events").setFlexGrow(1);
        grid.addColumn(subscription -> subscription.active() ? "active" : "deactivated").setHeader("State");
        grid.addColumn(subscription -> WebhookDeliveriesPanel.time(subscription.createdAt()) + " by "
                + subscription.createdBy()).setHeader("Created").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> selectionChanged(change.getValue()));
        HorizontalLayout top = new HorizontalLayout(brand, add, rotate, deactivate);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Webhooks"), about, top, grid, log);
        if (!mine.isEmpty()) {
            brand.setValue(mine.get(0));
        }
        refresh(null);
    }

    private WebhookSubscription selected() {
        return grid.asSingleSelect().getValue();
    }

    /** The brand's subscriptions as they are now, with this one selected (null: none). */
    private void refresh(WebhookSubscription select) {
        boolean chosen = brand.getValue() != null;
        add.setEnabled(chosen);
        grid.setItems(chosen ? subscriptions.of(brand.getValue().id()) : List.of());
        WebhookSubscription now = select == null ? null : grid.getListDataView().getItems()
                .filter(subscription -> subscription.id() == select.id()).findFirst().orElse(null);
        if (now != null) {
            grid.select(now);
        } else {
            grid.deselectAll();
        }
        selectionChanged(now);
    }

    private void selectionChanged(WebhookSubscription subscription) {
        rotate.setEnabled(subscription != null && subscription.active());
        deactivate.setEnabled(subscription != null && subscription.active());
        log.show(subscription);
    }
}
