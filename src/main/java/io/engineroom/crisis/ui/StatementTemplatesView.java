package io.engineroom.crisis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.StatementTemplate;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The first-response templates, one holding statement per crisis scenario. Social media managers (and admins) edit
 * them; crisis leads read them here before a crisis, the draft step shows them during one.
 */
@Route("crisis/templates")
@PageTitle("Statement templates · Engine Room")
@Menu(title = "Statement templates", order = 31)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.CRISIS_LEAD, Roles.ADMIN})
public class StatementTemplatesView extends VerticalLayout {

    private static final DateTimeFormatter EDITED = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm z",
            Locale.ENGLISH).withZone(ZoneId.of("UTC"));

    private final HoldingStatements statements;
    private final boolean mayEdit;
    final Grid<StatementTemplate> grid = new Grid<>();

    public StatementTemplatesView(HoldingStatements statements, CurrentUser currentUser) {
        this.statements = statements;
        this.mayEdit = currentUser.require().hasRole(Role.SOCIAL_MANAGER) || currentUser.require().hasRole(Role.ADMIN);
        Paragraph about = new Paragraph("The holding statement a crisis lead starts from, per scenario. Placeholders: "
                + HoldingStatements.PLACEHOLDERS.stream().map(name -> "{" + name + "}")
                        .collect(Collectors.joining(", "))
                + " — the brand's name, the incident's title, the time of the next update in the brand's time zone, "
                + "and a support contact (a line with {contact} is left out when there is none). A statement must fit "
                + "every channel: keep it well under 280 characters once filled.");
        about.addClassName("er-intro");
        grid.setId("statement-templates");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StatementTemplate::scenario).setHeader("Scenario").setKey("scenario").setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(StatementTemplate::title).setHeader("Title").setKey("title").setWidth("14rem").setFlexGrow(0);
        grid.addColumn(StatementTemplate::body).setHeader("Statement").setKey("body").setFlexGrow(1);
        grid.addColumn(template -> template.updatedBy() == null ? "as shipped"
                : template.updatedBy() + ", " + EDITED.format(template.updatedAt())).setHeader("Last edited")
                .setKey("edited").setWidth("14rem").setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(this::editButton).setHeader("").setKey("edit").setWidth("7rem").setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        add(new H2("Statement templates"), about);
        if (!mayEdit) {
            Span readOnly = new Span("Read only: social media managers edit these templates.");
            readOnly.setId("templates-read-only");
            add(readOnly);
        }
        add(grid);
        refresh();
    }

    private Button editButton(StatementTemplate template) {
        Button edit = new Button("Edit", click -> new StatementTemplateDialog(template, statements, this::refresh)
                .open());
        edit.setId("edit-" + template.scenario());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private void refresh() {
        grid.setItems(statements.templates());
    }
}
