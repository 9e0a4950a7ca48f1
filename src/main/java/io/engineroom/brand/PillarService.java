package io.engineroom.brand;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.domain.BrandRepository;
import io.engineroom.brand.domain.ContentPillar;
import io.engineroom.brand.domain.ContentPillarRepository;
import io.engineroom.identity.EngineRoomUser;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A brand's content pillars and their target shares, which together make 100 %. */
@Service
public class PillarService {

    private final ContentPillarRepository pillars;
    private final BrandRepository brands;
    private final BrandPolicyAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PillarService(ContentPillarRepository pillars, BrandRepository brands, BrandPolicyAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.pillars = pillars;
        this.brands = brands;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the brand's pillars to exactly these: existing pillars of the same id (renamed) or name keep their id
     * (and their content items), new names are added, missing ones removed unless content items still use them. For an admin
     * or a social media manager of the brand; the change is recorded as an {@link AdminChange}.
     */
    @Transactional
    public List<PillarSummary> define(String brandId, List<PillarTarget> targets) {
        EngineRoomUser user = access.require(brandId);
        validate(brandId, targets);
        Map<String, String> before = shown(of(brandId));
        Map<String, ContentPillar> existing = pillars.findByBrandIdOrderByTargetShareDescNameAsc(brandId).stream()
                .collect(Collectors.toMap(ContentPillar::getName, Function.identity()));
        for (PillarTarget target : targets) {
            String name = target.name().trim();
            ContentPillar pillar = existing.values().stream()
                    .filter(candidate -> target.id() != null && target.id().equals(candidate.getId())).findFirst()
                    .orElse(existing.get(name));
            if (pillar == null) {
                pillars.save(new ContentPillar(brandId, name, target.targetShare(), target.promotional()));
            } else {
                existing.remove(pillar.getName());
                // a renamed pillar keeps its id, so the content items in it move with it
                pillar.rename(name);
                pillar.retarget(target.targetShare(), target.promotional());
            }
        }
        try {
            pillars.deleteAll(existing.values());
            pillars.flush();
        } catch (DataIntegrityViolationException stillUsed) {
            throw new InvalidInput("pillars", "Content items still use "
                    + String.join(", ", existing.keySet()) + "; move them to another pillar first");
        }
        List<PillarSummary> after = of(brandId);
        events.publishEvent(new AdminChange("policy", "Content pillars", brandId, "pillars changed", user.id(),
                clock.instant(), before, shown(after)));
        return after;
    }

    /** Each pillar as the audit trail shows it: name to share, with "promotional" where it is. */
    private static Map<String, String> shown(List<PillarSummary> pillars) {
        Map<String, String> shown = new LinkedHashMap<>();
        pillars.forEach(pillar -> shown.put(pillar.name(), pillar.targetShare() + " %"
                + (pillar.promotional() ? " (promotional)" : "")));
        return shown;
    }

    @Transactional(readOnly = true)
    public List<PillarSummary> of(String brandId) {
        return pillars.findByBrandIdOrderByTargetShareDescNameAsc(brandId).stream()
                .map(pillar -> new PillarSummary(pillar.getId(), pillar.getBrandId(), pillar.getName(),
                        pillar.getTargetShare(), pillar.isPromotional()))
                .toList();
    }

    private void validate(String brandId, List<PillarTarget> targets) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (brandId == null || !brands.existsById(brandId)) {
            problems.put("brand", "No brand '" + brandId + "'");
        }
        if (targets == null || targets.isEmpty()) {
            problems.put("pillars", "Define at least one pillar");
            throw new InvalidInput(problems);
        }
        Set<String> names = new HashSet<>();
        for (PillarTarget target : targets) {
            String name = target.name() == null ? "" : target.name().trim();
            if (name.isEmpty() || name.length() > 100) {
                problems.put("pillars", "Every pillar needs a name of 1 to 100 characters");
            } else if (!names.add(name.toLowerCase())) {
                problems.put("pillars", "The pillar '" + name + "' is named twice");
            }
            if (target.targetShare() < 0 || target.targetShare() > 100) {
                problems.put("targetShare", "A target share is between 0 and 100 %");
            }
        }
        int total = targets.stream().mapToInt(PillarTarget::targetShare).sum();
        if (total != 100) {
            problems.putIfAbsent("targetShare", "The target shares add up to " + total + " %, not 100 %");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
