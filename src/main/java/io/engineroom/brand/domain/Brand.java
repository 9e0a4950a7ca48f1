package io.engineroom.brand.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A brand the team runs social media for. Its id is also its Camunda tenant id. Never deleted: archiving keeps its
 * records and history and stops new work.
 */
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

    /** Opening hours per weekday; a weekday without an entry is closed. New brands: weekdays 9 to 5. */
    @ElementCollection
    @CollectionTable(name = "brand_business_day", joinColumns = @JoinColumn(name = "brand_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "day_of_week")
    private Map<DayOfWeek, BusinessDay> businessDays = new EnumMap<>(DayOfWeek.class);

    /** Days closed all day, whatever the weekday. */
    @ElementCollection
    @CollectionTable(name = "brand_holiday", joinColumns = @JoinColumn(name = "brand_id"))
    @Column(name = "holiday")
    private Set<LocalDate> holidays = new HashSet<>();

    /** Days finished process history is kept; null: each SOP's own history time to live. */
    @Column(name = "history_retention_days")
    private Integer historyRetentionDays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the brand was archived; null while it is active. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by")
    private String archivedBy;

    protected Brand() {
    }

    public Brand(String id, String name, boolean regulated, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.regulated = regulated;
        this.createdAt = createdAt;
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            businessDays.put(day, new BusinessDay(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
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

    public Map<DayOfWeek, BusinessDay> getBusinessDays() {
        return Map.copyOf(businessDays);
    }

    public Set<LocalDate> getHolidays() {
        return Set.copyOf(holidays);
    }

    /** Replaces the weekly hours and the holidays. */
    public void businessHours(Map<DayOfWeek, BusinessDay> days, Set<LocalDate> closedDays) {
        businessDays.clear();
        businessDays.putAll(days);
        holidays.clear();
        holidays.addAll(closedDays);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public void archive(Instant at, String by) {
        this.archivedAt = at;
        this.archivedBy = by;
    }

    public void unarchive() {
        this.archivedAt = null;
        this.archivedBy = null;
    }

    public Integer getHistoryRetentionDays() {
        return historyRetentionDays;
    }

    public void historyRetentionDays(Integer days) {
        this.historyRetentionDays = days;
    }
}
