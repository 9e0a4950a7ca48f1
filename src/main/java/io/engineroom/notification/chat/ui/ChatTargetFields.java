package io.engineroom.notification.chat.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.TeamEventType;
import io.engineroom.base.ui.Notices;
import io.engineroom.notification.chat.ChatPlatform;
import io.engineroom.notification.chat.ChatTarget;
import io.engineroom.notification.chat.ChatTargetForm;
import java.util.EnumSet;
import java.util.Map;

/**
 * The form of one chat target, new or edited. The webhook address is never filled in again once saved (it is the
 * chat's secret): the field is empty and says which host it goes to, and empty keeps it.
 */
class ChatTargetFields extends VerticalLayout {

    final H3 heading = new H3();
    final ComboBox<ChatPlatform> platform = new ComboBox<>("Platform");
    final TextField name = new TextField("Name");
    final TextField webhookUrl = new TextField("Incoming webhook address");
    final CheckboxGroup<TeamEventType> topics = new CheckboxGroup<>("Events the chat hears about");
    final Checkbox active = new Checkbox("Active");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final Map<String, HasValidation> byProblemKey = Map.of("platform", platform, "name", name, "webhookUrl",
            webhookUrl, "topics", topics);

    ChatTargetFields() {
        platform.setId("chat-platform");
        platform.setItems(ChatPlatform.values());
        platform.setItemLabelGenerator(ChatPlatform::label);
        name.setId("chat-name");
        name.setMaxLength(100);
        name.setPlaceholder("#social-alerts");
        webhookUrl.setId("chat-webhook-url");
        webhookUrl.setWidthFull();
        topics.setId("chat-topics");
        topics.setItems(TeamEventType.values());
        topics.setItemLabelGenerator(TeamEventType::label);
        active.setId("chat-active");
        save.setId("chat-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("chat-cancel");
        setPadding(false);
        add(heading, new HorizontalLayout(platform, name), webhookUrl, topics, active,
                new HorizontalLayout(save, cancel));
    }

    /** Empty, for a new target. */
    void showNew() {
        clearProblems();
        heading.setText("New chat");
        platform.setValue(ChatPlatform.SLACK);
        name.clear();
        webhookUrl.clear();
        webhookUrl.setHelperText("Copy it from the chat's incoming webhook (Slack app, Teams workflow, Mattermost "
                + "integration). It is not shown again after saving.");
        topics.setValue(EnumSet.of(TeamEventType.SLA_BREACHED, TeamEventType.INCIDENT_RAISED));
        active.setValue(true);
    }

    /** Filled with a saved target, its address only named by host. */
    void show(ChatTarget target) {
        clearProblems();
        heading.setText("Edit " + target.name());
        platform.setValue(target.platform());
        name.setValue(target.name());
        webhookUrl.clear();
        webhookUrl.setHelperText("Saved: an address at " + target.host() + ". Leave empty to keep it.");
        topics.setValue(target.topics().isEmpty() ? EnumSet.noneOf(TeamEventType.class)
                : EnumSet.copyOf(target.topics()));
        active.setValue(target.active());
    }

    ChatTargetForm form() {
        return new ChatTargetForm(platform.getValue(), name.getValue(), webhookUrl.getValue(), topics.getValue(),
                active.getValue());
    }

    /** Each problem next to its field; one no field shows as an error notice. */
    void showProblems(Map<String, String> problems) {
        problems.forEach((key, problem) -> {
            HasValidation field = byProblemKey.get(key);
            if (field == null) {
                Notices.error(problem);
            } else {
                field.setErrorMessage(problem);
                field.setInvalid(true);
            }
        });
    }

    private void clearProblems() {
        byProblemKey.values().forEach(field -> field.setInvalid(false));
    }
}
