package io.engineroom.reporting;

import io.engineroom.reporting.ReportFigures.ChannelFigures;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.InteractionRow;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.PostDayRow;
import io.engineroom.reporting.ReportFigures.PostFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** TEMPORARY skeleton of the reporting read API until the metrics branch is merged (replaced by its version). */
@Service
public class ReportingMetrics {

    public List<KpiValue> kpis(ReportPeriod period) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public List<ChannelFigures> channels(ReportPeriod period) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public List<PillarFigures> pillars(ReportPeriod period) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public List<QueueSla> sla(ReportPeriod period) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public List<StageCycle> approvalStages(ReportPeriod period) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public List<PostFigures> posts(ReportPeriod period, int limit, boolean best) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public List<DailyTrend> trend(ReportPeriod period) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public void eachInteraction(ReportPeriod period, Consumer<InteractionRow> row) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public void eachPostDay(ReportPeriod period, Consumer<PostDayRow> row) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }
}
