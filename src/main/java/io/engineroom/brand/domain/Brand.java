package io.engineroom.brand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A brand the team runs social media for. Its id is also its Camunda tenant id. */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private boolean regulated;

    @Column(name = "client_sign_off_required", nullable = false)
    private boolean clientSignOffRequired;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Column(name = "approval_lead_hours", nullable = false)
    private int approvalLeadHours = 24;

    /** Comma-separated {@link java.time.DayOfWeek} abbreviations (MON,TUE,...). */
    @Column(name = "business_days", nullable = false)
    private String businessDays = "MON,TUE,WED,THU,FRI";

    @Column(name = "business_opens", nullable = false)
    private java.time.LocalTime businessOpens = java.time.LocalTime.of(9, 0);

    @Column(name = "business_closes", nullable = false)
    private java.time.LocalTime businessCloses = java.time.LocalTime.of(17, 0);

    /** Days finished process history is kept; null: each SOP's own history time to live. */
    @Column(name = "history_retention_days")
    private Integer historyRetentionDays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Brand() {
    }

    public Brand(String id, String name, boolean regulated, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.regulated = regulated;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isRegulated() {
        return regulated;
    }

    public boolean isClientSignOffRequired() {
        return clientSignOffRequired;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getApprovalLeadHours() {
        return approvalLeadHours;
    }

    public void configure(String name, boolean regulated, boolean clientSignOffRequired, String timeZone,
            int approvalLeadHours) {
        this.name = name;
        this.regulated = regulated;
        this.clientSignOffRequired = clientSignOffRequired;
        this.timeZone = timeZone;
        this.approvalLeadHours = approvalLeadHours;
    }

    public String getBusinessDays() {
        return businessDays;
    }

    public java.time.LocalTime getBusinessOpens() {
        return businessOpens;
    }

    public java.time.LocalTime getBusinessCloses() {
        return businessCloses;
    }

    public void businessHours(String days, java.time.LocalTime opens, java.time.LocalTime closes) {
        this.businessDays = days;
        this.businessOpens = opens;
        this.businessCloses = closes;
    }

    public Integer getHistoryRetentionDays() {
        return historyRetentionDays;
    }

    public void historyRetentionDays(Integer days) {
        this.historyRetentionDays = days;
    }
}
