package io.engineroom.publishing;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.domain.PublishingFreeze;
import io.engineroom.publishing.domain.PublishingFreezeRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops and restarts a brand's publishing, e.g. during a crisis. Only the brand's social media managers and
 * crisis leads may do either. The roles are read from the user directory by user id, not taken from the caller,
 * so a process step acting for a person (the crisis SOP) is held to that person's roles too.
 */
@Service
public class FreezeService {

    private static final List<Role> MAY_FREEZE = List.of(Role.SOCIAL_MANAGER, Role.CRISIS_LEAD);

    private final PublishingFreezeRepository freezes;
    private final UserDirectory users;
    private final BrandService brands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FreezeService(PublishingFreezeRepository freezes, UserDirectory users, BrandService brands,
            ApplicationEventPublisher events, Clock clock) {
        this.freezes = freezes;
        this.users = users;
        this.brands = brands;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FreezeSummary freeze(String brandId, String reason, String userId) {
        requireAllowed(brandId, userId, "freeze");
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInput("reason", "Say why publishing stops (up to 1000 characters)");
        }
        freezes.findByFrozenBrandId(brandId).ifPresent(on -> {
            throw new FreezeRefused(alreadyFrozen(on));
        });
        PublishingFreeze freeze;
        try {
            freeze = freezes.saveAndFlush(new PublishingFreeze(brandId, reason.strip(), userId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new FreezeRefused("Publishing for " + brandId + " was frozen by someone else a moment ago");
        }
        events.publishEvent(new PublishingFrozen(brandId, freeze.getReason(), userId));
        return summary(freeze);
    }

    @Transactional
    public FreezeSummary release(String brandId, String userId, ReleaseChoice choice) {
        requireAllowed(brandId, userId, "release");
        if (choice == null) {
            throw new InvalidInput("choice", "Choose whether held posts go out in order or back to review");
        }
        PublishingFreeze freeze = freezes.findByFrozenBrandId(brandId)
                .orElseThrow(() -> new FreezeRefused("Publishing for " + brandId + " is not frozen"));
        freeze.release(userId, choice, clock.instant());
        freezes.flush();
        events.publishEvent(new PublishingReleased(brandId, choice, userId));
        return summary(freeze);
    }

    @Transactional(readOnly = true)
    public boolean isFrozen(String brandId) {
        return freezes.findByFrozenBrandId(brandId).isPresent();
    }

    /** The freeze on now, if any: who froze it, when and why. */
    @Transactional(readOnly = true)
    public Optional<FreezeSummary> current(String brandId) {
        return freezes.findByFrozenBrandId(brandId).map(FreezeService::summary);
    }

    /** Every freeze of the brand, newest first. */
    @Transactional(readOnly = true)
    public List<FreezeSummary> history(String brandId) {
        return freezes.findByBrandIdOrderByFrozenAtDescIdDesc(brandId).stream().map(FreezeService::summary).toList();
    }

    private void requireAllowed(String brandId, String userId, String action) {
        if (brandId == null || brands.find(brandId).isEmpty()) {
            throw new NotFound("brand", "No brand '" + brandId + "'");
        }
        EngineRoomUser user = (userId == null ? Optional.<EngineRoomUser>empty() : users.load(userId))
                .orElseThrow(() -> new AccessDeniedException("Unknown user '" + userId + "' may not " + action
                        + " publishing"));
        if (MAY_FREEZE.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException(user.displayName() + " may not " + action + " publishing: only a "
                    + "social media manager or a crisis lead may");
        }
        if (!user.belongsTo(brandId)) {
            throw new AccessDeniedException(user.displayName() + " may not " + action + " publishing for "
                    + brandId + ": not a member of that brand");
        }
    }

    private static String alreadyFrozen(PublishingFreeze on) {
        return "Publishing for " + on.getBrandId() + " is frozen already, since " + on.getFrozenAt() + " by "
                + on.getFrozenBy() + ": " + on.getReason();
    }

    private static FreezeSummary summary(PublishingFreeze f) {
        return new FreezeSummary(f.getId(), f.getBrandId(), f.getReason(), f.getFrozenBy(), f.getFrozenAt(),
                f.getReleasedBy(), f.getReleasedAt(), f.getReleaseChoice());
    }
}
