package io.engineroom.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.assist.SuggestionEntry;
import io.engineroom.assist.Suggestions;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * AI suggestions, read-only: each with who asked on which task, the prompt sent, the model and its text, and what the
 * person submitted in the end with the edit distance; exported as Excel or CSV like the rest of the history. Auditors
 * see their brands', admins every brand's. The record is written by the drafting itself (module assist) and removed
 * only with its task's history, when the brand's retention says so.
 */
@Route("history/suggestions")
@PageTitle("AI suggestions · Engine Room")
@Menu(title = "AI suggestions", order = 7.5)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class SuggestionsView extends VerticalLayout {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Grid<SuggestionEntry> grid = new Grid<>();
    final ExportPanel export;
    private final Suggestions suggestions;

    public SuggestionsView(Suggestions suggestions, BrandService brands, CurrentUser currentUser,
            AuditExport exports, ExportRunner runner) {
        this.suggestions = suggestions;
        EngineRoomUser me = currentUser.require();
        List<BrandSummary> readable = brands.all().stream()
                .filter(summary -> me.hasRole(Role.ADMIN) || me.belongsTo(summary.id())).toList();
        Map<String, String> names = readable.stream()
                .collect(Collectors.toMap(BrandSummary::id, BrandSummary::name, (a, b) -> a));
        setSizeFull();
        brand.setId("suggestions-brand");
        brand.setItems(readable);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setPlaceholder("All your brands");
        brand.setClearButtonVisible(true);
        brand.addValueChangeListener(changed -> grid.getDataProvider().refreshAll());
        export = new ExportPanel(runner, List.of(
                new ExportPanel.Choice("suggestions-export-xlsx", "Export to Excel", ExportFormat.XLSX,
                        "ai-suggestions.xlsx", () -> job(exports, brandId(), ExportFormat.XLSX)),
                new ExportPanel.Choice("suggestions-export-csv", "Export to CSV", ExportFormat.CSV,
                        "ai-suggestions.csv", () -> job(exports, brandId(), ExportFormat.CSV))));
        Paragraph note = new Paragraph("Times are UTC. Every AI suggestion asked for on a task, newest first: the "
                + "prompt sent, the model's text, and what the person submitted when the task was completed. Nobody "
                + "can edit or delete this record; it is removed with its task's history, after the brand's "
                + "retention.");
        note.addClassName("er-note");
        configureGrid(names);
        add(new H2("AI suggestions"), brand, note, export, grid);
        expand(grid);
    }

    private static ExportPanel.Job job(AuditExport exports, String brandId, ExportFormat format) {
        return (out, progress) -> exports.suggestions(brandId, format, out, progress);
    }

    private String brandId() {
        return brand.getValue() == null ? null : brand.getValue().id();
    }

    private void configureGrid(Map<String, String> names) {
        grid.setId("suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> AuditFormat.time(entry.requestedAt())).setHeader("When").setKey("when")
                .setWidth("9rem").setFlexGrow(0);
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
        grid.setItemDetailsRenderer(new ComponentRenderer<>(SuggestionsView::prompt));
        grid.setItems(query -> suggestions.page(brandId(), Suggestions.NEWEST, query.getOffset(),
                query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, suggestions.count(brandId(), Suggestions.NEWEST)));
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
}
