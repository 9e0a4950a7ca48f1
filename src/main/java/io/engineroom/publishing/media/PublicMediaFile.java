package io.engineroom.publishing.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One medium served at a public address until it expires, found by the SHA-256 of its address's token. */
@Entity
@Table(name = "public_media")
class PublicMediaFile {

    @Id
    @Column(name = "token_sha256")
    private String tokenSha256;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    // Not @Lob: Hibernate 6 maps a @Lob byte[] to a large object (oid) on PostgreSQL; the column is bytea.
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PublicMediaFile() {
    }

    PublicMediaFile(String tokenSha256, String contentType, String fileName, byte[] data, Instant createdAt,
            Instant expiresAt) {
        this.tokenSha256 = tokenSha256;
        this.contentType = contentType;
        this.fileName = fileName;
        this.data = data;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String contentType() {
        return contentType;
    }

    String fileName() {
        return fileName;
    }

    byte[] data() {
        return data;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
