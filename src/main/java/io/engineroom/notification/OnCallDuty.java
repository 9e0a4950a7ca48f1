package io.engineroom.notification;

import java.time.Instant;

/**
 * Says whether a person is on call for a brand: an on-call person's e-mail is not held back until the brand's
 * business hours open. The module that keeps the rota answers ({@code crisis}); notification cannot ask it
 * directly, because crisis already depends on notification. No bean: nobody is on call.
 */
public interface OnCallDuty {

    /** @return true when the person is on call for the brand at that moment */
    boolean isOnCall(String userId, String brandId, Instant at);
}
