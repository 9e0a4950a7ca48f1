package io.engineroom.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import io.engineroom.reporting.KpiDefinition;

/**
 * A KPI's name with an info button beside it: its dictionary entry (formula, source, why it matters) opens on
 * hover, focus or click, so every figure carries its definition and keyboard users reach it too.
 */
public class KpiLabel extends Span {

    private final KpiDefinition definition;
    private final Div details;

    public KpiLabel(KpiDefinition definition) {
        this(definition, definition.name());
    }

    /** @param text what the figure is called here, when it differs from the KPI's name ("Median, hours") */
    public KpiLabel(KpiDefinition definition, String text) {
        this.definition = definition;
        addClassName("kpi-label");
        getElement().setAttribute("data-kpi", definition.key());
        addClassName("er-kpi");
        Button info = new Button(VaadinIcon.INFO_CIRCLE_O.create());
        info.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        info.getElement().setAttribute("aria-label", "About " + definition.name());
        Span name = new Span(definition.name());
        name.addClassName("er-strong");
        details = new Div(name, line("Formula", definition.formula()),
                line("Source", definition.source()), line("Why it matters", definition.whyItMatters()));
        details.addClassName("kpi-definition");
        details.setMaxWidth("24rem");
        Popover popover = new Popover(details);
        popover.setTarget(info);
        popover.setOpenOnHover(true);
        popover.setOpenOnFocus(true);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setAriaLabel(definition.name());
        add(new Span(text), info);
    }

    public KpiDefinition definition() {
        return definition;
    }

    /** The dictionary entry as the popover shows it. */
    public String detailsText() {
        return details.getElement().getTextRecursively();
    }

    private static Paragraph line(String label, String text) {
        Paragraph line = new Paragraph(label + ": " + text);
        line.addClassName("er-kpi__line");
        return line;
    }
}
