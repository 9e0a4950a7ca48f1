package io.engineroom.publishing.media;

import io.engineroom.base.Secrets;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.PublicMedia;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps media to be fetched by a platform (Instagram) in the database, so any node of a cluster can serve them,
 * under a random 256-bit token that is the only key: the address is {@code <app-url>/api/media/public/<token>}
 * ({@code engineroom.mail.app-url}, the address Engine Room is reached at, which must be public for Instagram).
 * Only the token's SHA-256 is stored. Expired media are refused and deleted whenever new ones are stored.
 */
@Service
class PublicMediaFiles implements PublicMedia {

    static final String PATH = "/api/media/public/";

    private final PublicMediaFileRepository files;
    private final Clock clock;
    private final String appUrl;

    PublicMediaFiles(PublicMediaFileRepository files, Clock clock,
            @Value("${engineroom.mail.app-url:http://localhost:8080}") String appUrl) {
        this.files = files;
        this.clock = clock;
        this.appUrl = appUrl.replaceAll("/+$", "");
    }

    @Override
    @Transactional
    public URI expose(Media medium, Duration validFor) {
        Instant now = clock.instant();
        files.deleteExpired(now);
        String token = Secrets.random("");
        files.save(new PublicMediaFile(sha256(token), medium.contentType(), medium.fileName(), medium.bytes(), now,
                now.plus(validFor)));
        return URI.create(appUrl + PATH + token);
    }

    /** The medium for a token that is known and not expired. */
    @Transactional(readOnly = true)
    Optional<PublicMediaFile> find(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return files.findById(sha256(token)).filter(file -> file.expiresAt().isAfter(clock.instant()));
    }

    static String sha256(String token) {
        return Secrets.sha256Hex(token);
    }
}
