package io.engineroom.reporting.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a dashboard figure leads: the screens that list its underlying items, narrowed by their query parameters
 * ({@code inbox?brand=&queue=}, {@code ?brand=&sop=} for My work, {@code calendar?brand=}). Paths, not view
 * classes: the views belong to other modules' internals.
 */
final class DashboardLinks {

    static final String CONTENT_APPROVAL = "content-approval";

    private DashboardLinks() {
    }

    /** The interactions waiting in a brand's queue. */
    static String inbox(String brandId, String queue) {
        return "inbox?brand=" + encode(brandId) + "&queue=" + encode(queue);
    }

    /** The interactions of a brand with this sentiment that still wait, or all brands' when brandId is null. */
    static String inboxBySentiment(String brandId, String sentiment) {
        return "inbox?" + (brandId == null ? "" : "brand=" + encode(brandId) + "&") + "sentiment=" + encode(sentiment);
    }

    /** The content approval tasks of a brand: where its work waits. */
    static String approvalWork(String brandId) {
        return "?brand=" + encode(brandId) + "&sop=" + CONTENT_APPROVAL;
    }

    /** The brand's content calendar: its posts and their pillars. */
    static String calendar(String brandId) {
        return "calendar?brand=" + encode(brandId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
