package io.engineroom.brand;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * The brand's voice guide, in view beside a writing task (the copy, a reply, a holding statement), so the writer has
 * it in view while writing instead of in another screen. Writing modules add it to their task panels; the guide
 * itself is read through {@link VoiceGuides}, which checks that the person works for the brand.
 */
public final class VoiceGuideCard {

    private VoiceGuideCard() {
    }

    /** The card for the brand, or empty when it has no guide or the person may not read it. */
    public static Optional<Component> of(VoiceGuides guides, String brandId) {
        try {
            return guides.of(brandId).map(VoiceGuideCard::card);
        } catch (org.springframework.security.access.AccessDeniedException notTheirs) {
            return Optional.empty();
        }
    }

    static Component card(VoiceGuide guide) {
        Span title = new Span("Brand voice");
        title.addClassName("er-voice-guide__title");
        Div body = new Div(title);
        body.addClassName("er-voice-guide");
        body.setId("voice-guide");
        line(body, "voice-tone", "Tone", guide.tone());
        line(body, "voice-use", "Words to use", String.join(", ", guide.wordsToUse()));
        line(body, "voice-avoid", "Words to avoid", String.join(", ", guide.wordsToAvoid()));
        line(body, "voice-phrases", "Approved phrases", String.join(" \u00b7 ", guide.approvedPhrases()));
        line(body, "voice-hashtags", "Hashtags", String.join(" ", guide.hashtags()));
        line(body, "voice-emoji", "Emoji", guide.emojiPolicy().label()
                + (guide.emojiMax() == null ? "" : ": up to " + guide.emojiMax() + " per text"));
        line(body, "voice-disclosures", "Paid or influencer posts carry", String.join(" or ", guide.disclosures()));
        return body;
    }

    private static void line(Div body, String id, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span name = new Span(label + ": ");
        name.addClassName("er-voice-guide__label");
        Div line = new Div(name, new Span(value));
        line.setId(id);
        body.add(line);
    }
}
