package io.engineroom.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.SopChangeReviews.ChangeUnderReview;
import io.engineroom.workflow.SopChangeReviews.ModelMigration;

/**
 * Which running instances of the replaced versions could move to a change under review: per process model how many
 * could, and a few of them, with why the others could not. The reviewer's "also move running instances" moves the
 * movable ones after approving.
 */
final class SopChangeMigrationSummary {

    /** Instances named one by one; the counts cover all of them. */
    static final int SHOWN = 5;

    private SopChangeMigrationSummary() {
    }

    static Div of(ChangeUnderReview review) {
        Div migration = new Div();
        migration.setId("sop-change-migration");
        if (review.migrations().isEmpty()) {
            migration.add(new Paragraph("None: no process of this change replaces a version that has running "
                    + "instances to move"));
            return migration;
        }
        String to = review.change().shared() ? "shared" : review.change().brandId();
        for (ModelMigration model : review.migrations()) {
            migration.add(model(model, to));
        }
        return migration;
    }

    /** Versions count per brand, so each side says whose version it is: "shared v3 → beanleaf v1". */
    private static Div model(ModelMigration model, String to) {
        Div section = new Div();
        String key = model.model().key();
        if (model.problem() != null) {
            section.add(new Paragraph(key + ": no preview (" + model.problem() + ")"));
            return section;
        }
        String from = model.model().replacesBrandId() == null ? "shared" : model.model().replacesBrandId();
        section.add(new Paragraph(key + " " + from + " v" + model.model().replacesVersion() + " → " + to + " v"
                + model.model().version()
                + ": " + model.movable().size() + " of " + model.instances().size()
                + " running instances could move"));
        if (!model.instances().isEmpty()) {
            UnorderedList list = new UnorderedList();
            model.instances().stream().limit(SHOWN).forEach(instance -> list.add(new ListItem(line(instance))));
            if (model.instances().size() > SHOWN) {
                list.add(new ListItem("… and " + (model.instances().size() - SHOWN) + " more"));
            }
            list.addClassName("er-small");
            section.add(list);
        }
        if (!model.planProblems().isEmpty()) {
            section.add(SopChangeTaskPanel.muted("Left out of the plan: " + String.join("; ",
                    model.planProblems())));
        }
        return section;
    }

    private static String line(InstanceCheck instance) {
        String what = instance.businessKey() == null ? instance.instanceId()
                : instance.businessKey() + " (" + instance.instanceId() + ")";
        return what + (instance.canMove() ? ": can move" : ": cannot move: " + String.join("; ", instance.reasons()));
    }
}
