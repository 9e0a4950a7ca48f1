package io.engineroom.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.SopVersions;
import java.util.List;

/** Two versions of one SOP side by side: the elements added, removed and changed from one to the other. */
class SopDiffDialog extends Dialog {

    final ComboBox<SopVersion> from = new ComboBox<>("From version");
    final ComboBox<SopVersion> to = new ComboBox<>("To version");
    final Span summary = new Span();
    final ElementChangesGrid changes = new ElementChangesGrid("sops-diff-changes");
    private final SopVersions sops;

    /** {@code versions} newest first; compares {@code target} with the version before it. */
    SopDiffDialog(SopVersions sops, List<SopVersion> versions, SopVersion target) {
        this.sops = sops;
        setHeaderTitle("Compare versions of " + target.key());
        setWidth("70rem");
        for (ComboBox<SopVersion> box : List.of(from, to)) {
            box.setItems(versions);
            box.setItemLabelGenerator(SopsView::label);
            box.addValueChangeListener(change -> compare());
            box.setWidth("24rem");
        }
        from.setId("sops-diff-from");
        to.setId("sops-diff-to");
        summary.setId("sops-diff-summary");
        int index = versions.indexOf(target);
        to.setValue(target);
        from.setValue(index + 1 < versions.size() ? versions.get(index + 1) : target);
        Button close = new Button("Close", click -> close());
        close.setId("sops-diff-close");
        getFooter().add(close);
        add(new VerticalLayout(new HorizontalLayout(from, to), summary, changes));
    }

    private void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        to.setInvalid(false);
        try {
            summary.setText(changes.show(sops.diff(from.getValue().definitionId(), to.getValue().definitionId())));
        } catch (InvalidInput refused) {
            to.setInvalid(true);
            to.setErrorMessage(String.join("; ", refused.problems().values()));
        }
    }
}
