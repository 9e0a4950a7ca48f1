package io.engineroom.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A chart's figures as a plain table beside it: readable without the picture, and each figure a link. */
class FigureTable extends NativeTable {

    private final NativeTableRow header;
    private final NativeTableBody body;

    FigureTable(String id, String caption) {
        setId(id);
        addClassName("figure-table");
        setCaptionText(caption);
        getCaption().addClassName("er-figures__caption");
        header = getHead().addRow();
        body = getBody();
        addClassName("er-figures");
    }

    FigureTable columns(Object... headings) {
        for (Object heading : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell();
            cell.add(heading instanceof Component component ? component : new Span(String.valueOf(heading)));
            cell.getElement().setAttribute("scope", "col");
            cell.addClassName("er-figures__head");
            header.add(cell);
        }
        return this;
    }

    void row(Object... cells) {
        NativeTableRow row = new NativeTableRow();
        for (Object value : cells) {
            NativeTableCell cell = new NativeTableCell();
            cell.add(value instanceof Component component ? component : new Span(String.valueOf(value)));
            cell.addClassName("er-figures__cell");
            row.add(cell);
        }
        body.addRows(row);
    }

    int rowCount() {
        return body.getRows().size();
    }

    /** Says so when the period had nothing to show: an empty table reads as broken. */
    FigureTable noneYet() {
        if (body.getRows().isEmpty()) {
            NativeTableCell cell = new NativeTableCell("No figures in this period");
            cell.addClassName("no-figures");
            cell.getElement().setAttribute("colspan", String.valueOf(header.getChildren().count()));
            cell.addClassName("er-figures__none");
            NativeTableRow row = new NativeTableRow();
            row.add(cell);
            getFoot().addRows(row);
        }
        return this;
    }

    /** One decimal, or a dash where there is no figure. */
    static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%.1f", value);
    }
}
