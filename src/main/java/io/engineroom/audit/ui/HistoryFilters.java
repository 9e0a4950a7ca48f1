package io.engineroom.audit.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.audit.HistorySearch;
import io.engineroom.audit.HistorySearch.DateField;
import io.engineroom.audit.HistorySearch.KeyMatch;
import io.engineroom.audit.Outcome;
import io.engineroom.brand.BrandSummary;
import io.engineroom.workflow.SopOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * The History screen's filter row: brand, SOP, business record, person (with a link to the person's page), dates
 * and outcome, read into one {@link HistorySearch}. Apart from the view because it is most of the screen's code
 * and none of its grid or export.
 */
class HistoryFilters extends HorizontalLayout {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final ComboBox<SopOption> sop = new ComboBox<>("SOP");
    final TextField businessKey = new TextField("Business record");
    final Select<KeyMatch> keyMatch = new Select<>();
    final TextField person = new TextField("Person");
    final Button personPage = new Button("Person page");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<DateField> dateField = new Select<>();
    final Select<Outcome> outcome = new Select<>();

    /** @param searched told the new search whenever a filter changes (not while the date range is backwards) */
    HistoryFilters(List<BrandSummary> brands, List<SopOption> sops, Consumer<HistorySearch> searched) {
        brand.setId("history-brand");
        brand.setItems(brands);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setClearButtonVisible(true);
        sop.setId("history-sop");
        sop.setItems(sops);
        sop.setItemLabelGenerator(SopOption::name);
        sop.setClearButtonVisible(true);
        businessKey.setId("history-key");
        businessKey.setPlaceholder("content:42");
        businessKey.setClearButtonVisible(true);
        keyMatch.setId("history-key-match");
        keyMatch.setLabel("Match");
        keyMatch.setItems(KeyMatch.values());
        keyMatch.setItemLabelGenerator(match -> match == KeyMatch.PREFIX ? "starts with" : "contains");
        keyMatch.setValue(KeyMatch.CONTAINS);
        keyMatch.setWidth("9rem");
        configurePerson();
        from.setId("history-from");
        to.setId("history-to");
        dateField.setId("history-date-field");
        dateField.setLabel("Dates apply to");
        dateField.setItems(DateField.values());
        dateField.setItemLabelGenerator(field -> field == DateField.ENDED ? "ended" : "started");
        dateField.setValue(DateField.STARTED);
        dateField.setWidth("8rem");
        outcome.setId("history-outcome");
        outcome.setLabel("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption("Any");
        outcome.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        List.<HasValue<?, ?>>of(brand, sop, businessKey, keyMatch, person, from, to, dateField, outcome)
                .forEach(field -> field.addValueChangeListener(change -> apply(searched)));
        businessKey.setValueChangeMode(ValueChangeMode.LAZY);
        person.setValueChangeMode(ValueChangeMode.LAZY);

        HorizontalLayout record = new HorizontalLayout(businessKey, keyMatch);
        HorizontalLayout who = new HorizontalLayout(person, personPage);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(brand, sop, record, who, from, to, dateField, outcome);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private void configurePerson() {
        person.setId("history-person");
        person.setPlaceholder("user id");
        person.setClearButtonVisible(true);
        personPage.setId("history-person-page");
        personPage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        personPage.addClickListener(click -> {
            if (person.getValue().isBlank()) {
                person.setInvalid(true);
                person.setErrorMessage("Enter the person's user id");
            } else {
                getUI().ifPresent(ui -> ui.navigate(PersonView.class, PersonView.parameters(person.getValue().trim())));
            }
        });
    }

    /** Reads the filters; a date range that ends before it starts is shown on the field and not searched. */
    private void apply(Consumer<HistorySearch> searched) {
        person.setInvalid(false);
        if (!AuditFormat.isRange(from, to)) {
            return;
        }
        searched.accept(new HistorySearch(brand.getValue() == null ? null : brand.getValue().id(),
                sop.getValue() == null ? null : sop.getValue().key(), blankToNull(businessKey.getValue()),
                keyMatch.getValue(), blankToNull(person.getValue()), AuditFormat.startOf(from.getValue()),
                AuditFormat.endOf(to.getValue()), dateField.getValue(), outcome.getValue()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
