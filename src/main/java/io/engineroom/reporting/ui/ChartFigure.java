package io.engineroom.reporting.ui;

import com.vaadin.flow.component.html.Div;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn on the server, shown as inline SVG. The SVG is JFreeSVG's output (text XML-escaped, so brand and
 * pillar names cannot inject markup); screen readers get the chart's title, the figures are in the table beside it.
 */
class ChartFigure extends Div {

    private final String svg;

    ChartFigure(String id, JFreeChart chart) {
        setId(id);
        addClassName("chart-figure");
        this.svg = DashboardCharts.svg(chart);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", chart.getTitle() == null ? id : chart.getTitle().getText());
        // innerHTML on a div parses <svg> into the SVG namespace, so the browser draws it
        getElement().setProperty("innerHTML", svg);
        addClassName("er-chart"); // the stylesheet caps it at DashboardCharts.WIDTH
    }

    String svg() {
        return svg;
    }
}
