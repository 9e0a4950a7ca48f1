package io.engineroom.reporting.ui;

import io.engineroom.brand.BrandSummary;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import io.engineroom.reporting.ReportPeriod;
import java.util.List;

/** What the dashboard shows of one brand for one period, read once per refresh. */
record BrandFigures(BrandSummary brand, ReportPeriod period, List<QueueSla> sla, List<StageCycle> stages,
        List<PillarFigures> pillars, List<DailyTrend> trend) {

    BrandFigures {
        sla = List.copyOf(sla);
        stages = List.copyOf(stages);
        pillars = List.copyOf(pillars);
        trend = List.copyOf(trend);
    }

    String brandId() {
        return brand.id();
    }

    String brandName() {
        return brand.name();
    }
}
