package io.engineroom.brand;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a brand's details must be, field by field, named like {@link BrandDetails} so forms show each problem. */
final class BrandRules {

    /** Ids a brand created here gets: also its Camunda tenant id and part of URLs, so plain. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final int MAX_LEAD_HOURS = 24 * 30;
    static final int MAX_HOLIDAYS = 400;

    private BrandRules() {
    }

    /** The problems of the details apart from the id (checked by the caller: new and adopted ids differ). */
    static Map<String, String> problems(BrandDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.name() == null || details.name().isBlank() || details.name().trim().length() > 200) {
            problems.put("name", "A name of 1 to 200 characters is required");
        }
        if (details.timeZone() == null) {
            problems.put("timeZone", "Choose the brand's time zone");
        }
        Duration lead = details.approvalLeadTime();
        if (lead == null || lead.isNegative() || lead.toHours() > MAX_LEAD_HOURS || lead.toMinutes() % 60 != 0) {
            problems.put("approvalLeadTime", "The approval lead time is whole hours, 0 to " + MAX_LEAD_HOURS
                    + " (30 days)");
        }
        Integer days = details.historyRetentionDays();
        if (days != null && (days < BrandRetention.MIN_DAYS || days > BrandRetention.MAX_DAYS)) {
            problems.put("historyRetentionDays", "Keep history for " + BrandRetention.MIN_DAYS + " to "
                    + BrandRetention.MAX_DAYS + " days, or leave empty to use each SOP's own setting");
        }
        if (details.hours().isEmpty()) {
            problems.put("hours", "Open on at least one day of the week");
        }
        if (details.holidays().size() > MAX_HOLIDAYS) {
            problems.put("holidays", "At most " + MAX_HOLIDAYS + " holidays");
        }
        return problems;
    }

    static String idProblem(String id) {
        return id == null || !ID.matcher(id).matches()
                ? "A brand id is 2 to 63 lower-case letters, digits or dashes, starting with a letter or digit"
                : null;
    }
}
