package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.PillarTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A brand's pillars as rows (name, target share, promotional), added and removed freely and saved together: the
 * shares must add up to 100 %, which the total shows as you type and the service checks. A refusal lands on the
 * total (shares) or the names (pillars), and nothing is saved.
 */
class PillarsEditor extends VerticalLayout {

    private final PillarService pillars;
    private final String brandId;
    final List<Row> rows = new ArrayList<>();
    final VerticalLayout rowList = new VerticalLayout();
    final IntegerField total = new IntegerField("Total (%)");
    final Button add = new Button("Add pillar");
    final Button save = new Button("Save pillars");
    final Span saved = new Span();
    private int nextRow;

    PillarsEditor(PillarService pillars, String brandId) {
        this.pillars = pillars;
        this.brandId = brandId;
        Paragraph about = new Paragraph("What the brand posts about and the share of its posts each pillar should "
                + "get. The shares add up to 100 %; mark promotional pillars, so the calendar warns when promotion is "
                + "above its share.");
        about.addClassName("er-intro");
        rowList.setPadding(false);
        total.setId("policy-pillars-total");
        total.setReadOnly(true);
        add.setId("policy-pillars-add");
        add.addClickListener(click -> addRow(new PillarSummary(0, brandId, "", 0, false)));
        save.setId("policy-pillars-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setId("policy-pillars-saved");
        pillars.of(brandId).forEach(this::addRow);
        updateTotal();
        HorizontalLayout actions = new HorizontalLayout(add, total, save);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(about, rowList, actions, saved);
    }

    private void addRow(PillarSummary pillar) {
        Row row = new Row(nextRow++, pillar);
        rows.add(row);
        rowList.add(row.layout);
        updateTotal();
    }

    private void updateTotal() {
        total.setValue(rows.stream().mapToInt(row -> row.share.getValue() == null ? 0 : row.share.getValue()).sum());
    }

    private void save() {
        saved.setText("");
        rows.forEach(Row::clearProblems);
        total.setInvalid(false);
        boolean complete = true;
        for (Row row : rows) {
            if (row.share.getValue() == null) {
                row.share.setErrorMessage("Enter a share in whole percent");
                row.share.setInvalid(true);
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        try {
            List<PillarSummary> defined = pillars.define(brandId, rows.stream().map(row -> new PillarTarget(
                    row.pillarId, row.name.getValue(), row.share.getValue(), row.promotional.getValue())).toList());
            saved.setText("Saved " + defined.size() + (defined.size() == 1 ? " pillar" : " pillars"));
            Notices.success(saved.getText());
        } catch (InvalidInput refused) {
            show(refused.problems());
        }
    }

    /** Shares' problems on the total, names' problems on the names that are blank or named twice. */
    private void show(Map<String, String> problems) {
        problems.forEach((field, problem) -> {
            switch (field) {
                case "targetShare" -> {
                    total.setErrorMessage(problem);
                    total.setInvalid(true);
                }
                case "pillars" -> namesAt(problem);
                default -> Notices.error(problem);
            }
        });
    }

    private void namesAt(String problem) {
        Set<String> seen = new HashSet<>();
        List<Row> wrong = rows.stream().filter(row -> {
            String name = row.name.getValue().strip().toLowerCase();
            return name.isEmpty() || name.length() > 100 || !seen.add(name);
        }).toList();
        // a pillar still in use (no name wrong): the problem names it; shown on the first row
        (wrong.isEmpty() ? rows.stream().limit(1).toList() : wrong).forEach(row -> {
            row.name.setErrorMessage(problem);
            row.name.setInvalid(true);
        });
        if (rows.isEmpty()) {
            total.setErrorMessage(problem);
            total.setInvalid(true);
        }
    }

    /** One pillar's fields, with ids by row number. */
    final class Row {
        final TextField name = new TextField("Pillar");
        final IntegerField share = new IntegerField("Target share (%)");
        final Checkbox promotional = new Checkbox("Promotional");
        final Button remove = new Button("Remove");
        final HorizontalLayout layout = new HorizontalLayout();
        /** The pillar this row shows, so a new name renames it; null for a row added here. */
        final Long pillarId;

        Row(int number, PillarSummary pillar) {
            pillarId = pillar.id() == 0 ? null : pillar.id();
            name.setId("policy-pillar-name-" + number);
            name.setValue(pillar.name());
            name.setMaxLength(100);
            share.setId("policy-pillar-share-" + number);
            share.setMin(0);
            share.setMax(100);
            share.setValue(pillar.targetShare());
            share.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            share.addValueChangeListener(change -> updateTotal());
            promotional.setId("policy-pillar-promotional-" + number);
            promotional.setValue(pillar.promotional());
            remove.setId("policy-pillar-remove-" + number);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(click -> {
                rows.remove(this);
                rowList.remove(layout);
                updateTotal();
            });
            layout.add(name, share, promotional, remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        void clearProblems() {
            name.setInvalid(false);
            share.setInvalid(false);
        }
    }
}
