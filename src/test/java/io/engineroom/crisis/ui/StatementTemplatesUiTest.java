package io.engineroom.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_FEEDBACK;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.StatementTemplate;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.forms.FormSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The statement templates screen: a social media manager edits, a crisis lead reads; the draft step's panel. */
@EngineRoomIntegrationTest
class StatementTemplatesUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    HoldingStatements statements;
    @Autowired
    DraftStatementPanel draftPanel;
    @Autowired
    JdbcTemplate jdbc;

    UiSession session;
    StatementTemplate productSafety;

    @BeforeEach
    void remember() {
        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            productSafety = statements.template("product-safety");
        }
    }

    @AfterEach
    void putBackAndSignOut() {
        if (session != null) {
            session.close();
        }
        jdbc.update("update holding_statement_template set title = ?, body = ?, updated_by = ?, updated_at = ? "
                + "where scenario = 'product-safety'", productSafety.title(), productSafety.body(),
                productSafety.updatedBy(), productSafety.updatedAt() == null ? null
                        : java.sql.Timestamp.from(productSafety.updatedAt()));
    }

    @Test
    void aSocialManagerSeesTheMistakeNextToTheFieldThenSaves() {
        open("social-manager");
        Grid<StatementTemplate> grid = grid();
        assertThat(rows(grid)).extracting(StatementTemplate::scenario)
                .containsExactlyInAnyOrderElementsOf(HoldingStatements.SCENARIOS);

        _click((Button) GridKt._getCellComponent(grid, row(grid, "product-safety"), "edit"));
        TextArea body = _get(TextArea.class, spec -> spec.withId("template-body"));
        _setValue(body, "Stop using {product} until {brand} says more.");
        _click(_get(Button.class, spec -> spec.withId("template-save")));

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Unknown placeholder {product}; use {brand}, {issue}, "
                + "{next_update}, {contact}");
        assertThat(_get(StatementTemplateDialog.class).isOpened()).isTrue();
        assertThat(body.getValue()).isEqualTo("Stop using {product} until {brand} says more.");
        assertThat(currentBody()).isEqualTo(productSafety.body());

        _setValue(body, "Stop using the product named in {issue} until {brand} says more, by {next_update}.");
        _click(_get(Button.class, spec -> spec.withId("template-save")));

        assertThat(_find(StatementTemplateDialog.class)).isEmpty();
        assertThat(currentBody()).isEqualTo("Stop using the product named in {issue} until {brand} says more, by "
                + "{next_update}.");
        StatementTemplate shown = GridKt._get(grid, row(grid, "product-safety"));
        assertThat(shown.body()).startsWith("Stop using the product");
        assertThat(GridKt._getFormattedRow(grid, row(grid, "product-safety"))).anySatisfy(cell -> assertThat(cell)
                .startsWith("social-manager, "));
    }

    @Test
    void aCrisisLeadReadsButCannotEdit() {
        open("crisis-lead");
        Grid<StatementTemplate> grid = grid();

        assertThat(rows(grid)).hasSize(HoldingStatements.SCENARIOS.size());
        assertThat(grid.getColumnByKey("edit")).isNull();
        assertThat(_get(Span.class, spec -> spec.withId("templates-read-only")).getText()).contains("Read only");
        assertThatThrownBy(() -> statements.update("product-safety", "Mine", "{brand} says sorry."))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(currentBody()).isEqualTo(productSafety.body());
    }

    @Test
    void theDraftStepShowsTheScenariosTemplateTheOthersAndWhyItCameBack() {
        session = UiSession.signIn(context, users, "crisis-lead");
        Component panel = draftPanel.panelFor(task("crisis", "DraftStatement", Map.of(SCENARIO.name(),
                "data-breach", EXECUTIVE_FEEDBACK.name(), "Do not promise a refund yet."))).orElseThrow();
        UI.getCurrent().add(panel);

        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            assertThat(_get(Div.class, spec -> spec.withId("scenario-template")).getText())
                    .isEqualTo(statements.template("data-breach").body());
        }
        assertThat(_find(Details.class)).hasSize(HoldingStatements.SCENARIOS.size() - 1)
                .noneMatch(details -> details.getId().orElseThrow().endsWith("data-breach"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("executiveFeedback")).getText())
                .isEqualTo("The executive sent it back: Do not promise a refund yet.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("legalFeedback"))).isEmpty();

        assertThat(draftPanel.panelFor(task("crisis", "LegalSignOff", Map.of()))).isEmpty();
        assertThat(draftPanel.panelFor(task("content-approval", "DraftStatement", Map.of()))).isEmpty();
    }

    private static TaskDetails task(String sopKey, String taskKey, Map<String, Object> variables) {
        return new TaskDetails(new InboxEntry("t-1", "Draft the holding statement", "Incident: test", "beanleaf",
                sopKey, "Crisis", Instant.now(), null, 50, "crisis-lead", "incident:1"), taskKey, true, false,
                FormSchema.EMPTY, variables, List.of());
    }

    private String currentBody() {
        return jdbc.queryForObject("select body from holding_statement_template where scenario = 'product-safety'",
                String.class);
    }

    private void open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(StatementTemplatesView.class);
        _get(StatementTemplatesView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StatementTemplate> grid() {
        return _get(Grid.class, spec -> spec.withId("statement-templates"));
    }

    private static List<StatementTemplate> rows(Grid<StatementTemplate> grid) {
        List<StatementTemplate> rows = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            rows.add(GridKt._get(grid, row));
        }
        return rows;
    }

    private static int row(Grid<StatementTemplate> grid, String scenario) {
        return rows(grid).stream().map(StatementTemplate::scenario).toList().indexOf(scenario);
    }
}
