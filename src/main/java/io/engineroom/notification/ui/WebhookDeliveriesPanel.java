package io.engineroom.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.notification.outbox.DeliveryAttempt;
import io.engineroom.notification.outbox.DeliveryStatus;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.webhook.WebhookSubscription;
import io.engineroom.notification.webhook.WebhookSubscriptions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One subscription's delivery log: each event sent to it with where it stands, its attempts with what the receiver
 * answered, and "Re-send" for a dead or sent one (same event id, so the receiver can tell it had it).
 */
class WebhookDeliveriesPanel extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final H3 title = new H3();
    final Grid<OutboundDelivery> deliveries = new Grid<>();
    final Grid<DeliveryAttempt> attempts = new Grid<>();
    final Button resend = new Button("Re-send");
    final Button reload = new Button("Reload");
    private final WebhookSubscriptions subscriptions;
    private WebhookSubscription shown;

    WebhookDeliveriesPanel(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        setPadding(false);
        title.setId("webhook-log-title");
        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(OutboundDelivery::eventType).setHeader("Event").setAutoWidth(true);
        deliveries.addColumn(delivery -> time(delivery.createdAt())).setHeader("Created").setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.status().name().toLowerCase()).setHeader("Status");
        deliveries.addColumn(delivery -> delivery.attempts() + " of " + delivery.maxAttempts())
                .setHeader("Attempts");
        deliveries.addColumn(delivery -> delivery.lastStatus() == null ? "" : delivery.lastStatus().toString())
                .setHeader("Last status");
        deliveries.addColumn(delivery -> answer(delivery.lastResponse(), delivery.lastError()))
                .setHeader("Response").setFlexGrow(1);
        deliveries.addColumn(delivery -> delivery.status() == DeliveryStatus.PENDING
                ? time(delivery.nextAttemptAt()) : "").setHeader("Next attempt").setAutoWidth(true);
        deliveries.addColumn(OutboundDelivery::eventId).setHeader("Event id").setAutoWidth(true);
        deliveries.setAllRowsVisible(true);
        deliveries.asSingleSelect().addValueChangeListener(change -> selected(change.getValue()));
        attempts.setId("webhook-attempts");
        attempts.addColumn(DeliveryAttempt::attempt).setHeader("#");
        attempts.addColumn(attempt -> time(attempt.at())).setHeader("At").setAutoWidth(true);
        attempts.addColumn(attempt -> attempt.succeeded() ? "delivered" : "failed").setHeader("Outcome");
        attempts.addColumn(attempt -> attempt.status() == null ? "" : attempt.status().toString())
                .setHeader("Status");
        attempts.addColumn(attempt -> answer(attempt.response(), attempt.error())).setHeader("Response")
                .setFlexGrow(1);
        attempts.setAllRowsVisible(true);
        resend.setId("webhook-resend");
        resend.addClickListener(click -> resend());
        reload.setId("webhook-log-reload");
        reload.addClickListener(click -> show(shown));
        add(title, new HorizontalLayout(resend, reload), deliveries, attempts);
        show(null);
    }

    /** Shows this subscription's log (none: hidden). */
    void show(WebhookSubscription subscription) {
        shown = subscription;
        setVisible(subscription != null);
        title.setText(subscription == null ? "" : "Deliveries to " + subscription.url());
        deliveries.setItems(subscription == null ? List.of() : subscriptions.deliveries(subscription.id()));
        selected(null);
    }

    private void selected(OutboundDelivery delivery) {
        resend.setEnabled(delivery != null && delivery.status() != DeliveryStatus.PENDING);
        attempts.setItems(delivery == null ? List.of() : subscriptions.attempts(shown.id(), delivery.id()));
    }

    private void resend() {
        OutboundDelivery delivery = deliveries.asSingleSelect().getValue();
        if (delivery == null) {
            return;
        }
        try {
            subscriptions.resend(shown.id(), delivery.id());
            Notices.success("Sending " + delivery.eventType() + " " + delivery.eventId() + " again");
        } catch (InvalidInput refused) {
            refused.problems().values().forEach(Notices::error);
        }
        show(shown);
    }

    private static String answer(String response, String error) {
        String text = response != null && !response.isBlank() ? response : error;
        return text == null ? "" : text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
