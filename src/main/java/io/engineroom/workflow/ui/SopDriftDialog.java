package io.engineroom.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.workflow.DriftEntry;

/** Where the deployed version of an SOP differs from its file in processes/, element by element. */
class SopDriftDialog extends Dialog {

    final ElementChangesGrid changes = new ElementChangesGrid("sops-drift-changes");

    SopDriftDialog(DriftEntry entry) {
        setHeaderTitle(entry.key() + ": deployed v" + entry.deployedVersion() + " differs from " + entry.folderFile());
        setWidth("70rem");
        Span summary = new Span(changes.show(entry.changes()));
        summary.setId("sops-drift-summary");
        Paragraph how = new Paragraph("From the folder's file to the deployed model: \"added\" is only in the "
                + "deployed model, \"removed\" only in the file. A change made in Camunda Modeler and deployed but "
                + "not committed to processes/ shows here; export the deployed version to commit it.");
        how.addClassName("er-muted");
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
        add(new VerticalLayout(how, summary, changes));
    }
}
