package io.engineroom.brand.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * A brand's channels with their main-channel flag (channel health watches main channels for silence). A tick is
 * saved at once, on its own: it is not part of the brand form's save. Channels are added on the Channels screen.
 */
class BrandChannelsPanel extends Composite<VerticalLayout> {

    private final ChannelService channels;

    BrandChannelsPanel(ChannelService channels) {
        this.channels = channels;
        getContent().setPadding(false);
        getContent().setSpacing(false);
    }

    /** Shows the brand's channels, or nothing for a brand not saved yet (null). */
    void show(String brandId) {
        VerticalLayout content = getContent();
        content.removeAll();
        if (brandId == null) {
            return;
        }
        content.add(new H4("Main channels"));
        var list = channels.of(brandId);
        if (list.isEmpty()) {
            content.add(new Paragraph("No channels yet: add them on the Channels screen."));
        }
        for (ChannelSummary channel : list) {
            Checkbox main = new Checkbox(channel.label(), channel.mainChannel());
            main.setId("brand-main-channel-" + channel.id());
            main.addValueChangeListener(change -> {
                try {
                    channels.setMain(channel.id(), change.getValue());
                    Notices.success(channel.label() + (change.getValue() ? " is a main channel"
                            : " is no longer a main channel"));
                } catch (AccessDeniedException refused) {
                    Notices.error(refused.getMessage());
                }
            });
            content.add(main);
        }
    }
}
