package io.engineroom.publishing.media;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PublicMediaFileRepository extends JpaRepository<PublicMediaFile, String> {

    @Modifying
    @Query("delete from PublicMediaFile f where f.expiresAt < :now")
    int deleteExpired(Instant now);
}
