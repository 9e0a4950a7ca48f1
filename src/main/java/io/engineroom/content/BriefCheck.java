package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks a brief before anything is saved: every problem at once, by field. */
@Component
class BriefCheck {

    private final BrandService brands;
    private final PillarService pillars;
    private final ChannelService channels;
    private final Clock clock;

    BriefCheck(BrandService brands, PillarService pillars, ChannelService channels, Clock clock) {
        this.brands = brands;
        this.pillars = pillars;
        this.channels = channels;
        this.clock = clock;
    }

    void check(String brandId, ContentBrief brief) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (brands.isArchived(brandId)) {
            problems.put("brand", "The brand is archived: it takes no new content");
        }
        if (brief.title() == null || brief.title().isBlank() || brief.title().length() > 300) {
            problems.put("title", "A title of 1 to 300 characters is required");
        }
        if (brief.objective() != null && !ContentBrief.OBJECTIVES.contains(brief.objective())) {
            problems.put("objective", "The objective is one of " + ContentBrief.OBJECTIVES);
        }
        if (brief.audience() != null && brief.audience().length() > 300) {
            problems.put("audience", "The audience allows at most 300 characters");
        }
        if (brief.keyMessage() != null && brief.keyMessage().length() > 1000) {
            problems.put("keyMessage", "The key message allows at most 1000 characters");
        }
        if (brief.campaign() != null && brief.campaign().length() > 200) {
            problems.put("campaign", "The campaign allows at most 200 characters");
        }
        if (brief.pillarId() != null && pillars.of(brandId).stream().map(PillarSummary::id)
                .noneMatch(brief.pillarId()::equals)) {
            problems.put("pillar", "Choose one of the brand's own pillars");
        }
        // a disabled channel is not offered for new content
        Set<Long> own = channels.enabledOf(brandId).stream().map(ChannelSummary::id).collect(Collectors.toSet());
        if (!own.containsAll(brief.channelIds())) {
            problems.put("channels", "Choose enabled channels of this brand only");
        }
        if (brief.publishAt() != null && brief.publishAt().isBefore(clock.instant())) {
            problems.put("publishAt", "The publish time is in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
