package io.engineroom.content.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One planned piece of content; its content-approval process instance has business key {@code content:<id>}. */
@Entity
@Table(name = "content_item")
public class ContentItem {

    public enum State { IN_PRODUCTION, APPROVED, PUBLISHED, BACK_TO_PLANNING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_by")
    private String createdBy;

    /** The instance of another SOP whose call activity is to run this item's approval, until it has started. */
    @Column(name = "called_from_instance")
    private String calledFromInstance;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private String objective;

    private String audience;

    @Column(name = "key_message")
    private String keyMessage;

    @Column(name = "pillar_id")
    private Long pillarId;

    private String campaign;

    @Column(name = "publish_at")
    private Instant publishAt;

    /** Why the item last went back to planning (its SOP ended without approval); null otherwise. */
    @Column(name = "returned_reason")
    private String returnedReason;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @ElementCollection
    @CollectionTable(name = "content_item_channel", joinColumns = @JoinColumn(name = "content_item_id"))
    @Column(name = "channel_id")
    private Set<Long> channelIds = new HashSet<>();

    /** The brand's markets this item also goes out in, translated (empty: only the brand's own language). */
    @ElementCollection
    @CollectionTable(name = "content_item_market", joinColumns = @JoinColumn(name = "content_item_id"))
    @Column(name = "market_code")
    private Set<String> marketCodes = new HashSet<>();

    protected ContentItem() {
    }

    public ContentItem(String brandId, String title, String createdBy, Instant createdAt) {
        this.brandId = brandId;
        this.title = title;
        this.createdBy = createdBy;
        this.state = State.IN_PRODUCTION;
        this.createdAt = createdAt;
    }

    public String businessKey() {
        return "content:" + id;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getTitle() {
        return title;
    }

    public State getState() {
        return state;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Its approval is to be started by a call activity of this other SOP instance. */
    public void awaitCallFrom(String callerInstanceId) {
        this.calledFromInstance = callerInstanceId;
    }

    public String getCalledFromInstance() {
        return calledFromInstance;
    }

    public void brief(String objective, String audience, String keyMessage, Long pillarId, String campaign,
            Instant publishAt, Set<Long> channelIds) {
        this.objective = objective;
        this.audience = audience;
        this.keyMessage = keyMessage;
        this.pillarId = pillarId;
        this.campaign = campaign;
        this.publishAt = publishAt;
        this.channelIds = new HashSet<>(channelIds);
    }

    public String getObjective() {
        return objective;
    }

    public String getAudience() {
        return audience;
    }

    public String getKeyMessage() {
        return keyMessage;
    }

    public Long getPillarId() {
        return pillarId;
    }

    public String getCampaign() {
        return campaign;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Set<Long> getChannelIds() {
        return Set.copyOf(channelIds);
    }

    public Set<String> getMarketCodes() {
        return Set.copyOf(marketCodes);
    }

    /** The markets the item targets from now on (the brand's codes, checked by the caller). */
    public void target(Set<String> marketCodes) {
        this.marketCodes = new HashSet<>(marketCodes);
    }

    public void reschedule(Instant publishAt) {
        this.publishAt = publishAt;
    }

    /**
     * Out on every planned channel.
     *
     * @throws IllegalStateException when the item is back in planning: its SOP ended, nothing of it may go out
     */
    public void publish() {
        refuseIn(State.BACK_TO_PLANNING, "published");
        this.state = State.PUBLISHED;
    }

    /**
     * Every review passed (again, after a freeze sent it back to review).
     *
     * @throws IllegalStateException when it is published already or back in planning
     */
    public void approve() {
        refuseIn(State.PUBLISHED, "approved");
        refuseIn(State.BACK_TO_PLANNING, "approved");
        this.state = State.APPROVED;
    }

    /**
     * Its SOP ended without approval: the item waits for a new plan; the reason stays until then.
     *
     * @throws IllegalStateException when it is published: what is out there cannot be planned again
     */
    public void returnToPlanning(String reason, Instant at) {
        refuseIn(State.PUBLISHED, "returned to planning");
        this.state = State.BACK_TO_PLANNING;
        this.returnedReason = reason;
        this.returnedAt = at;
    }

    /**
     * A new SOP instance takes the item into production again; the last return's reason stays on record.
     *
     * @throws IllegalStateException unless the item is back in planning: a running SOP is not replaced
     */
    public void backInProduction(String processInstanceId) {
        if (state != State.BACK_TO_PLANNING) {
            throw new IllegalStateException("Content item " + id + " is " + describe(state)
                    + ": only an item back in planning goes into production again");
        }
        this.state = State.IN_PRODUCTION;
        this.processInstanceId = processInstanceId;
    }

    private void refuseIn(State refused, String move) {
        if (state == refused) {
            throw new IllegalStateException("Content item " + id + " is " + describe(state) + ": it cannot be "
                    + move);
        }
    }

    private static String describe(State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    /**
     * The user-generated-content permission this item reposts under (community care), or null for the brand's own
     * content: publishing asks that permission's record first, so nothing reposted goes out without the author's yes.
     */
    @Column(name = "ugc_permission_id")
    private Long ugcPermissionId;

    public Long getUgcPermissionId() {
        return ugcPermissionId;
    }

    /** Marks the item as a repost of someone's post under the given permission; set once, when planned. */
    public void repostsUnder(long permissionId) {
        this.ugcPermissionId = permissionId;
    }
}
