package io.engineroom.notification;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's notification preferences as the preferences screen edits them: how they hear of each kind of notice,
 * and the time zone their daily digest arrives at 08:00 in.
 *
 * @param deliveries one choice per kind; crisis is always {@link NoticeDelivery#IMMEDIATE}
 * @param timeZone   a time zone id such as {@code Europe/Berlin}
 */
public record NoticeSettings(Map<NoticeKind, NoticeDelivery> deliveries, String timeZone) {

    public NoticeSettings {
        // EnumMap keeps the kinds in their screen order and, unlike Map.copyOf, takes a missing choice as null
        Map<NoticeKind, NoticeDelivery> copy = new EnumMap<>(NoticeKind.class);
        if (deliveries != null) {
            copy.putAll(deliveries);
        }
        deliveries = Collections.unmodifiableMap(copy);
    }
}
