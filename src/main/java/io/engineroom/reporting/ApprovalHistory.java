package io.engineroom.reporting;

import io.engineroom.reporting.ReportFigures.StageCycle;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The approval figures, read from Camunda's history of {@code content-approval} (history level full): task
 * durations per task definition key, the approval's start and its "Mark content approved" step, and every
 * {@code reviewDecision = reject} among the variable updates. The brand is the process's tenant.
 */
@Component
class ApprovalHistory {

    static final String APPROVAL = "content-approval";
    /** The order a content item meets the approval stages in: the report lists them so. */
    private static final List<String> STAGE_ORDER = List.of("WriteBrief", "WriteCopy", "CreateVisual", "BrandReview",
            "LegalReview", "ClientSignOff", "ChaseApproval", "PostByHand", "VerifyPublication");

    private final JdbcTemplate jdbc;

    ApprovalHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Tasks completed in the window per stage: how long each took (hours), how often the stage sent work back. */
    List<StageCycle> stages(String brandId, PeriodWindow window) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<Double>> hours = new HashMap<>();
        jdbc.query("""
                select task_def_key_, name_, start_time_, end_time_ from act_hi_taskinst
                 where proc_def_key_ = ? and tenant_id_ = ? and end_time_ >= ? and end_time_ < ?
                   and delete_reason_ = 'completed'""",
                rs -> {
                    String key = rs.getString(1);
                    names.putIfAbsent(key, rs.getString(2));
                    hours.computeIfAbsent(key, k -> new ArrayList<>()).add(hoursBetween(rs.getTimestamp(3),
                            rs.getTimestamp(4)));
                }, APPROVAL, brandId, window.from(), window.until());
        Map<String, Long> rejections = rejectionsByStage(brandId, window);
        rejections.keySet().forEach(key -> hours.computeIfAbsent(key, k -> new ArrayList<>()));
        return hours.keySet().stream().sorted(Comparator.comparing(ApprovalHistory::stageRank)
                .thenComparing(Comparator.naturalOrder())).map(key -> {
                    double[] sample = hours.get(key).stream().mapToDouble(Double::doubleValue).toArray();
                    return new StageCycle(key, names.getOrDefault(key, key), sample.length,
                            Percentiles.of(sample, 0.5), Percentiles.of(sample, 0.9),
                            rejections.getOrDefault(key, 0L));
                }).toList();
    }

    /** Median hours from each approval's start (the brief) to its approval, for approvals in the period. */
    Double medianCycleHours(String brandId, PeriodWindow window) {
        List<Double> hours = jdbc.query("""
                select p.start_time_, a.end_time_ from act_hi_actinst a
                  join act_hi_procinst p on p.id_ = a.proc_inst_id_
                 where a.proc_def_key_ = ? and a.tenant_id_ = ? and a.act_id_ = 'MarkContentApproved'
                   and a.end_time_ >= ? and a.end_time_ < ?""",
                (rs, n) -> hoursBetween(rs.getTimestamp(1), rs.getTimestamp(2)), APPROVAL, brandId, window.from(),
                window.until());
        return Percentiles.of(hours.stream().mapToDouble(Double::doubleValue).toArray(), 0.5);
    }

    /**
     * Reviews sent back in the period, per stage: every time a task of content-approval was completed with the
     * variable {@code reviewDecision} set to {@code reject}, as the engine's full history records it.
     */
    Map<String, Long> rejectionsByStage(String brandId, PeriodWindow window) {
        Map<String, Long> rejections = new HashMap<>();
        jdbc.query("""
                select coalesce(t.task_def_key_, a.act_id_) stage, count(*) from act_hi_detail d
                  left join act_hi_taskinst t on t.id_ = d.task_id_
                  left join act_hi_actinst a on a.id_ = d.act_inst_id_
                 where d.proc_def_key_ = ? and d.tenant_id_ = ? and d.name_ = 'reviewDecision'
                   and d.text_ = 'reject' and d.time_ >= ? and d.time_ < ?
                 group by coalesce(t.task_def_key_, a.act_id_)""",
                rs -> {
                    rejections.put(rs.getString(1) == null ? "unknown" : rs.getString(1), rs.getLong(2));
                }, APPROVAL, brandId, window.from(), window.until());
        return rejections;
    }

    private static int stageRank(String taskKey) {
        int rank = STAGE_ORDER.indexOf(taskKey);
        return rank < 0 ? STAGE_ORDER.size() : rank;
    }

    private static double hoursBetween(Timestamp from, Timestamp to) {
        return (to.getTime() - from.getTime()) / 3_600_000.0;
    }
}
