package io.engineroom.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.workflow.MigrationPreview;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.MigrationReport;
import io.engineroom.workflow.MigrationReport.Outcome;
import io.engineroom.workflow.SopMigration;
import io.engineroom.workflow.SopVersion;
import java.util.List;

/**
 * Migrating the running instances of one version: choose the target version, read the preview (the plan's
 * mappings and problems, each instance in my brands and whether it can move and why not), confirm, read the
 * report of what moved and what did not.
 */
class SopMigrationDialog extends Dialog {

    final ComboBox<SopVersion> target = new ComboBox<>("Migrate to version");
    final Span plan = new Span();
    final Span planProblems = new Span();
    final Grid<InstanceCheck> preview = new Grid<>();
    final Button confirm = new Button();
    final Span summary = new Span();
    final Grid<Outcome> report = new Grid<>();
    private final SopMigration migration;
    private final SopVersion source;
    private final Runnable afterMigration;
    private MigrationPreview shown;

    SopMigrationDialog(SopMigration migration, List<SopVersion> versions, SopVersion source, Runnable afterMigration) {
        this.migration = migration;
        this.source = source;
        this.afterMigration = afterMigration;
        setHeaderTitle("Migrate running instances of " + source.key() + " v" + source.version());
        setWidth("75rem");
        List<SopVersion> targets = versions.stream().filter(version -> !version.equals(source)).toList();
        target.setId("sops-migration-target");
        target.setItems(targets);
        target.setItemLabelGenerator(SopsView::label);
        target.setWidth("24rem");
        target.addValueChangeListener(change -> preview());
        plan.setId("sops-migration-plan");
        planProblems.setId("sops-migration-plan-problems");
        planProblems.addClassName("er-error-text");

        preview.setId("sops-migration-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.addColumn(InstanceCheck::instanceId).setHeader("Instance").setKey("instance");
        preview.addColumn(InstanceCheck::brand).setHeader("Brand").setKey("brand").setWidth("8rem").setFlexGrow(0);
        preview.addColumn(InstanceCheck::businessKey).setHeader("Record").setKey("record");
        preview.addColumn(check -> String.join(", ", check.activities())).setHeader("At").setKey("at");
        preview.addColumn(check -> check.canMove() ? "yes" : "no").setHeader("Can move").setKey("canMove")
                .setWidth("6rem").setFlexGrow(0);
        preview.addColumn(check -> String.join("\n", check.reasons())).setHeader("Why not").setKey("why")
                .setFlexGrow(2);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);

        confirm.setId("sops-migration-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> migrate());
        confirm.setText("Migrate");
        confirm.setEnabled(false);
        summary.setId("sops-migration-summary");
        report.setId("sops-migration-report");
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.addColumn(Outcome::instanceId).setHeader("Instance").setKey("instance");
        report.addColumn(Outcome::businessKey).setHeader("Record").setKey("record");
        report.addColumn(outcome -> outcome.moved() ? "moved" : "not moved").setHeader("Outcome").setKey("outcome")
                .setWidth("8rem").setFlexGrow(0);
        report.addColumn(outcome -> String.join("\n", outcome.reasons())).setHeader("Why not").setKey("why")
                .setFlexGrow(2);
        report.setAllRowsVisible(true);
        report.setVisible(false);

        Button close = new Button("Close", click -> close());
        close.setId("sops-migration-close");
        getFooter().add(close, confirm);
        Paragraph how = new Paragraph("Activities with the same id in both versions are mapped and their timers and "
                + "messages updated. An instance waiting in an activity the target version does not have cannot move "
                + "and stays on its version. Only instances of your brands are listed.");
        how.addClassName("er-muted");
        add(new VerticalLayout(how, target, plan, planProblems, preview, summary, report));
        targets.stream().findFirst().ifPresent(target::setValue);
        if (targets.isEmpty()) {
            plan.setText("There is no other version to migrate to.");
        }
    }

    private void preview() {
        if (target.getValue() == null) {
            return;
        }
        target.setInvalid(false);
        report.setVisible(false);
        summary.setText("");
        try {
            shown = migration.preview(source.definitionId(), target.getValue().definitionId());
        } catch (InvalidInput refused) {
            target.setInvalid(true);
            target.setErrorMessage(String.join("; ", refused.problems().values()));
            return;
        }
        plan.setText("Mapped: " + (shown.mappedActivities().isEmpty() ? "nothing"
                : String.join(", ", shown.mappedActivities())));
        planProblems.setText(shown.planProblems().isEmpty() ? ""
                : "Left out of the plan: " + String.join("; ", shown.planProblems()));
        preview.setItems(shown.instances());
        preview.setVisible(true);
        long movable = shown.movableInstanceIds().size();
        confirm.setText("Migrate " + movable + " of " + shown.instances().size() + " instance(s)");
        confirm.setEnabled(!shown.instances().isEmpty());
        if (shown.instances().isEmpty()) {
            summary.setText("No running instance of v" + source.version() + " in your brands.");
        }
    }

    /** Every previewed instance is tried on its own; those that cannot move stay and are reported with why. */
    private void migrate() {
        List<String> ids = shown.instances().stream().map(InstanceCheck::instanceId).toList();
        MigrationReport result = migration.migrate(source.definitionId(), target.getValue().definitionId(), ids);
        summary.setText(result.moved().size() + " moved to v" + result.target().version() + ", "
                + result.notMoved().size() + " not moved");
        report.setItems(result.outcomes());
        report.setVisible(true);
        confirm.setEnabled(false);
        afterMigration.run();
    }
}
