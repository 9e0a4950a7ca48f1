package io.engineroom.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import io.engineroom.content.ChannelPublication;
import io.engineroom.content.ContentPublishing;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/** A content item's publication per channel: out there (with a link to the post), failed, unknown, by hand. */
public class PublicationOutcomes extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    public PublicationOutcomes(List<ChannelPublication> outcomes, ZoneId zone) {
        setId("publication-outcomes");
        add(new H4("Publication"));
        if (outcomes.isEmpty()) {
            add(new Div(new Span("No channel planned")));
        }
        outcomes.forEach(outcome -> add(line(outcome, zone)));
    }

    /**
     * For dialogs built by hand rather than by Spring (the calendar's item dialog): the service comes from Vaadin's
     * Spring-aware instantiator. Someone outside the item's brand sees nothing.
     */
    public static Div forItem(long contentItemId, ZoneId zone) {
        ContentPublishing publishing = VaadinService.getCurrent().getInstantiator().getOrCreate(
                ContentPublishing.class);
        try {
            return new PublicationOutcomes(publishing.outcomes(contentItemId), zone);
        } catch (AccessDeniedException notTheirs) {
            return new Div();
        }
    }

    private static Div line(ChannelPublication outcome, ZoneId zone) {
        Div line = new Div();
        line.addClassName("publication-outcome");
        line.getElement().setAttribute("data-channel", String.valueOf(outcome.channelId()));
        Span status = new Span(label(outcome.status()));
        status.getElement().getThemeList().add("badge " + theme(outcome.status()));
        status.addClassName("publication-status");
        line.add(new Span(outcome.channelLabel() + " "), status);
        if (outcome.postUrl() != null) {
            Anchor link = new Anchor(outcome.postUrl(), outcome.postUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassName("publication-link");
            line.add(new Span(" "), link);
        }
        if (outcome.reason() != null) {
            Span reason = new Span(" " + outcome.reason());
            reason.addClassName("publication-reason");
            line.add(reason);
        }
        if (outcome.at() != null) {
            Span when = new Span(" · " + WHEN.format(outcome.at().atZone(zone))
                    + (outcome.resolvedBy() == null ? "" : ", checked by " + outcome.resolvedBy()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            line.add(when);
        }
        return line;
    }

    private static String label(ChannelPublication.Status status) {
        return switch (status) {
            case PUBLISHED -> "Published";
            case FAILED -> "Failed";
            case UNKNOWN -> "Outcome unknown";
            case BY_HAND -> "To post by hand";
            case NOT_YET -> "Not yet";
        };
    }

    private static String theme(ChannelPublication.Status status) {
        return switch (status) {
            case PUBLISHED -> "success";
            case FAILED -> "error";
            case UNKNOWN, BY_HAND -> "warning";
            case NOT_YET -> "contrast";
        };
    }
}
