package io.engineroom.notification.chat.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import io.engineroom.notification.chat.ChatTargets;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Team chat: a brand's Slack, Microsoft Teams and Mattermost chats that hear about its events. A screen of its own
 * rather than a Brand policies tab, because of the delivery log beside each chat. The brand chooser offers the
 * brands the person may manage (admins: all; a social media manager: their own); {@link ChatTargets} checks again.
 */
@Route("admin/chat")
@PageTitle("Team chat · Engine Room")
@Menu(title = "Team chat", order = 84)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class ChatTargetsView extends VerticalLayout {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    private final ChatTargets targets;
    ChatTargetsEditor editor;

    public ChatTargetsView(BrandPolicyAccess access, ChatTargets targets) {
        this.targets = targets;
        Paragraph about = new Paragraph("Where a brand's team hears about breaches, incidents and the rest: each chat "
                + "gets the events chosen for it, in its own format, with a link back to Engine Room.");
        about.addClassName("er-intro");
        brand.setId("chat-brand");
        List<BrandSummary> manageable = access.manageable();
        brand.setItems(manageable);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> show(change.getValue()));
        add(new H2("Team chat"), about, brand);
        if (manageable.size() == 1) {
            brand.setValue(manageable.get(0));
        }
    }

    private void show(BrandSummary chosen) {
        if (editor != null) {
            remove(editor);
            editor = null;
        }
        if (chosen != null) {
            editor = new ChatTargetsEditor(targets, chosen.id());
            add(editor);
        }
    }
}
