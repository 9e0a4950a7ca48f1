package io.engineroom.influencer.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InfluencerCampaignRepository extends JpaRepository<InfluencerCampaign, Long> {

    List<InfluencerCampaign> findByBrandIdOrderByStartedAtDesc(String brandId);

    List<InfluencerCampaign> findByCreatorIdOrderByStartedAtDesc(long creatorId);

    List<InfluencerCampaign> findByBrandIdAndReviewedAtBetweenOrderByReviewedAtAsc(String brandId, Instant from,
            Instant to);
}
