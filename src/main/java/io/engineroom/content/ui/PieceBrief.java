package io.engineroom.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.ContentPiece;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the brief asks of a piece, one line per field; the publish time in the brand's time zone. */
final class PieceBrief {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, yyyy HH:mm (VV)",
            Locale.ENGLISH);

    private PieceBrief() {
    }

    static Div of(ContentPiece piece) {
        Div brief = new Div(
                line("objective", "Objective", piece.objective()),
                line("audience", "Audience", piece.audience()),
                line("key-message", "Key message", piece.keyMessage()),
                line("pillar", "Pillar", piece.pillar()),
                line("campaign", "Campaign", piece.campaign()),
                line("channels", "Channels", piece.channels().isEmpty() ? null
                        : piece.channels().stream().map(ChannelSummary::label).collect(Collectors.joining(", "))),
                line("publish-at", "Publish", piece.publishAt() == null ? null : WHEN.format(piece.publishAt())));
        brief.setId("piece-brief");
        return brief;
    }

    static Div line(String id, String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("er-muted");
        Span text = new Span(value == null || value.isBlank() ? "not set" : value);
        text.setId("piece-" + id);
        return new Div(name, text);
    }
}
