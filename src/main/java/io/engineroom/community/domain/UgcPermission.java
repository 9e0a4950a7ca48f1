package io.engineroom.community.domain;

import io.engineroom.community.UgcRequest;
import io.engineroom.community.UgcState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request to repost an author's post and the author's answer: the record publishing reads, so the state only
 * moves forward (to ask → asked → yes/no; a yes may be withdrawn) and is never reset.
 */
@Entity
@Table(name = "ugc_permission")
public class UgcPermission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    @Column(name = "author_handle", nullable = false)
    private String authorHandle;
    @Column(name = "post_url", nullable = false)
    private String postUrl;
    @Column(name = "interaction_id")
    private String interactionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UgcState state;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "request_text")
    private String requestText;
    @Column(name = "request_url")
    private String requestUrl;
    @Column(name = "asked_by")
    private String askedBy;
    @Column(name = "asked_at")
    private Instant askedAt;
    @Column(name = "answer_url")
    private String answerUrl;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "content_item_id")
    private Long contentItemId;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected UgcPermission() {
    }

    public UgcPermission(String brandId, String authorHandle, String postUrl, String interactionId,
            String requestedBy, Instant requestedAt) {
        this.brandId = brandId;
        this.authorHandle = authorHandle;
        this.postUrl = postUrl;
        this.interactionId = interactionId;
        this.state = UgcState.TO_ASK;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void asked(String text, String url, String by, Instant at) {
        require(UgcState.TO_ASK, "asked");
        this.requestText = text;
        this.requestUrl = url;
        this.askedBy = by;
        this.askedAt = at;
        this.state = UgcState.ASKED;
    }

    public void answered(boolean yes, String url, String by, Instant at) {
        require(UgcState.ASKED, "answered");
        this.state = yes ? UgcState.YES : UgcState.NO;
        this.answerUrl = url;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** The author took their yes back: the link to where they said so replaces the answer's. */
    public void withdrawn(String url, String by, Instant at) {
        require(UgcState.YES, "withdrawn");
        this.state = UgcState.WITHDRAWN;
        this.answerUrl = url;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public void planned(long contentItemId) {
        require(UgcState.YES, "planned");
        this.contentItemId = contentItemId;
    }

    private void require(UgcState expected, String move) {
        if (state != expected) {
            throw new IllegalStateException("Permission " + id + " is " + state + ": it cannot be " + move);
        }
    }

    public UgcRequest request() {
        return new UgcRequest(id, brandId, authorHandle, postUrl, state, requestedBy, requestedAt, requestUrl,
                askedBy, answerUrl, answeredBy, answeredAt, contentItemId);
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getAuthorHandle() {
        return authorHandle;
    }

    public String getPostUrl() {
        return postUrl;
    }

    public UgcState getState() {
        return state;
    }

    public Long getContentItemId() {
        return contentItemId;
    }
}
