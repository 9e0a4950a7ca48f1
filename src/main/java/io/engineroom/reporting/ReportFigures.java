package io.engineroom.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of a report and the dashboard: what {@link ReportingMetrics} reads for a period. */
public final class ReportFigures {

    private ReportFigures() {
    }

    public record ChannelFigures(long channelId, String channel, String platform, long posts, long impressions,
            long reach, long engagements, long saves, long shares, long comments, long clicks, long followerChange,
            long leads) {
    }

    /** @param share of the period's posts, 0..100; targetShare the pillar's target, 0..100 */
    public record PillarFigures(long pillarId, String pillar, long posts, double share, Double targetShare,
            long engagements) {
    }

    /** @param compliance answered within the SLA, 0..100, null when nothing was answered */
    public record QueueSla(String queue, long received, long answered, long withinSla, Double compliance,
            Double medianFirstResponseMinutes, long openBacklog, long breachedOpen) {
    }

    /** One approval stage (a task of content-approval.bpmn): how long work waited there, how often it was sent back. */
    public record StageCycle(String taskKey, String stage, long completed, Double medianHours, Double p90Hours,
            long rejections) {
    }

    public record PostFigures(long contentItemId, String title, String channel, LocalDate publishedOn,
            long impressions, long engagements, Double engagementRate) {
    }

    /** One day of the brand: engagement from post-day metrics, sentiment of the interactions received. */
    public record DailyTrend(LocalDate day, long impressions, long engagements, long negative, long neutral,
            long positive) {
    }

    /** One interaction received in the period, for the report's detail sheet (streamed). */
    public record InteractionRow(String id, String channel, String kind, String category, String sentiment,
            String priority, Instant receivedAt, Instant firstResponseAt, Instant slaDueAt, boolean breached,
            String state) {
    }

    /** One post on one channel on one day, for the report's detail sheet (streamed). */
    public record PostDayRow(long contentItemId, String title, String channel, LocalDate day, long impressions,
            long reach, long engagements, long saves, long shares, long comments, long clicks) {
    }
}
