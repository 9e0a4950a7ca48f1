package io.engineroom.notification.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.TeamEventType;
import io.engineroom.base.ui.Notices;
import io.engineroom.notification.chat.ChatTarget;
import io.engineroom.notification.chat.ChatTargets;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * One brand's team chats: the list, a form to add or edit one, deactivating, a test message, and the chosen chat's
 * last deliveries. Everything goes through {@link ChatTargets}, which checks who is asking; someone it refuses sees
 * why and nothing else.
 */
class ChatTargetsEditor extends VerticalLayout {

    private final ChatTargets targets;
    private final String brandId;
    final Grid<ChatTarget> list = new Grid<>();
    final Button add = new Button("Add a chat");
    final Button edit = new Button("Edit");
    final Button deactivate = new Button("Deactivate");
    final Button test = new Button("Send test message");
    final ChatTargetFields fields = new ChatTargetFields();
    final H3 deliveriesHeading = new H3("Last deliveries");
    final ChatDeliveriesGrid deliveries = new ChatDeliveriesGrid();
    /** The target being edited; null while adding. */
    private ChatTarget editing;

    ChatTargetsEditor(ChatTargets targets, String brandId) {
        this.targets = targets;
        this.brandId = brandId;
        setPadding(false);
        try {
            list.setItems(targets.of(brandId));
        } catch (AccessDeniedException refused) {
            Paragraph why = new Paragraph("You may not see or change this brand's team chats: " + refused.getMessage());
            why.setId("chat-refused");
            add(why);
            return;
        }
        list.setId("chat-targets");
        list.addColumn(ChatTarget::name).setHeader("Name").setAutoWidth(true);
        list.addColumn(target -> target.platform().label()).setHeader("Platform").setAutoWidth(true);
        list.addColumn(ChatTarget::host).setHeader("Webhook host").setAutoWidth(true);
        list.addColumn(target -> target.topics().stream().sorted().map(TeamEventType::label)
                .collect(Collectors.joining(", "))).setHeader("Events").setFlexGrow(1);
        list.addColumn(target -> target.active() ? "active" : "deactivated").setHeader("State").setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.addSelectionListener(selection -> chosen(selection.getFirstSelectedItem()));
        add.setId("chat-add");
        add.addClickListener(click -> startNew());
        edit.setId("chat-edit");
        edit.addClickListener(click -> selected().ifPresent(this::startEdit));
        deactivate.setId("chat-deactivate");
        deactivate.addClickListener(click -> selected().ifPresent(this::deactivate));
        test.setId("chat-test");
        test.addClickListener(click -> selected().ifPresent(this::sendTest));
        fields.setId("chat-form");
        fields.setVisible(false);
        fields.save.addClickListener(click -> save());
        fields.cancel.addClickListener(click -> fields.setVisible(false));
        add(list, new HorizontalLayout(add, edit, deactivate, test), fields, deliveriesHeading, deliveries);
        chosen(Optional.empty());
    }

    private Optional<ChatTarget> selected() {
        return list.getSelectedItems().stream().findFirst();
    }

    private void chosen(Optional<ChatTarget> target) {
        edit.setEnabled(target.isPresent());
        deactivate.setEnabled(target.map(ChatTarget::active).orElse(false));
        test.setEnabled(target.map(ChatTarget::active).orElse(false));
        deliveriesHeading.setVisible(target.isPresent());
        deliveries.setVisible(target.isPresent());
        deliveries.setItems(target.map(chosen -> targets.deliveries(chosen.id())).orElse(java.util.List.of()));
    }

    private void startNew() {
        editing = null;
        fields.showNew();
        fields.setVisible(true);
    }

    private void startEdit(ChatTarget target) {
        editing = target;
        fields.show(target);
        fields.setVisible(true);
    }

    private void save() {
        try {
            ChatTarget saved = editing == null ? targets.add(brandId, fields.form())
                    : targets.edit(editing.id(), fields.form());
            fields.setVisible(false);
            Notices.success("Saved " + saved.name());
            refresh(saved.id());
        } catch (InvalidInput refused) {
            fields.showProblems(refused.problems());
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void deactivate(ChatTarget target) {
        targets.deactivate(target.id());
        Notices.success(target.name() + " hears of nothing now");
        refresh(target.id());
    }

    private void sendTest(ChatTarget target) {
        try {
            targets.sendTest(target.id());
            Notices.success("Test message on its way to " + target.name() + ": its outcome shows below");
        } catch (InvalidInput refused) {
            refused.problems().values().forEach(Notices::error);
        }
        refresh(target.id());
    }

    /** The list again, the given target chosen (its deliveries shown). */
    private void refresh(long chosenId) {
        var all = targets.of(brandId);
        list.setItems(all);
        all.stream().filter(target -> target.id() == chosenId).findFirst().ifPresentOrElse(list::select,
                () -> chosen(Optional.empty()));
        selected().ifPresent(target -> chosen(Optional.of(target)));
    }
}
