package io.engineroom.assist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.assist.SuggestionEntry;
import io.engineroom.assist.Suggestions;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * AI suggestions, read-only: each with who asked on which task, the prompt sent, the model and its text, and what the
 * person submitted in the end with the edit distance. Auditors see their brands', admins every brand's.
 */
@Route("history/suggestions")
@PageTitle("AI suggestions · Engine Room")
@Menu(title = "AI suggestions", order = 7.5)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class SuggestionsView extends VerticalLayout {

    /** The newest suggestions shown; the record keeps every one. */
    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    final Grid<SuggestionEntry> grid = new Grid<>();

    public SuggestionsView(Suggestions suggestions, BrandService brands) {
        Map<String, String> names = brands.all().stream()
                .collect(Collectors.toMap(BrandSummary::id, BrandSummary::name, (a, b) -> a));
        setSizeFull();
        Paragraph note = new Paragraph("Times are UTC. Every AI suggestion asked for on a task, newest first ("
                + SHOWN + " at most): the prompt sent, the model's text, and what the person submitted when the "
                + "task was completed. Nobody can edit or delete this record.");
        note.addClassName("er-note");
        grid.setId("suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> time(entry.requestedAt())).setHeader("When").setKey("when").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(SuggestionEntry::requestedBy).setHeader("Who asked").setKey("who").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(entry -> names.getOrDefault(entry.brandId(), entry.brandId())).setHeader("Brand")
                .setKey("brand").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.kind().action() + " · " + entry.businessKey()).setHeader("For")
                .setKey("for").setFlexGrow(1);
        grid.addColumn(entry -> entry.model() + " · " + entry.outcome().name().toLowerCase().replace('_', ' '))
                .setHeader("Model · outcome").setKey("model").setFlexGrow(1);
        grid.addColumn(SuggestionEntry::output).setHeader("Suggested").setKey("output").setFlexGrow(3);
        grid.addColumn(SuggestionsView::submitted).setHeader("Submitted").setKey("submitted").setFlexGrow(3);
        grid.addColumn(entry -> entry.editDistance() == null ? "" : entry.editDistance().toString())
                .setHeader("Edits").setKey("edits").setWidth("5rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(SuggestionsView::prompt));
        grid.setItems(suggestions.page(0, SHOWN));
        add(new H2("AI suggestions"), note, grid);
        expand(grid);
    }

    private static String submitted(SuggestionEntry entry) {
        if (entry.completedAt() == null) {
            return "(task open)";
        }
        return entry.submittedText() == null ? "(no text submitted)" : entry.submittedText();
    }

    private static Component prompt(SuggestionEntry entry) {
        Pre text = new Pre(entry.prompt());
        text.addClassName("er-assist__prompt");
        Details details = new Details("Prompt sent", text);
        details.setOpened(true);
        Div wrap = new Div(details);
        wrap.setId("suggestion-prompt-" + entry.id());
        return wrap;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
