package io.engineroom.influencer;

import io.engineroom.base.InvalidInput;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the directory records about a creator. Handles and platforms are comma-separated lists as people type them
 * ("@sam, @sam.tv"); the engagement rate is in percent of the audience per post.
 */
public record CreatorDetails(String name, String handles, String platforms, Long audienceSize,
        BigDecimal engagementRate, String rates, String pastCampaigns, String notes) {

    /** Every problem at once, by field; nothing is saved while there is one. */
    void check() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(name) || name.length() > 200) {
            problems.put("name", "A name of 1 to 200 characters is required");
        }
        if (blank(handles) || handles.length() > 1000) {
            problems.put("handles", "At least one handle is required (at most 1000 characters)");
        }
        if (blank(platforms) || platforms.length() > 500) {
            problems.put("platforms", "At least one platform is required (at most 500 characters)");
        }
        if (audienceSize == null || audienceSize < 0) {
            problems.put("audienceSize", "The audience size is a number of followers, 0 or more");
        }
        if (engagementRate == null || engagementRate.signum() < 0
                || engagementRate.compareTo(BigDecimal.valueOf(100)) > 0 || engagementRate.scale() > 2) {
            problems.put("engagementRate", "The engagement rate is a percentage from 0 to 100, at most 2 decimals");
        }
        tooLong(problems, "rates", rates, 1000);
        tooLong(problems, "pastCampaigns", pastCampaigns, 2000);
        tooLong(problems, "notes", notes, 2000);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void tooLong(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.put(field, "At most " + max + " characters");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
