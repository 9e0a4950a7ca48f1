package io.engineroom.brand.domain;

import io.engineroom.brand.Platform;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    List<Channel> findByBrandIdOrderByPlatformAscHandleAsc(String brandId);

    List<Channel> findByMainChannelTrueOrderByBrandIdAscIdAsc();

    /** The channel with its row locked until the transaction ends: one token refresh at a time, on any node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Channel c where c.id = :id")
    Optional<Channel> lockById(long id);

    List<Channel> findByConnectorAndAccountIdOrderByIdAsc(io.engineroom.brand.Connector connector, String accountId);

    boolean existsByBrandIdAndPlatformAndHandle(String brandId, Platform platform, String handle);
}
