package io.engineroom.influencer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A campaign with one creator, run by the influencer-engagement SOP (business key {@code campaign:<id>}). The SOP's
 * steps record here what later steps decide on: the vet's facts, the contract file, the brief, the live post.
 */
@Entity
@Table(name = "influencer_campaign")
public class InfluencerCampaign {

    public enum State { SHORTLISTED, VET_FAILED, DECLINED, CONTRACTING, BRIEFED, LIVE, PAYMENT_APPROVED, REVIEWED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Column(name = "creator_id", nullable = false)
    private Long creatorId;

    @Column(nullable = false)
    private String name;

    @Column(name = "disclosure_tag", nullable = false)
    private String disclosureTag;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "audience_fit")
    private String audienceFit;

    @Column(name = "brand_safety_flags")
    private Integer brandSafetyFlags;

    @Column(name = "vet_failure_reason")
    private String vetFailureReason;

    @Column(name = "contract_file_name")
    private String contractFileName;

    @Column(name = "contract_type")
    private String contractType;

    // Not @Lob: Hibernate 6 maps a @Lob byte[] to a large object (oid) on PostgreSQL; the column is bytea.
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "contract_data")
    private byte[] contractData;

    @Column(name = "contract_by")
    private String contractBy;

    @Column(name = "brief_text")
    private String briefText;

    @Column(name = "content_item_id")
    private Long contentItemId;

    @Column(name = "post_link")
    private String postLink;

    @Column(name = "post_text")
    private String postText;

    @Column(name = "payment_amount")
    private BigDecimal paymentAmount;

    private Long reach;

    private Long impressions;

    private Long engagements;

    private Long clicks;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected InfluencerCampaign() {
    }

    public InfluencerCampaign(String brandId, long creatorId, String name, String disclosureTag, String startedBy,
            Instant startedAt) {
        this.brandId = brandId;
        this.creatorId = creatorId;
        this.name = name;
        this.disclosureTag = disclosureTag;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.state = State.SHORTLISTED;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void vetted(String audienceFit, int brandSafetyFlags) {
        this.audienceFit = audienceFit;
        this.brandSafetyFlags = brandSafetyFlags;
    }

    public void vetFailed(String reason) {
        this.vetFailureReason = reason;
        this.state = State.VET_FAILED;
    }

    public void declined() {
        this.state = State.DECLINED;
    }

    public void contract(String fileName, String contentType, byte[] data, String by) {
        this.contractFileName = fileName;
        this.contractType = contentType;
        this.contractData = data;
        this.contractBy = by;
        this.state = State.CONTRACTING;
    }

    public void briefed(String briefText) {
        this.briefText = briefText;
        this.state = State.BRIEFED;
    }

    public void draftPlanned(long contentItemId) {
        this.contentItemId = contentItemId;
    }

    public void live(String postText, String postLink) {
        this.postText = postText;
        this.postLink = postLink;
        this.state = State.LIVE;
    }

    public void paymentRequested(BigDecimal amount) {
        this.paymentAmount = amount;
    }

    public void paymentApproved() {
        this.state = State.PAYMENT_APPROVED;
    }

    public void reviewed(long reach, long impressions, long engagements, long clicks, Instant at) {
        this.reach = reach;
        this.impressions = impressions;
        this.engagements = engagements;
        this.clicks = clicks;
        this.reviewedAt = at;
        this.state = State.REVIEWED;
    }

    public String businessKey() {
        return "campaign:" + id;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public long getCreatorId() {
        return creatorId;
    }

    public String getName() {
        return name;
    }

    public String getDisclosureTag() {
        return disclosureTag;
    }

    public State getState() {
        return state;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getAudienceFit() {
        return audienceFit;
    }

    public Integer getBrandSafetyFlags() {
        return brandSafetyFlags;
    }

    public String getVetFailureReason() {
        return vetFailureReason;
    }

    public String getContractFileName() {
        return contractFileName;
    }

    public String getContractType() {
        return contractType;
    }

    public byte[] getContractData() {
        return contractData;
    }

    public String getBriefText() {
        return briefText;
    }

    public Long getContentItemId() {
        return contentItemId;
    }

    public String getPostLink() {
        return postLink;
    }

    public String getPostText() {
        return postText;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public Long getReach() {
        return reach;
    }

    public Long getImpressions() {
        return impressions;
    }

    public Long getEngagements() {
        return engagements;
    }

    public Long getClicks() {
        return clicks;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
