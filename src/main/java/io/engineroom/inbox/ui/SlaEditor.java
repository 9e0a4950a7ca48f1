package io.engineroom.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.SlaTarget;
import io.engineroom.inbox.SlaTargets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A brand's own first-response target per category, in minutes, with the SLA clock in business hours or round the
 * clock. An empty target keeps the shipped policy (interaction-routing.dmn) for that category; the routing decision
 * reads the brand's target for every interaction received from then on.
 */
class SlaEditor extends VerticalLayout {

    private final SlaTargets targets;
    private final String brandId;
    final Map<Category, IntegerField> minutes = new EnumMap<>(Category.class);
    final Map<Category, Checkbox> businessHours = new EnumMap<>(Category.class);
    final Button save = new Button("Save SLA targets");
    final Span saved = new Span();

    SlaEditor(SlaTargets targets, String brandId) {
        this.targets = targets;
        this.brandId = brandId;
        Paragraph about = new Paragraph("How fast this brand answers each kind of interaction, in minutes. Leave a "
                + "target empty to keep the shipped policy for that category (it also varies by sentiment and "
                + "priority). Applies to interactions received from now on.");
        about.addClassName("er-intro");
        add(about);
        Map<Category, SlaTarget> current = new EnumMap<>(Category.class);
        targets.of(brandId).forEach(target -> current.put(target.category(), target));
        for (Category category : Category.values()) {
            String id = category.name().toLowerCase(Locale.ROOT);
            IntegerField field = new IntegerField(category.label() + ": first response (minutes)");
            field.setId("policy-sla-" + id + "-minutes");
            field.setPlaceholder("shipped policy");
            field.setClearButtonVisible(true);
            field.setMin(SlaTargets.MIN_MINUTES);
            field.setMax(SlaTargets.MAX_MINUTES);
            Checkbox hours = new Checkbox("Business hours only");
            hours.setId("policy-sla-" + id + "-business-hours");
            SlaTarget target = current.get(category);
            if (target != null) {
                field.setValue((int) target.firstResponse().toMinutes());
                hours.setValue(target.businessHoursOnly());
            }
            minutes.put(category, field);
            businessHours.put(category, hours);
            HorizontalLayout row = new HorizontalLayout(field, hours);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(row);
        }
        save.setId("policy-sla-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setId("policy-sla-saved");
        add(save, saved);
    }

    private void save() {
        saved.setText("");
        minutes.values().forEach(field -> field.setInvalid(false));
        List<SlaTarget> own = new ArrayList<>();
        for (Category category : Category.values()) {
            IntegerField field = minutes.get(category);
            if (field.getValue() != null) {
                own.add(new SlaTarget(category, Duration.ofMinutes(field.getValue()),
                        businessHours.get(category).getValue()));
            }
        }
        try {
            List<SlaTarget> defined = targets.define(brandId, own);
            saved.setText(defined.isEmpty() ? "The shipped policy applies to every category"
                    : "Saved own targets for " + defined.size() + (defined.size() == 1 ? " category" : " categories"));
            Notices.success(saved.getText());
        } catch (InvalidInput refused) {
            refused.problems().forEach((field, problem) -> {
                IntegerField at = categoryField(field);
                if (at == null) {
                    Notices.error(problem);
                } else {
                    at.setErrorMessage(problem);
                    at.setInvalid(true);
                }
            });
        }
    }

    private IntegerField categoryField(String name) {
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return minutes.get(category);
            }
        }
        return null;
    }
}
