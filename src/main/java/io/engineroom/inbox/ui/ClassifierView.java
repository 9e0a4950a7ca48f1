package io.engineroom.inbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import io.engineroom.identity.Roles;
import io.engineroom.inbox.ClassifierFigure;
import io.engineroom.inbox.ClassifierRetraining;
import io.engineroom.inbox.ClassifierTraining;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The classifier's retrainings, for an admin: "Retrain now" trains candidate heads on the shipped examples plus
 * people's corrections in the background (tens of seconds: every text is embedded) with a progress bar, grades them
 * against the model in use and activates them only if they are not worse; each training is listed with its figures
 * before and after and why it was or was not activated. An earlier training, or the shipped model, can be put back.
 */
@Route("admin/classifier")
@PageTitle("Classifier · Engine Room")
@Menu(title = "Classifier", order = 72)
@RolesAllowed(Roles.ADMIN)
public class ClassifierView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final ClassifierRetraining retraining;
    private final RetrainRunner runner;
    final Span active = new Span();
    final Span evaluation = new Span();
    final Button retrain = new Button("Retrain now");
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Grid<ClassifierTraining> trainings = new Grid<>();

    public ClassifierView(ClassifierRetraining retraining, RetrainRunner runner) {
        this.retraining = retraining;
        this.runner = runner;
        Paragraph about = new Paragraph("Retraining teaches the classifier's heads the shipped examples plus what"
                + " people corrected (sentiment and category; corrections to \"Unclassified\" and of text in other"
                + " languages teach nothing). Corrections of the last 90 days are split in two by interaction: one"
                + " half trains, the other grades. The candidate is graded against the model in use on the same"
                + " texts and replaces it only if it is not worse on any measure (half a point of tolerance); every"
                + " interaction keeps the version that classified it.");
        about.addClassName("er-intro");
        active.setId("classifier-active");
        evaluation.setId("classifier-evaluation");
        evaluation.addClassName("er-small");
        retrain.setId("classifier-retrain");
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrain.addClickListener(click -> start());
        progress.setId("classifier-progress");
        progress.setWidth("14rem");
        progress.setVisible(false);
        status.setId("classifier-status");
        status.addClassName("er-small");
        HorizontalLayout actions = new HorizontalLayout(retrain, progress, status);
        actions.setAlignItems(Alignment.CENTER);
        trainings.setId("classifier-trainings");
        trainings.addColumn(ClassifierTraining::model).setHeader("Model").setAutoWidth(true);
        trainings.addColumn(training -> TIME.format(training.trainedAt().atZone(ZoneId.systemDefault())) + " by "
                + training.trainedBy()).setHeader("Trained").setAutoWidth(true);
        trainings.addColumn(ClassifierView::learnedFrom).setHeader("Learned from").setAutoWidth(true);
        trainings.addComponentColumn(ClassifierView::figures).setHeader("Before → after").setAutoWidth(true);
        trainings.addColumn(ClassifierTraining::outcome).setHeader("Result").setFlexGrow(1);
        trainings.addComponentColumn(this::useButton).setKey("use");
        trainings.setAllRowsVisible(true);
        Button shipped = new Button("Use the shipped model", click -> use(ClassifierRetraining.SHIPPED));
        shipped.setId("classifier-use-shipped");
        shipped.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new H2("Classifier"), about, active, evaluation, actions, trainings, shipped);
        if (retraining.running()) {
            retrain.setEnabled(false);
            status.setText("A retraining is running: its result is listed here when it ends (reload the page).");
        }
        refresh();
    }

    private void start() {
        UI ui = UI.getCurrent();
        retrain.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.removeClassName("er-error-text");
        status.setText("Starting…");
        runner.run(() -> {
            try {
                ClassifierTraining done = retraining.retrain((what, step, total) -> access(ui,
                        () -> progressed(what, step, total)));
                access(ui, () -> finished(done));
            } catch (RuntimeException failed) {
                access(ui, () -> failed(failed.getMessage()));
            }
        });
    }

    private static void access(UI ui, Command update) {
        try {
            ui.access(update);
        } catch (UIDetachedException screenClosed) {
            // the admin left the screen: the training goes on and is listed when they come back
        }
    }

    private void progressed(String what, int done, int total) {
        progress.setValue(total == 0 ? 1 : (double) done / total);
        status.setText(what + ": " + done + " of " + total);
    }

    private void finished(ClassifierTraining done) {
        retrain.setEnabled(true);
        progress.setVisible(false);
        status.setText((done.activated() ? "Activated " + done.model() : "Not activated") + ". " + done.outcome());
        refresh();
    }

    private void failed(String message) {
        retrain.setEnabled(true);
        progress.setVisible(false);
        status.addClassName("er-error-text");
        status.setText("Retraining failed: " + message);
    }

    private void use(String model) {
        retraining.activate(model);
        status.removeClassName("er-error-text");
        status.setText(model + " classifies new interactions from now on");
        refresh();
    }

    private Button useButton(ClassifierTraining training) {
        Button use = new Button("Use", click -> use(training.model()));
        use.setId("classifier-use-" + training.model());
        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
        use.setVisible(!training.model().equals(retraining.activeModel()));
        return use;
    }

    private void refresh() {
        active.setText("In use: " + retraining.activeModel());
        evaluation.setText(retraining.evaluationSource());
        trainings.setItems(retraining.trainings());
    }

    private static String learnedFrom(ClassifierTraining training) {
        return String.format(Locale.ROOT, "shipped %d sentiment / %d category; corrections %d / %d; held out %d / %d",
                training.shippedSentiment(), training.shippedCategory(), training.correctedSentiment(),
                training.correctedCategory(), training.heldOutSentiment(), training.heldOutCategory());
    }

    private static Div figures(ClassifierTraining training) {
        Div lines = new Div();
        lines.addClassName("er-small");
        for (ClassifierFigure figure : training.figures()) {
            lines.add(new Div(String.format(Locale.ROOT, "%s (%d): %.3f → %.3f%s", figure.measure(),
                    figure.examples(), figure.before(), figure.after(), figure.notWorse() ? "" : " worse")));
        }
        if (training.evaluationNote() != null) {
            lines.add(new Div(training.evaluationNote()));
        }
        return lines;
    }
}
