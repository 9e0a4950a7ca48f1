package io.engineroom.notification;

import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When a notice's e-mail may go out. Outside its brand's business hours a notice waits for the next opening, so
 * nobody's phone buzzes at night over a routine reminder; two things cut through: a crisis, and the person who is
 * on call for the brand (they agreed to be woken). A notice about no brand, or a brand that is gone, goes at once.
 * The bell is not held back: in-app a notice shows as soon as it is written.
 */
@Component
class DeliveryTiming {

    private final Function<String, Optional<BusinessHours>> hoursOf;
    private final OnCallDuty onCall;

    @Autowired
    DeliveryTiming(BrandService brands, ObjectProvider<OnCallDuty> duties) {
        this(brandId -> {
            try {
                return Optional.of(brands.businessHours(brandId));
            } catch (NotFound gone) {
                return Optional.empty();
            }
        }, (userId, brandId, at) -> duties.orderedStream().anyMatch(duty -> duty.isOnCall(userId, brandId, at)));
    }

    /** For tests of the timing alone: the brands' hours and the rota given. */
    DeliveryTiming(Function<String, Optional<BusinessHours>> hoursOf, OnCallDuty onCall) {
        this.hoursOf = hoursOf;
        this.onCall = onCall;
    }

    /** When the e-mail of a notice written {@code now} may be sent: now, or the brand's next opening. */
    Instant mailAt(String userId, NoticeKind kind, String brandId, Instant now) {
        if (kind.isCrisis() || brandId == null) {
            return now;
        }
        Optional<BusinessHours> hours = hoursOf.apply(brandId);
        if (hours.isEmpty() || hours.get().isOpen(now) || onCall.isOnCall(userId, brandId, now)) {
            return now;
        }
        try {
            // no working time at all from now: the moment the brand next opens
            return hours.get().plusWorkingTime(now, Duration.ZERO);
        } catch (IllegalArgumentException neverOpen) {
            return now;
        }
    }
}
