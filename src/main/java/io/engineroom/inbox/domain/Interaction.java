package io.engineroom.inbox.domain;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionPriority;
import io.engineroom.inbox.InteractionState;
import io.engineroom.inbox.Moderation;
import io.engineroom.inbox.ModerationState;
import io.engineroom.inbox.Sentiment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One inbound comment, DM, mention or review; its SOP instance has business key {@code interaction:<id>}. */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    private String id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    @Column(name = "channel_id", nullable = false)
    private long channelId;
    @Column(name = "external_id", nullable = false)
    private String externalId;
    @Enumerated(EnumType.STRING)
    private InteractionKind kind;
    @Column(name = "author_handle", nullable = false)
    private String authorHandle;
    @Column(name = "author_name")
    private String authorName;
    private String text;
    @Column(name = "in_reply_to")
    private String inReplyTo;
    @Enumerated(EnumType.STRING)
    private InteractionPriority priority;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private Sentiment sentiment;
    @Column(name = "sentiment_score")
    private double sentimentScore;
    @Column(name = "sentiment_confidence")
    private double sentimentConfidence;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Column(name = "category_confidence")
    private double categoryConfidence;
    /** The classifier's model name, or the user who last corrected the classification. */
    @Column(name = "classified_by")
    private String classifiedBy;
    /**
     * The model that classified it at intake, kept through corrections (null for interactions corrected before the
     * column existed, whose model was overwritten by the corrector's id).
     */
    @Column(name = "model_version")
    private String modelVersion;
    /** ISO 639-1; null where the text was too short to tell (it was read as English) */
    private String language;
    @Enumerated(EnumType.STRING)
    private InteractionState state;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "sop_started_at")
    private Instant sopStartedAt;
    @Column(name = "first_response_due")
    private Instant firstResponseDue;
    @Column(name = "first_response_at")
    private Instant firstResponseAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "breached_at")
    private Instant breachedAt;
    @Enumerated(EnumType.STRING)
    private Moderation moderation;
    @Column(name = "moderated_by")
    private String moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_outcome")
    private ModerationState moderationOutcome;
    @Column(name = "moderation_detail")
    private String moderationDetail;
    @Column(name = "moderation_done_by")
    private String moderationDoneBy;
    @Column(name = "moderation_done_at")
    private Instant moderationDoneAt;
    @Column(name = "moderation_done_note")
    private String moderationDoneNote;

    protected Interaction() {
    }

    public Interaction(String brandId, long channelId, IncomingInteraction incoming, Classification classification,
            Instant receivedAt) {
        this(UUID.randomUUID().toString(), brandId, channelId, incoming, classification, receivedAt);
    }

    /** With the id the intake gave it when it acknowledged the delivery. */
    public Interaction(String id, String brandId, long channelId, IncomingInteraction incoming,
            Classification classification, Instant receivedAt) {
        this.id = id;
        this.brandId = brandId;
        this.channelId = channelId;
        this.externalId = incoming.externalId();
        this.kind = incoming.kind();
        this.authorHandle = incoming.authorHandle();
        this.authorName = incoming.authorName();
        this.text = incoming.text();
        this.inReplyTo = incoming.inReplyTo();
        this.priority = incoming.priority() == null ? InteractionPriority.NORMAL : incoming.priority();
        this.occurredAt = incoming.occurredAt();
        // millisecond precision, like the engine's dates the SLA is computed in
        this.receivedAt = receivedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.sentiment = classification.sentiment();
        this.sentimentScore = classification.sentimentScore();
        this.sentimentConfidence = classification.sentimentConfidence();
        this.category = classification.category();
        this.categoryConfidence = classification.categoryConfidence();
        this.classifiedBy = classification.model();
        this.modelVersion = classification.model();
        this.language = classification.language();
        this.state = InteractionState.OPEN;
    }

    public String businessKey() {
        return "interaction:" + id;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Its SOP started at {@code at}: the intake's workers got to it then (its SLA still counts from receipt). */
    public void startedAs(String processInstanceId, Instant at) {
        this.processInstanceId = processInstanceId;
        this.sopStartedAt = at;
    }

    /**
     * A person's correction: the classifier's values are replaced, the correction table keeps both; the model
     * version stays, so what a model said can be told from what people said.
     */
    public void correct(Sentiment sentiment, Category category, String userId) {
        this.sentiment = sentiment;
        this.category = category;
        this.classifiedBy = userId;
    }

    public void slaDue(Instant due) {
        this.firstResponseDue = due;
    }

    /** The first response only: later replies do not move the first-response time. */
    public void responded(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    public void breached(Instant at) {
        if (breachedAt == null) {
            breachedAt = at;
        }
    }

    /** @throws IllegalStateException when the outcome is none: OPEN is where an interaction starts, not an outcome */
    public void resolve(InteractionState outcome, Instant at) {
        if (outcome == null || outcome == InteractionState.OPEN) {
            throw new IllegalStateException("Interaction " + id + " cannot be resolved as " + outcome
                    + ": say how it was handled");
        }
        this.state = outcome;
        this.resolvedAt = at;
    }

    /** What a person did to it on its channel instead of answering; the last moderation counts. */
    public void moderated(Moderation moderation, String userId, Instant at) {
        this.moderation = moderation;
        this.moderatedBy = userId;
        this.moderatedAt = at;
        this.moderationOutcome = null;
        this.moderationDetail = null;
        this.moderationDoneBy = null;
        this.moderationDoneAt = null;
        this.moderationDoneNote = null;
    }

    /** What the platform did with the last moderation: applied, or left to a person (with the instruction). */
    public void moderationOutcome(ModerationState outcome, String detail) {
        this.moderationOutcome = outcome;
        this.moderationDetail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    }

    /** A person did (or looked at) the moderation on the platform by hand. */
    public void moderatedByHand(String userId, String note, Instant at) {
        this.moderationDoneBy = userId;
        this.moderationDoneNote = note;
        this.moderationDoneAt = at;
    }

    public ModerationState getModerationOutcome() {
        return moderationOutcome;
    }

    public String getModerationDetail() {
        return moderationDetail;
    }

    public String getModerationDoneBy() {
        return moderationDoneBy;
    }

    public Instant getModerationDoneAt() {
        return moderationDoneAt;
    }

    public String getModerationDoneNote() {
        return moderationDoneNote;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public long getChannelId() {
        return channelId;
    }

    public String getExternalId() {
        return externalId;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public String getAuthorHandle() {
        return authorHandle;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public InteractionPriority getPriority() {
        return priority;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public double getSentimentScore() {
        return sentimentScore;
    }

    public double getSentimentConfidence() {
        return sentimentConfidence;
    }

    public Category getCategory() {
        return category;
    }

    public double getCategoryConfidence() {
        return categoryConfidence;
    }

    public String getLanguage() {
        return language;
    }

    public String getClassifiedBy() {
        return classifiedBy;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public InteractionState getState() {
        return state;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    /** Null for interactions that arrived before the intake queue (their SOP started on receipt). */
    public Instant getSopStartedAt() {
        return sopStartedAt;
    }
}
