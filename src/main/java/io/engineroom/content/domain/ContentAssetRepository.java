package io.engineroom.content.domain;

import io.engineroom.content.AssetSummary;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Content assets. The summary queries leave the bytes in the database. */
public interface ContentAssetRepository extends JpaRepository<ContentAsset, Long> {

    String SUMMARY = "select new io.engineroom.content.AssetSummary(a.id, a.contentItemId, a.fileName, a.contentType,"
            + " a.sizeBytes, a.sha256, a.altText, a.uploadedBy, a.uploadedAt) from ContentAsset a ";

    @Query(SUMMARY + "where a.contentItemId = :item order by a.id")
    List<AssetSummary> summariesOf(@Param("item") long contentItemId);

    @Query(SUMMARY + "where a.id = :id")
    Optional<AssetSummary> summary(@Param("id") long assetId);

    @Query(SUMMARY + "where a.contentItemId = :item and a.sha256 = :sha256")
    Optional<AssetSummary> sameFile(@Param("item") long contentItemId, @Param("sha256") String sha256);

    long countByContentItemId(long contentItemId);

    List<ContentAsset> findByContentItemIdOrderById(long contentItemId);

    /** Deletes without loading the bytes first (which {@code deleteById} would). */
    @Modifying
    @Query("delete from ContentAsset a where a.id = :id")
    int deleteWithoutLoading(@Param("id") long assetId);

    /**
     * The item, locked until the transaction ends: two uploads to one item at once are counted one after the
     * other, so together they cannot pass the limit of files per item.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ContentItem i where i.id = :id")
    Optional<ContentItem> lockItem(@Param("id") long contentItemId);
}
