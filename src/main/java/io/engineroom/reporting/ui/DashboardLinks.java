package io.engineroom.reporting.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a dashboard figure leads: the screens that list its underlying items, narrowed by their query parameters
 * ({@code inbox?brand=&category=}, {@code ?brand=&sop=} for My work, {@code calendar?brand=}). Paths, not view
 * classes: the views belong to other modules' internals.
 */
final class DashboardLinks {

    static final String CONTENT_APPROVAL = "content-approval";

    private DashboardLinks() {
    }

    /** The interactions waiting in a brand's SLA queue: the reports' queues are the categories. */
    static String inbox(String brandId, String queue) {
        return "inbox?brand=" + encode(brandId) + "&category=" + encode(queue);
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

    /** The screen a link opens: its path without the query ("" is My work). */
    static String screen(String href) {
        int query = href.indexOf('?');
        return query < 0 ? href : href.substring(0, query);
    }

    /**
     * The screens the signed-in person may open: the side navigation's entries, which Vaadin has already checked
     * against each view's roles. An analyst may not open the inbox, so a backlog is a figure, not a dead link.
     */
    static Predicate<String> screensIMayOpen() {
        Set<String> paths = MenuConfiguration.getMenuEntries().stream()
                .map(entry -> entry.path().replaceFirst("^/", "")).collect(Collectors.toSet());
        return paths::contains;
    }
}
