package io.engineroom.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostDayMetricsRepository extends JpaRepository<PostDayMetrics, Long> {

    Optional<PostDayMetrics> findByContentItemIdAndChannelIdAndDayAndSource(long contentItemId, long channelId,
            LocalDate day, String source);

    List<PostDayMetrics> findByContentItemIdOrderByChannelIdAscDayAscSourceAsc(long contentItemId);
}
