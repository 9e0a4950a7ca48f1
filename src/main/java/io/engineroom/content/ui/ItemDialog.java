package io.engineroom.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ContentService;
import io.engineroom.content.VariantView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/** One content item's details, and for planners a new publish time. */
class ItemDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, yyyy HH:mm (VV)",
            Locale.ENGLISH);

    final DateTimePicker publishAt = new DateTimePicker("New publish time");
    private final Binder<Reschedule> binder = new Binder<>(Reschedule.class);

    /**
     * What the planner edits, named like {@link ContentService#reschedule}'s problem so a refusal finds the field;
     * the time is in the brand's zone. Public because Binder builds it by reflection.
     */
    public record Reschedule(LocalDateTime publishAt) {
    }

    ItemDialog(CalendarItem item, String stateLabel, ZoneId zone, boolean planner, ContentService content,
            Runnable changed) {
        setId("item-dialog");
        setHeaderTitle(item.title());
        Div details = new Div(
                line("State", stateLabel),
                line("Publish", item.scheduled() ? WHEN.format(item.publishAt()) : "not scheduled"),
                line("Pillar", item.pillar() == null ? "none" : item.pillar()),
                line("Channels", item.channels().isEmpty() ? "none" : String.join(", ", item.channels())));
        if (item.returnedReason() != null) {
            details.add(line("Why", item.returnedReason()));
        }
        add(details);
        add(PublicationOutcomes.forItem(item.id(), zone));
        add(AssetsEditor.forItem(item.id()));
        Button close = new Button("Close", click -> close());
        close.setId("item-close");
        if (planner) {
            publishAt.setId("reschedule-at");
            publishAt.setStep(java.time.Duration.ofMinutes(15));
            publishAt.setHelperText("In the brand's time zone, " + zone.getId());
            binder.forField(publishAt).bind("publishAt");
            binder.readRecord(new Reschedule(item.scheduled() ? item.publishAt().toLocalDateTime() : null));
            add(publishAt);
            // an item back in planning is planned again: a new publish time starts its SOP anew
            boolean returned = item.returnedReason() != null;
            Button save = new Button(returned ? "Plan again" : "Reschedule", click -> {
                try {
                    LocalDateTime chosen = binder.writeRecord().publishAt();
                    content.reschedule(item.id(), chosen == null ? null : chosen.atZone(zone).toInstant());
                    close();
                    Notices.success("Rescheduled '" + item.title() + "'");
                    changed.run();
                } catch (ValidationException cannotHappen) {
                    // no validators: the service judges the time (an empty one included)
                } catch (InvalidInput refused) {
                    FormProblems.show(binder, refused);
                } catch (AccessDeniedException refused) {
                    showError(refused.getMessage());
                }
            });
            save.setId("reschedule-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close, save);
        } else {
            getFooter().add(close);
        }
    }

    /** The item's channel variants, read-only (they are written in the copywriter's task). */
    ItemDialog withVariants(List<VariantView> variants) {
        add(VariantBlocks.written(variants));
        return this;
    }

    private void showError(String message) {
        publishAt.setErrorMessage(message);
        publishAt.setInvalid(true);
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("er-muted");
        Span text = new Span(value);
        text.addClassName("item-" + label.toLowerCase(Locale.ROOT));
        return new Div(name, text);
    }
}
