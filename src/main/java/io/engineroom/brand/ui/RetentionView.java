package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.brand.BrandRetention;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * How long each brand keeps its process history: a number of days after an instance ends, or empty to keep each
 * SOP's own {@code historyTimeToLive}. Admins only; the history cleanup job removes what is past it, at night.
 */
@Route("admin/retention")
@PageTitle("History retention · Engine Room")
@Menu(title = "History retention", order = 70)
@RolesAllowed(Roles.ADMIN)
public class RetentionView extends VerticalLayout {

    private final BrandService brands;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    // text, not IntegerField: a typo must be refused, not read as "empty" (which means the SOP's own setting)
    final TextField days = new TextField("Keep history for (days)");
    final Button save = new Button("Save");
    final Span saved = new Span();
    private final Binder<Retention> binder = new Binder<>(Retention.class);

    /**
     * What the form edits, named like {@link BrandService#setHistoryRetentionDays}'s problem so a refusal finds
     * the field; empty days (null) mean each SOP's own setting. Public because Binder builds it by reflection.
     */
    public record Retention(Integer historyRetentionDays) {
    }

    public RetentionView(BrandService brands) {
        this.brands = brands;
        Paragraph about = new Paragraph("How many days a brand's history (every step, decision and change of a "
                + "finished SOP instance) is kept after the instance ends, " + BrandRetention.MIN_DAYS + " to "
                + BrandRetention.MAX_DAYS + ". Leave empty to keep each SOP's own setting. A change applies to "
                + "instances that end from now on; the history cleanup removes expired history between 01:00 and "
                + "05:00. Nobody can delete history by hand.");
        about.addClassName("er-intro");
        brand.setId("retention-brand");
        brand.setItems(brands.all());
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> show(change.getValue()));
        days.setId("retention-days");
        days.setClearButtonVisible(true);
        days.setPlaceholder("the SOP's own");
        days.setSuffixComponent(new Span("days"));
        days.setEnabled(false);
        save.setId("retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(click -> save());
        saved.setId("retention-saved");
        binder.forField(days).withConverter(Converter.from(RetentionView::parse,
                value -> value == null ? "" : String.valueOf(value))).bind("historyRetentionDays");
        HorizontalLayout form = new HorizontalLayout(brand, days, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("History retention"), about, form, saved);
    }

    private void show(BrandSummary chosen) {
        saved.setText("");
        days.setEnabled(chosen != null);
        save.setEnabled(chosen != null);
        binder.readRecord(new Retention(chosen == null ? null
                : brands.historyRetentionDays(chosen.id()).orElse(null)));
    }

    private static Result<Integer> parse(String text) {
        try {
            return Result.ok(text.isBlank() ? null : Integer.valueOf(text.trim()));
        } catch (NumberFormatException e) {
            return Result.error("Enter a whole number of days, or leave empty to use each SOP's own setting");
        }
    }

    private void save() {
        saved.setText("");
        Integer value;
        try {
            value = binder.writeRecord().historyRetentionDays();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            brands.setHistoryRetentionDays(brand.getValue().id(), value);
            saved.setText(value == null ? brand.getValue().name() + " keeps each SOP's own history setting"
                    : brand.getValue().name() + " keeps history for " + value + " days after an instance "
                            + "ends");
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
