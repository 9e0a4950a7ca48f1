package io.engineroom.community.domain;

import io.engineroom.community.SurpriseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A surprise for a super-fan: open while its task is, then what was sent, by whom and when. Never deleted. */
@Entity
@Table(name = "community_surprise")
public class Surprise {

    /** The open_key of an open surprise; the unique index allows one per author and brand. */
    static final String OPEN = "open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    @Column(name = "author_handle", nullable = false)
    private String authorHandle;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "positive_count", nullable = false)
    private int positiveCount;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "what_sent")
    private String whatSent;
    private String note;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Surprise() {
    }

    public Surprise(String brandId, String authorHandle, String authorName, long positiveCount, String startedBy,
            Instant startedAt) {
        this.brandId = brandId;
        this.authorHandle = authorHandle;
        this.authorName = authorName;
        this.positiveCount = (int) Math.min(Integer.MAX_VALUE, positiveCount);
        this.openKey = OPEN;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Records what was sent; once only, since the record is what the team later reads. */
    public void sent(String what, String note, String by, Instant at) {
        if (openKey == null) {
            throw new IllegalStateException("Surprise " + id + " is already recorded as sent");
        }
        this.whatSent = what;
        this.note = note;
        this.sentBy = by;
        this.sentAt = at;
        this.openKey = null;
    }

    public SurpriseRecord record() {
        return new SurpriseRecord(id, brandId, authorHandle, positiveCount, openKey != null, startedBy, startedAt,
                whatSent, note, sentBy, sentAt);
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
}
