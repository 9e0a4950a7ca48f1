package io.engineroom.brand;

import io.engineroom.brand.domain.Brand;
import io.engineroom.brand.domain.BusinessDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A brand's fields as the audit trail shows them before and after an admin change: label to shown value. */
final class BrandFields {

    private BrandFields() {
    }

    static Map<String, String> of(Brand brand) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Id", brand.getId());
        fields.put("Name", brand.getName());
        fields.put("Time zone", brand.getTimeZone());
        fields.put("Regulated", yesNo(brand.isRegulated()));
        fields.put("Client sign-off", yesNo(brand.isClientSignOffRequired()));
        fields.put("Approval lead time", brand.getApprovalLeadHours() + " h");
        fields.put("History retention", brand.getHistoryRetentionDays() == null ? "each SOP's own"
                : brand.getHistoryRetentionDays() + " days");
        fields.put("Business hours", week(brand.getBusinessDays()));
        fields.put("Holidays", new TreeSet<>(brand.getHolidays()).stream().map(LocalDate::toString)
                .collect(Collectors.joining(", ")));
        fields.put("Archived", brand.isArchived() ? brand.getArchivedAt() + " by " + brand.getArchivedBy() : "no");
        return fields;
    }

    static String week(Map<DayOfWeek, BusinessDay> days) {
        return new TreeMap<>(days).entrySet().stream()
                .map(day -> day.getKey().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                        + day.getValue().getOpens() + "-" + day.getValue().getCloses())
                .collect(Collectors.joining(", "));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
