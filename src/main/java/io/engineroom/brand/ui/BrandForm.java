package io.engineroom.brand.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.brand.BrandDetails;
import io.engineroom.brand.BrandRetention;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything an admin sets about a brand, bound to {@link BrandDetails} (whose names the service's refusals use, so
 * each problem shows next to its field). The id is typed for a new brand only: it is the brand's tenant id.
 */
class BrandForm extends Composite<FormLayout> {

    final TextField id = new TextField("Id");
    final TextField name = new TextField("Name");
    final ComboBox<ZoneId> timeZone = new ComboBox<>("Time zone");
    final Checkbox regulated = new Checkbox("Regulated (legal reviews every piece)");
    final Checkbox clientSignOff = new Checkbox("Client signs off every piece");
    final IntegerField leadHours = new IntegerField("Approval lead time (hours before publishing)");
    // text, not IntegerField: a typo must be refused, not read as "empty" (which means each SOP's own setting)
    final TextField retention = new TextField("Keep history for (days)");
    final WeekHoursField hours = new WeekHoursField();
    final TextArea holidays = new TextArea("Holidays (closed all day)");
    private final Binder<BrandDetails> binder = new Binder<>(BrandDetails.class);

    BrandForm() {
        id.setId("brand-id");
        id.setRequiredIndicatorVisible(true);
        id.setHelperText("2 to 63 lower-case letters, digits or dashes; also its Camunda tenant, never changes");
        name.setId("brand-name");
        name.setRequiredIndicatorVisible(true);
        timeZone.setId("brand-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
        timeZone.setItemLabelGenerator(ZoneId::getId);
        regulated.setId("brand-regulated");
        clientSignOff.setId("brand-client-sign-off");
        leadHours.setId("brand-lead-time");
        leadHours.setSuffixComponent(new Span("h"));
        retention.setId("brand-retention");
        retention.setPlaceholder("each SOP's own");
        retention.setClearButtonVisible(true);
        retention.setSuffixComponent(new Span("days"));
        hours.setId("brand-hours");
        holidays.setId("brand-holidays");
        holidays.setPlaceholder("2026-12-24\n2026-12-25");
        holidays.setHelperText("One date a line (year-month-day)");

        binder.forField(id).bind("id");
        binder.forField(name).bind("name");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(regulated).bind("regulated");
        binder.forField(clientSignOff).bind("clientSignOffRequired");
        binder.forField(leadHours).withConverter(Converter.from(
                (Integer value) -> value == null ? Result.<Duration>error("Enter the lead time in whole hours")
                        : Result.ok(Duration.ofHours(value)),
                (Duration lead) -> lead == null ? null : (int) lead.toHours())).bind("approvalLeadTime");
        binder.forField(retention).withConverter(Converter.from(BrandForm::days,
                (Integer days) -> days == null ? "" : String.valueOf(days))).bind("historyRetentionDays");
        binder.forField(hours).withValidator((week, context) -> hours.problem() == null ? ValidationResult.ok()
                : ValidationResult.error(hours.problem())).bind("hours");
        binder.forField(holidays).withConverter(Converter.from(BrandForm::dates, BrandForm::lines)).bind("holidays");

        FormLayout form = getContent();
        form.add(id, name, timeZone, leadHours, regulated, clientSignOff, retention, hours, holidays);
        form.setColspan(hours, 2);
    }

    /** Shows the details; the id can be typed only for a new brand. */
    void show(BrandDetails details, boolean newBrand) {
        binder.readRecord(details);
        id.setReadOnly(!newBrand);
    }

    /** The details as typed, or empty when a field refuses them (its message is shown next to it). */
    Optional<BrandDetails> read() {
        try {
            BrandDetails details = binder.writeRecord();
            return Optional.of(new BrandDetails(details.id() == null ? null : details.id().trim(), details.name(),
                    details.timeZone(), details.regulated(), details.clientSignOffRequired(),
                    details.approvalLeadTime(), details.historyRetentionDays(), details.hours(), details.holidays()));
        } catch (ValidationException shownAtTheFields) {
            return Optional.empty();
        }
    }

    void show(InvalidInput refused) {
        FormProblems.show(binder, refused);
    }

    private static Result<Integer> days(String text) {
        try {
            Integer days = text.isBlank() ? null : Integer.valueOf(text.trim());
            return Result.ok(days);
        } catch (NumberFormatException e) {
            return Result.error("Enter a whole number of days (" + BrandRetention.MIN_DAYS + " to "
                    + BrandRetention.MAX_DAYS + "), or leave empty to use each SOP's own setting");
        }
    }

    private static Result<Set<LocalDate>> dates(String text) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String word : text.split("[\\s,;]+")) {
            if (word.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(word));
            } catch (DateTimeParseException e) {
                return Result.error("Not a date: " + word + " (write it as 2026-12-24)");
            }
        }
        return Result.ok(dates);
    }

    private static String lines(Set<LocalDate> dates) {
        return dates == null ? "" : new TreeSet<>(dates).stream().map(LocalDate::toString)
                .collect(Collectors.joining("\n"));
    }
}
