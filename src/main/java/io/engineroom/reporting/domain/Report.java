package io.engineroom.reporting.domain;

import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One brand's report for one cadence and period, with its workbook once generated. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cadence cadence;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportState state;
    @Column(name = "file_name")
    private String fileName;
    // Not @Lob: Hibernate 6 maps a @Lob byte[] to a large object (oid) on PostgreSQL; the column is bytea.
    private byte[] data;
    @Column(name = "generated_at")
    private Instant generatedAt;
    private String insights;
    @Column(name = "insights_by")
    private String insightsBy;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "sent_back_count", nullable = false)
    private int sentBackCount;
    @Column(name = "distributed_at")
    private Instant distributedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Report() {
    }

    public Report(ReportPeriod period, Instant createdAt) {
        this.brandId = period.brandId();
        this.cadence = period.cadence();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.state = ReportState.DUE;
        this.createdAt = createdAt;
    }

    public ReportPeriod period() {
        return new ReportPeriod(brandId, cadence, periodStart, periodEnd);
    }

    /** The workbook as generated now; a daily snapshot is stored as it is, the others wait for insights. */
    public void generated(String fileName, byte[] data, Instant at) {
        this.fileName = fileName;
        this.data = data;
        this.generatedAt = at;
        if (state == ReportState.DUE) {
            state = cadence == Cadence.DAILY ? ReportState.STORED : ReportState.AWAITING_INSIGHTS;
        }
    }

    /** @throws IllegalStateException unless the report waits for insights */
    public void insightsWritten(String insights, String analyst) {
        require(ReportState.AWAITING_INSIGHTS, "take insights");
        this.insights = insights;
        this.insightsBy = analyst;
        this.state = ReportState.AWAITING_APPROVAL;
    }

    /** @throws IllegalStateException unless the report waits for the manager's decision */
    public void sentBack() {
        require(ReportState.AWAITING_APPROVAL, "be sent back");
        this.sentBackCount++;
        this.state = ReportState.AWAITING_INSIGHTS;
    }

    /** @throws IllegalStateException unless the report waits for the manager's decision */
    public void approved(String manager) {
        require(ReportState.AWAITING_APPROVAL, "be approved");
        this.approvedBy = manager;
        this.state = ReportState.APPROVED;
    }

    /** @throws IllegalStateException unless the report is approved: nobody gets a report the manager has not seen */
    public void distributed(Instant at) {
        require(ReportState.APPROVED, "be distributed");
        this.distributedAt = at;
        this.state = ReportState.DISTRIBUTED;
    }

    private void require(ReportState expected, String move) {
        if (state != expected) {
            throw new IllegalStateException("Report " + id + " is " + state.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + ": only a report " + expected.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " can " + move);
        }
    }

    public Long getId() { return id; }
    public String getBrandId() { return brandId; }
    public Cadence getCadence() { return cadence; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public ReportState getState() { return state; }
    public String getFileName() { return fileName; }
    public byte[] getData() { return data; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getInsights() { return insights; }
    public String getInsightsBy() { return insightsBy; }
    public String getApprovedBy() { return approvedBy; }
    public int getSentBackCount() { return sentBackCount; }
    public Instant getDistributedAt() { return distributedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
