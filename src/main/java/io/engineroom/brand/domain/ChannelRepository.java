package io.engineroom.brand.domain;

import io.engineroom.brand.Platform;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    List<Channel> findByBrandIdOrderByPlatformAscHandleAsc(String brandId);

    List<Channel> findByMainChannelTrueOrderByBrandIdAscIdAsc();

    boolean existsByBrandIdAndPlatformAndHandle(String brandId, Platform platform, String handle);
}
