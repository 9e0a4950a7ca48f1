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
        Look look = Look.of(outcome.status());
        Span status = new Span(look.label);
        status.getElement().getThemeList().add("badge " + look.badgeTheme);
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
            when.addClassName("er-muted");
            line.add(when);
        }
        return line;
    }

    /**
     * A publication outcome as the badge shows it: its words and its colour (Lumo's badge themes) in one place.
     * {@link #of} maps every status, so a new one does not compile until it has both.
     */
    enum Look {
        PUBLISHED("Published", "success"),
        FAILED("Failed", "error"),
        UNKNOWN("Outcome unknown", "warning"),
        BY_HAND("To post by hand", "warning"),
        NOT_YET("Not yet", "contrast");

        final String label;
        final String badgeTheme;

        Look(String label, String badgeTheme) {
            this.label = label;
            this.badgeTheme = badgeTheme;
        }

        static Look of(ChannelPublication.Status status) {
            return switch (status) {
                case PUBLISHED -> PUBLISHED;
                case FAILED -> FAILED;
                case UNKNOWN -> UNKNOWN;
                case BY_HAND -> BY_HAND;
                case NOT_YET -> NOT_YET;
            };
        }
    }
}
