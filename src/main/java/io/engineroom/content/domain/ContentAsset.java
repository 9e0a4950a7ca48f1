package io.engineroom.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An image or video of a content item, with its bytes. Listing assets reads a projection, never the bytes. */
@Entity
@Table(name = "content_asset")
public class ContentAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private Long contentItemId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private Long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    // Not @Lob: Hibernate 6 maps a @Lob byte[] to a large object (oid) on PostgreSQL; the column is bytea.
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "alt_text")
    private String altText;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ContentAsset() {
    }

    public ContentAsset(long contentItemId, String fileName, String contentType, byte[] data, String sha256,
            String altText, String uploadedBy, Instant uploadedAt) {
        this.contentItemId = contentItemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = (long) data.length;
        this.sha256 = sha256;
        this.altText = altText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getContentItemId() {
        return contentItemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data;
    }

    public String getAltText() {
        return altText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
