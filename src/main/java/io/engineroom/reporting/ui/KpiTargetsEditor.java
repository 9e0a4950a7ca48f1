package io.engineroom.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.reporting.KpiDefinition;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.KpiTargets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A brand's KPI targets per reporting period, one field per KPI of the dictionary with its name, unit and formula;
 * empty means no target. Saved together; a refused target is shown at its KPI and nothing is saved.
 */
class KpiTargetsEditor extends VerticalLayout {

    private final KpiTargets targets;
    private final String brandId;
    final Map<String, NumberField> fields = new LinkedHashMap<>();
    final Button save = new Button("Save KPI targets");
    final Span saved = new Span();

    KpiTargetsEditor(KpiTargets targets, KpiDictionary dictionary, String brandId) {
        this.targets = targets;
        this.brandId = brandId;
        Paragraph about = new Paragraph("Targets per reporting period, in each KPI's unit; reports and the dashboard "
                + "show each beside its figure. Leave a KPI empty for no target.");
        about.addClassName("er-intro");
        Map<String, Double> current = targets.of(brandId);
        FlexLayout grid = new FlexLayout();
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (KpiDefinition kpi : dictionary.all()) {
            NumberField field = new NumberField(kpi.name() + " (" + kpi.unit() + ")");
            field.setId("policy-kpi-" + kpi.key());
            field.setHelperText(kpi.formula());
            field.setMin(0);
            if ("percent".equals(kpi.unit())) {
                field.setMax(100);
            }
            field.setClearButtonVisible(true);
            field.setValue(current.get(kpi.key()));
            fields.put(kpi.key(), field);
            grid.add(field);
        }
        save.setId("policy-kpis-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setId("policy-kpis-saved");
        add(about, grid, save, saved);
    }

    private void save() {
        saved.setText("");
        fields.values().forEach(field -> field.setInvalid(false));
        Map<String, Double> wanted = new LinkedHashMap<>();
        fields.forEach((kpi, field) -> wanted.put(kpi, field.getValue()));
        try {
            Map<String, Double> defined = targets.define(brandId, wanted);
            saved.setText("Saved " + defined.size() + (defined.size() == 1 ? " KPI target" : " KPI targets"));
            Notices.success(saved.getText());
        } catch (InvalidInput refused) {
            refused.problems().forEach((kpi, problem) -> {
                NumberField field = fields.get(kpi);
                if (field == null) {
                    Notices.error(problem);
                } else {
                    field.setErrorMessage(problem);
                    field.setInvalid(true);
                }
            });
        }
    }
}
