package io.engineroom.crisis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandSummary;
import io.engineroom.crisis.IncidentRooms;
import io.engineroom.crisis.IncidentService;
import io.engineroom.crisis.IncidentSummary;
import io.engineroom.crisis.RaiseIncident;
import io.engineroom.inbox.InteractionSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;

/**
 * Raising an incident by hand: the brand, what it is called, what is happening, and the brand's latest
 * interactions that show it. A brand with an open incident gets this one joined to it; either way the room opens.
 */
class RaiseIncidentDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final IncidentRooms rooms;
    private final IncidentService incidents;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("What is happening?");
    final Grid<InteractionSummary> interactions = new Grid<>();
    final Span interactionsError = new Span();
    private List<InteractionSummary> shown = List.of();
    private final Binder<Raise> binder = new Binder<>(Raise.class);

    /**
     * The form's fields, named like {@link RaiseIncident}'s so the service's problems find them (the ticked
     * interactions are a grid selection and show their problem below it). Public because Binder builds it by
     * reflection.
     */
    public record Raise(String brandId, String title, String description) {
    }

    RaiseIncidentDialog(IncidentRooms rooms, IncidentService incidents, List<BrandSummary> myBrands) {
        this.rooms = rooms;
        this.incidents = incidents;
        setHeaderTitle("Raise incident");
        setWidth("60rem");
        brand.setId("raise-brand");
        brand.setItems(myBrands);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setWidth("20rem");
        brand.addValueChangeListener(change -> showInteractions(change.getValue()));
        title.setId("raise-title");
        title.setWidthFull();
        description.setId("raise-description");
        description.setWidthFull();
        description.setMinHeight("6rem");
        configureInteractions();
        interactionsError.setId("raise-interactions-error");
        interactionsError.addClassName("er-field-error");
        Span interactionsLabel = new Span("Interactions that show it (newest first; tick any)");
        interactionsLabel.addClassName("er-field-label");
        VerticalLayout form = new VerticalLayout(brand, title, description, interactionsLabel, interactions,
                interactionsError);
        form.setPadding(false);
        form.setSpacing(false);
        add(form);
        // the field holds the brand, the record its id: the service names the brand's problems "brandId"
        binder.forField(brand).withValidator(Objects::nonNull, "Choose the brand it is happening to")
                .withConverter(chosen -> chosen == null ? null : chosen.id(),
                        id -> myBrands.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null))
                .bind("brandId");
        binder.forField(title).bind("title");
        binder.forField(description).bind("description");

        Button raise = new Button("Raise incident", click -> raise());
        raise.setId("confirm-raise");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", click -> close()), raise);
        if (myBrands.size() == 1) {
            brand.setValue(myBrands.get(0));
        }
    }

    private void configureInteractions() {
        interactions.setId("raise-interactions");
        interactions.setSelectionMode(Grid.SelectionMode.MULTI);
        interactions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        interactions.setHeight("16rem");
        interactions.addColumn(interaction -> WHEN.format(interaction.occurredAt())).setHeader("When")
                .setWidth("7rem").setFlexGrow(0);
        interactions.addColumn(interaction -> interaction.sentiment() == null ? ""
                : interaction.sentiment().label()).setHeader("Sentiment").setKey("sentiment").setWidth("7rem")
                .setFlexGrow(0);
        interactions.addColumn(InteractionSummary::authorHandle).setHeader("Author").setWidth("10rem")
                .setFlexGrow(0);
        // what a stranger typed: shown as text, one line, all of it in the tooltip
        interactions.addColumn(interaction -> IncidentRoomView.oneLine(interaction.text())).setHeader("Text")
                .setKey("text").setFlexGrow(1).setTooltipGenerator(InteractionSummary::text);
    }

    private void showInteractions(BrandSummary chosen) {
        brand.setInvalid(false);
        shown = chosen == null ? List.of() : rooms.attachable(chosen.id());
        interactions.deselectAll();
        interactions.setItems(shown);
    }

    private void raise() {
        interactionsError.setText("");
        Raise form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        // in the list's order (newest first), not the selection's
        List<String> ticked = shown.stream().filter(interactions.getSelectedItems()::contains)
                .map(InteractionSummary::id).toList();
        IncidentSummary raised;
        try {
            raised = incidents.raise(new RaiseIncident(form.brandId(), form.title(), form.description(), ticked));
        } catch (InvalidInput refused) {
            showErrors(refused.problems());
            return;
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
            return;
        }
        close();
        if (raised.joined()) {
            Notices.info("Joined the open incident of " + brand.getValue().name() + ": " + raised.title());
        } else {
            Notices.success("Incident raised");
        }
        UI.getCurrent().navigate(IncidentRoomView.class, IncidentRoomView.parameters(raised.id()));
    }

    private void showErrors(Map<String, String> problems) {
        Map<String, String> left = new LinkedHashMap<>(problems);
        if (left.containsKey("interactionIds")) {
            interactionsError.setText(left.remove("interactionIds"));
        }
        FormProblems.show(binder, left);
    }
}
