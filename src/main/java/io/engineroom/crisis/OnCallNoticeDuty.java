package io.engineroom.crisis;

import io.engineroom.notification.OnCallDuty;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Tells the notification module who is on call for a brand (the rota lives here), so the on-call person's e-mail
 * is not held back until the brand's business hours: they are the one awake for what happens at night.
 */
@Component
class OnCallNoticeDuty implements OnCallDuty {

    private final OnCallRota rota;

    OnCallNoticeDuty(OnCallRota rota) {
        this.rota = rota;
    }

    @Override
    public boolean isOnCall(String userId, String brandId, Instant at) {
        // the rota names one person per brand until changed, so "at" does not narrow it yet
        return userId != null && rota.onCall(brandId).filter(onCall -> userId.equals(onCall.userId())).isPresent();
    }
}
