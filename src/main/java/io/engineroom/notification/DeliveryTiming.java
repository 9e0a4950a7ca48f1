package io.engineroom.notification;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * When a notice's e-mail may go out: at once for now. The place where business hours and on-call duty hold back
 * e-mail that is not about a crisis.
 */
@Component
class DeliveryTiming {

    /** When the e-mail of a notice written {@code now} may be sent. */
    Instant mailAt(String userId, NoticeKind kind, String brandId, Instant now) {
        return now;
    }
}
