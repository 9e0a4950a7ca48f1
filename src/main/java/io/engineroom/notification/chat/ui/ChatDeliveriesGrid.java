package io.engineroom.notification.chat.ui;

import com.vaadin.flow.component.grid.Grid;
import io.engineroom.notification.outbox.OutboundDelivery;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A chat target's last deliveries: what was sent when, where it stands, and what the chat answered. */
class ChatDeliveriesGrid extends Grid<OutboundDelivery> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    ChatDeliveriesGrid() {
        setId("chat-deliveries");
        addColumn(delivery -> WHEN.format(delivery.createdAt())).setHeader("Created").setAutoWidth(true);
        addColumn(OutboundDelivery::eventType).setHeader("Event").setAutoWidth(true);
        addColumn(delivery -> delivery.status().name()).setHeader("Status").setAutoWidth(true);
        addColumn(OutboundDelivery::attempts).setHeader("Attempts").setAutoWidth(true);
        addColumn(delivery -> delivery.lastStatus() == null ? "" : String.valueOf(delivery.lastStatus()))
                .setHeader("Answer").setAutoWidth(true);
        addColumn(delivery -> delivery.lastError() == null ? "" : delivery.lastError()).setHeader("Problem")
                .setFlexGrow(1);
        setAllRowsVisible(true);
    }
}
