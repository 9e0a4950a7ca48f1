package io.engineroom.brand;

import java.util.List;

/**
 * One market of a brand: a code the brand uses for it ({@code de-CH}), its language (ISO 639), its time zone, the
 * region in words, whether it is regulated (its posts then get a local review, see market-review.dmn), and who may
 * do that review (user ids; empty: any brand reviewer of the brand).
 */
public record Market(String brandId, String code, String language, String timeZone, String region,
        boolean regulated, List<String> reviewers) {

    public Market {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }

    /** How people see it in lists: "de-CH (Switzerland, de)". */
    public String label() {
        return code + " (" + region + ", " + language + ")";
    }
}
