package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * One step of the setup guide: whether it is done, what it is about, and a button to the screen that does it
 * (named by its route: those screens belong to their own capabilities).
 */
class SetupStep extends HorizontalLayout {

    final Span state = new Span();
    final Button open;
    final String route;

    /** @param id the step's name in component ids: {@code setup-<id>-state}, {@code setup-<id>-open} */
    SetupStep(String id, int number, String title, String explanation, boolean done, String action, String route) {
        this.route = route;
        setId("setup-step-" + id);
        state.setId("setup-" + id + "-state");
        state.setText(done ? "Done" : "To do");
        state.getElement().getThemeList().addAll(done ? List.of("badge", "success") : List.of("badge", "contrast"));
        state.setWidth("4rem");
        Span heading = new Span(number + ". " + title);
        heading.addClassName("er-strong");
        VerticalLayout text = new VerticalLayout(heading, new Paragraph(explanation));
        text.setPadding(false);
        text.setSpacing(false);
        open = new Button(action, click -> getUI().ifPresent(ui -> ui.navigate(route)));
        open.setId("setup-" + id + "-open");
        if (!done) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(state, text, open);
        expand(text);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
    }
}
