package io.engineroom.audit.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.engineroom.brand.BrandSummary;
import io.engineroom.workflow.SopChangeSearch;
import io.engineroom.workflow.SopChangeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The filters of the SOP changes: whose version (a brand's own, or the shared one every other brand runs), where
 * the change stands, and when it was proposed (UTC days).
 */
class SopChangeFilters extends HorizontalLayout {

    /** A choice of the brand filter: one brand's own versions, or (brandId null) the shared versions. */
    record Scope(String brandId, String name) {

        static final Scope SHARED = new Scope(null, SopChangesView.SHARED);
    }

    final ComboBox<Scope> brand = new ComboBox<>("Brand");
    final ComboBox<SopChangeStatus> status = new ComboBox<>("Status");
    final DatePicker from = new DatePicker("Proposed from");
    final DatePicker to = new DatePicker("To");

    /** @param searched told the new search whenever a filter changes (not while the date range is backwards) */
    SopChangeFilters(List<BrandSummary> brands, Consumer<SopChangeSearch> searched) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.SHARED);
        brands.forEach(summary -> scopes.add(new Scope(summary.id(), summary.name())));
        brand.setId("history-sop-changes-brand");
        brand.setItems(scopes);
        brand.setItemLabelGenerator(Scope::name);
        brand.setClearButtonVisible(true);
        brand.setPlaceholder("Any");
        status.setId("history-sop-changes-status");
        status.setItems(SopChangeStatus.values());
        status.setItemLabelGenerator(SopChangeStatus::label);
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any");
        from.setId("history-sop-changes-from");
        to.setId("history-sop-changes-to");
        List.<HasValue<?, ?>>of(brand, status, from, to)
                .forEach(field -> field.addValueChangeListener(change -> apply(searched)));
        add(brand, status, from, to);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private void apply(Consumer<SopChangeSearch> searched) {
        if (!AuditFormat.isRange(from, to)) {
            return;
        }
        Scope scope = brand.getValue();
        searched.accept(new SopChangeSearch(scope == null ? null : scope.brandId(), scope != null
                && scope.brandId() == null, status.getValue(), AuditFormat.startOf(from.getValue()),
                AuditFormat.endOf(to.getValue())));
    }
}
