package io.engineroom.crisis.ui;

import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_FEEDBACK;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_FEEDBACK;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.brand.VoiceGuideCard;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.StatementTemplate;
import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskPanel;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The crisis SOP's draft step on the task page: why the last draft came back (when it did), the scenario's
 * template, and the other scenarios' templates folded away for reference (a crisis is not always what it was first
 * assessed as).
 */
@org.springframework.stereotype.Component
class DraftStatementPanel implements TaskPanel {

    static final String SOP_KEY = "crisis";
    static final String DRAFT_TASK = "DraftStatement";

    private final HoldingStatements statements;
    private final VoiceGuides voice;

    DraftStatementPanel(HoldingStatements statements, VoiceGuides voice) {
        this.statements = statements;
        this.voice = voice;
    }

    @Override
    public Optional<Component> panelFor(TaskDetails task) {
        if (!SOP_KEY.equals(task.task().sopKey()) || !DRAFT_TASK.equals(task.taskKey())) {
            return Optional.empty();
        }
        List<StatementTemplate> templates;
        try {
            templates = statements.templates();
        } catch (AccessDeniedException notForThem) {
            return Optional.empty();
        }
        String assessed = SCENARIO.fromIfTyped(task.variables()).orElse(null);
        String scenario = assessed != null && HoldingStatements.SCENARIOS.contains(assessed) ? assessed
                : HoldingStatements.FALLBACK_SCENARIO;
        VerticalLayout panel = new VerticalLayout();
        panel.setId("statement-templates-panel");
        panel.setPadding(false);
        // the statement is written here: the brand's voice guide beside it (checked again on submit)
        VoiceGuideCard.of(voice, task.task().brandId()).ifPresent(panel::add);
        feedback(task, LEGAL_FEEDBACK, "Legal sent it back").ifPresent(panel::add);
        feedback(task, EXECUTIVE_FEEDBACK, "The executive sent it back").ifPresent(panel::add);
        panel.add(new H3("Template for " + scenario));
        templates.stream().filter(template -> template.scenario().equals(scenario)).findFirst()
                .ifPresent(template -> panel.add(body(template, "scenario-template")));
        templates.stream().filter(template -> !template.scenario().equals(scenario)).forEach(template -> {
            Details other = new Details(template.scenario() + ": " + template.title(),
                    body(template, "template-" + template.scenario()));
            other.setId("other-template-" + template.scenario());
            panel.add(other);
        });
        return Optional.of(panel);
    }

    private static Optional<Component> feedback(TaskDetails task, SopVariable<String> variable, String who) {
        String comment = variable.fromIfTyped(task.variables()).orElse(null);
        if (comment == null || comment.isBlank()) {
            return Optional.empty();
        }
        Paragraph sentBack = new Paragraph(who + ": " + comment);
        sentBack.setId(variable.name());
        sentBack.addClassName("er-error-text");
        return Optional.of(sentBack);
    }

    private static Div body(StatementTemplate template, String id) {
        Div text = new Div();
        text.setText(template.body());
        text.setId(id);
        text.addClassName("er-statement__draft");
        return text;
    }
}
