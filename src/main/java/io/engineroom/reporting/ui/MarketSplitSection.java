package io.engineroom.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.engineroom.brand.BrandSummary;
import io.engineroom.content.ContentMarkets;
import io.engineroom.content.MarketFigures;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's split by market: per brand in view and market, the items planned in the period that target it,
 * translated and published there. Read from the content module's API, not its tables.
 */
final class MarketSplitSection {

    private MarketSplitSection() {
    }

    /** The section for these brands' figures of the period, each in its brand's own days. */
    static Div of(List<BrandFigures> figures, ContentMarkets markets, Function<String, ZoneId> zones) {
        Map<String, String> names = figures.stream().map(BrandFigures::brand)
                .collect(Collectors.toMap(BrandSummary::id, BrandSummary::name, (a, b) -> a));
        List<MarketFigures> rows = new ArrayList<>();
        for (BrandFigures brand : figures) {
            ZoneId zone = zones.apply(brand.brandId());
            rows.addAll(markets.figures(brand.brandId(), brand.period().start().atStartOfDay(zone).toInstant(),
                    brand.period().end().atStartOfDay(zone).toInstant()));
        }
        Grid<MarketFigures> grid = new Grid<>(MarketFigures.class, false);
        grid.setId("market-figures");
        grid.addColumn(row -> names.get(row.brandId())).setHeader("Brand").setKey("brand");
        grid.addColumn(MarketFigures::marketCode).setHeader("Market").setKey("market");
        grid.addColumn(MarketFigures::planned).setHeader("Items planned").setKey("planned");
        grid.addColumn(MarketFigures::translated).setHeader("Translated").setKey("translated");
        grid.addColumn(MarketFigures::published).setHeader("Published").setKey("published");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        Div section = new Div(new H3("By market"));
        section.setId("section-markets");
        section.addClassName("dashboard-section");
        section.addClassName("er-dashboard__section");
        section.add(rows.isEmpty() ? new Paragraph("No item of the period targets a market.") : grid);
        return section;
    }
}
