package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeReviews;
import io.engineroom.workflow.SopChangeReviews.ChangeUnderReview;
import io.engineroom.workflow.SopProblem;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskPanel;
import io.engineroom.workflow.change.ChangeIntake;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The SOP change on its review task's page, above the decision: who proposed it, for which brand, from where and
 * when; per model the version it replaces and the element diff; the lint as it stands now; which running instances
 * could move to it. A reviewer approves what they have seen, not a summary line.
 */
@org.springframework.stereotype.Component
class SopChangeTaskPanel implements TaskPanel {

    static final String REVIEW_TASK = "ReviewChange";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final SopChangeReviews reviews;
    private final BrandService brands;

    SopChangeTaskPanel(SopChangeReviews reviews, BrandService brands) {
        this.reviews = reviews;
        this.brands = brands;
    }

    @Override
    public Optional<Component> panelFor(TaskDetails task) {
        if (!ChangeIntake.REVIEW_SOP.equals(task.task().sopKey()) || !REVIEW_TASK.equals(task.taskKey())) {
            return Optional.empty();
        }
        return reviews.forTask(task.task().taskId()).map(this::panel);
    }

    private Component panel(ChangeUnderReview review) {
        SopChange change = review.change();
        VerticalLayout panel = new VerticalLayout();
        panel.setId("sop-change-panel");
        panel.setPadding(false);
        panel.add(new H3("The change"), summary(change));
        for (SopChangeModel model : change.models()) {
            panel.add(diff(model));
        }
        panel.add(new H4("Lint, run again now"), lint(review.lint()));
        panel.add(new H4("Running instances that could move"), SopChangeMigrationSummary.of(review));
        return panel;
    }

    private Div summary(SopChange change) {
        Div summary = new Div();
        summary.setId("sop-change-summary");
        summary.add(line("Proposed by", change.proposer()),
                line("For", change.shared() ? "shared (all brands without their own)"
                        : brands.find(change.brandId()).map(BrandSummary::name).orElse(change.brandId())),
                line("From", change.source() == null ? "unknown" : change.source()),
                line("When", WHEN.format(change.proposedAt())));
        return summary;
    }

    private static Div diff(SopChangeModel model) {
        Div section = new Div();
        section.setWidthFull();
        section.add(new H4(model.name() == null ? model.label() : model.name() + ": " + model.label()));
        ElementChangesGrid grid = new ElementChangesGrid("sop-change-diff-" + model.key());
        grid.setWidthFull();
        if (model.replacesVersion() == null) {
            grid.setVisible(false);
            section.add(muted("A new SOP here: no earlier version to compare with"), grid);
        } else {
            section.add(muted(grid.show(model.changes())), grid);
        }
        return section;
    }

    private static Div lint(List<SopProblem> problems) {
        Div lint = new Div();
        lint.setId("sop-change-lint");
        if (problems.isEmpty()) {
            lint.add(new Paragraph("No problems"));
            return lint;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        list.addClassName("er-error-text");
        lint.add(list);
        return lint;
    }

    private static Paragraph line(String label, String value) {
        Paragraph line = new Paragraph(label + ": " + value);
        line.addClassName("er-small");
        return line;
    }

    static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("er-muted");
        return paragraph;
    }
}
