package io.engineroom.influencer;

import io.engineroom.base.NotFound;
import io.engineroom.influencer.domain.Creator;
import io.engineroom.influencer.domain.CreatorRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The brand's directory of creators, for its social media managers. */
@Service
public class Creators {

    private final CreatorRepository creators;
    private final InfluencerAccess access;
    private final Clock clock;

    Creators(CreatorRepository creators, InfluencerAccess access, Clock clock) {
        this.creators = creators;
        this.access = access;
        this.clock = clock;
    }

    /** The brand's creators by name. */
    @Transactional(readOnly = true)
    public List<CreatorSummary> of(String brandId) {
        access.require(brandId);
        return creators.findByBrandIdOrderByNameAsc(brandId).stream().map(Creators::summary).toList();
    }

    /** Adds a creator to the brand's directory; returns its id. Nothing is saved when the details are refused. */
    @Transactional
    public long add(String brandId, CreatorDetails details) {
        String by = access.require(brandId).id();
        details.check();
        Creator creator = new Creator(brandId, by, clock.instant());
        describe(creator, details);
        return creators.save(creator).getId();
    }

    /** Changes what the directory says about a creator. */
    @Transactional
    public void update(long creatorId, CreatorDetails details) {
        Creator creator = find(creatorId);
        access.require(creator.getBrandId());
        details.check();
        describe(creator, details);
    }

    @Transactional(readOnly = true)
    public CreatorSummary get(long creatorId) {
        Creator creator = find(creatorId);
        access.require(creator.getBrandId());
        return summary(creator);
    }

    private Creator find(long creatorId) {
        return creators.findById(creatorId).orElseThrow(() -> new NotFound("creator", "No creator " + creatorId));
    }

    private static void describe(Creator creator, CreatorDetails details) {
        creator.describe(details.name().trim(), details.handles().trim(), details.platforms().trim(),
                details.audienceSize(), details.engagementRate(), trimmed(details.rates()),
                trimmed(details.pastCampaigns()), trimmed(details.notes()));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static CreatorSummary summary(Creator creator) {
        return new CreatorSummary(creator.getId(), creator.getBrandId(), creator.getName(), creator.getHandles(),
                creator.getPlatforms(), creator.getAudienceSize(), creator.getEngagementRate(), creator.getRates(),
                creator.getPastCampaigns(), creator.getNotes());
    }
}
