package io.engineroom.content.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelVariantRepository extends JpaRepository<ChannelVariant, Long> {

    List<ChannelVariant> findByContentItemIdOrderByChannelId(long contentItemId);

    Optional<ChannelVariant> findByContentItemIdAndChannelId(long contentItemId, long channelId);
}
