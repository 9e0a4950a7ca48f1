package io.engineroom.audit.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.audit.AdminChangeSearch;
import io.engineroom.brand.BrandSummary;
import java.util.List;
import java.util.function.Consumer;

/** The filters of the administrative changes: brand, area, who made the change, and a period (UTC days). */
class AdminChangeFilters extends HorizontalLayout {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final ComboBox<String> area = new ComboBox<>("Area");
    final TextField person = new TextField("Changed by");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");

    /** @param searched told the new search whenever a filter changes (not while the date range is backwards) */
    AdminChangeFilters(List<BrandSummary> brands, List<String> areas, Consumer<AdminChangeSearch> searched) {
        brand.setId("admin-changes-brand");
        brand.setItems(brands);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setClearButtonVisible(true);
        area.setId("admin-changes-area");
        area.setItems(areas);
        area.setClearButtonVisible(true);
        person.setId("admin-changes-person");
        person.setPlaceholder("user id");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("admin-changes-from");
        to.setId("admin-changes-to");
        List.<HasValue<?, ?>>of(brand, area, person, from, to)
                .forEach(field -> field.addValueChangeListener(change -> apply(searched)));
        add(brand, area, person, from, to);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private void apply(Consumer<AdminChangeSearch> searched) {
        if (!AuditFormat.isRange(from, to)) {
            return;
        }
        String actor = person.getValue() == null || person.getValue().isBlank() ? null : person.getValue().trim();
        searched.accept(new AdminChangeSearch(brand.getValue() == null ? null : brand.getValue().id(),
                area.getValue(), actor, AuditFormat.startOf(from.getValue()), AuditFormat.endOf(to.getValue())));
    }
}
