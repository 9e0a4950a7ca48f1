package io.engineroom.notification.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import io.engineroom.notification.NoticeDelivery;
import io.engineroom.notification.NoticeKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * One choice per kind of notice: at once, in the daily digest, or in-app only. The crisis kind is shown so people
 * see it exists, but fixed at "at once" and disabled, with the reason beside it.
 */
class DeliveryChoices extends FormLayout {

    static final String CRISIS_NOTE = "Always at once by e-mail, also outside business hours: someone must hear of "
            + "a crisis straight away, so this cannot be changed.";

    final Map<NoticeKind, Select<NoticeDelivery>> choices = new EnumMap<>(NoticeKind.class);

    DeliveryChoices() {
        setId("notice-preferences-kinds");
        for (NoticeKind kind : NoticeKind.values()) {
            Select<NoticeDelivery> choice = new Select<>();
            choice.setId("notice-preferences-" + kind.code());
            choice.setLabel(kind.label());
            choice.setItems(NoticeDelivery.values());
            choice.setItemLabelGenerator(NoticeDelivery::label);
            choice.setEmptySelectionAllowed(false);
            if (kind.isCrisis()) {
                choice.setValue(NoticeDelivery.IMMEDIATE);
                choice.setEnabled(false);
                choice.setHelperText(CRISIS_NOTE);
            }
            choice.addValueChangeListener(change -> choice.setInvalid(false));
            choices.put(kind, choice);
            add(choice);
        }
    }

    void show(Map<NoticeKind, NoticeDelivery> deliveries) {
        choices.forEach((kind, choice) -> choice.setValue(kind.isCrisis() ? NoticeDelivery.IMMEDIATE
                : deliveries.getOrDefault(kind, NoticeDelivery.IMMEDIATE)));
    }

    Map<NoticeKind, NoticeDelivery> chosen() {
        Map<NoticeKind, NoticeDelivery> chosen = new EnumMap<>(NoticeKind.class);
        choices.forEach((kind, choice) -> chosen.put(kind, choice.getValue()));
        return chosen;
    }

    /** Shows a problem next to the kind whose code it names; false when no kind has that code. */
    boolean showProblem(String code, String problem) {
        return NoticeKind.fromCode(code).map(choices::get).map(choice -> {
            choice.setErrorMessage(problem);
            choice.setInvalid(true);
            return true;
        }).orElse(false);
    }
}
