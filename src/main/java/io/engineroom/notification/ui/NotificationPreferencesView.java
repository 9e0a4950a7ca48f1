package io.engineroom.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.notification.NoticePreferences;
import io.engineroom.notification.NoticeSettings;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/**
 * My notification preferences: how I hear of each kind of notice besides the bell, and the time zone my daily
 * digest arrives at 08:00 in. Everyone signed in has their own; the service only ever reads and writes the
 * signed-in person's.
 */
@Route("notifications/preferences")
@PageTitle("Notification preferences · Engine Room")
@PermitAll
public class NotificationPreferencesView extends VerticalLayout {

    private final NoticePreferences preferences;
    final DeliveryChoices choices = new DeliveryChoices();
    final ComboBox<String> timeZone = new ComboBox<>("Time zone of my daily digest");
    final Button save = new Button("Save");

    public NotificationPreferencesView(NoticePreferences preferences) {
        this.preferences = preferences;
        timeZone.setId("notice-preferences-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setAllowCustomValue(true);
        // a typed zone goes to the service as typed, which says what is wrong with it next to the field
        timeZone.addCustomValueSetListener(typed -> timeZone.setValue(typed.getDetail()));
        timeZone.addValueChangeListener(change -> timeZone.setInvalid(false));
        timeZone.setHelperText("The digest collects the notices you chose it for and arrives at 08:00 there");
        timeZone.setWidth("20rem");
        save.setId("notice-preferences-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        RouterLink back = new RouterLink("Back to my notifications", NotificationsView.class);
        back.setId("notice-preferences-back");
        add(new H2("Notification preferences"), new Paragraph("The bell shows every notice at once. Choose how else "
                + "you hear of each kind: by e-mail at once (within the brand's business hours, unless you are on "
                + "call), in a daily digest, or only here in Engine Room."), choices, timeZone, save, back);
        show(preferences.mySettings());
    }

    private void show(NoticeSettings settings) {
        choices.show(settings.deliveries());
        timeZone.setValue(settings.timeZone());
    }

    private void save() {
        try {
            show(preferences.save(new NoticeSettings(choices.chosen(), timeZone.getValue())));
        } catch (InvalidInput refused) {
            refused.problems().forEach((field, problem) -> {
                if ("timeZone".equals(field)) {
                    timeZone.setErrorMessage(problem);
                    timeZone.setInvalid(true);
                } else if (!choices.showProblem(field, problem)) {
                    Notices.error(problem);
                }
            });
            return;
        }
        Notices.success("Your notification preferences are saved");
    }
}
