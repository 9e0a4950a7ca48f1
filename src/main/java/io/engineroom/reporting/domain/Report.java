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

    public void insightsWritten(String insights, String analyst) {
        this.insights = insights;
        this.insightsBy = analyst;
        this.state = ReportState.AWAITING_APPROVAL;
    }

    public void sentBack() {
        this.sentBackCount++;
        this.state = ReportState.AWAITING_INSIGHTS;
    }

    public void approved(String manager) {
        this.approvedBy = manager;
        this.state = ReportState.APPROVED;
    }

    public void distributed(Instant at) {
        this.distributedAt = at;
        this.state = ReportState.DISTRIBUTED;
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
