package io.engineroom.community;

import java.time.Instant;

/**
 * An author with repeated positive interactions with a brand, as the inbox recorded them.
 *
 * @param surpriseOpen whether a surprise-and-delight task is open for them (a second is not started)
 * @param lastSurprise what was last sent to them and when, or null
 */
public record SuperFan(String brandId, String authorHandle, String authorName, long positiveCount,
        Instant latestPositive, boolean surpriseOpen, String lastSurprise) {

    /** Their display name, else their handle. */
    public String display() {
        return authorName == null || authorName.isBlank() ? authorHandle : authorName;
    }
}
