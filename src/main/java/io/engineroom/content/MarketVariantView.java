package io.engineroom.content;

import java.util.List;

/**
 * One market's text of a content item as people see it: the market, the translation (null until written), who
 * translated and who reviewed it locally, whether it went out, and what keeps it from fitting the item's channels.
 */
public record MarketVariantView(String marketCode, String text, String translatedBy, String reviewedBy,
        boolean published, List<String> problems) {
}
