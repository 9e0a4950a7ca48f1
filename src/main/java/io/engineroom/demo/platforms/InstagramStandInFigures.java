package io.engineroom.demo.platforms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The Instagram stand-in's numbers: the demo account's followers and its media's insights. Derived from the date
 * and the media id, never random, so a newcomer's reports grow day by day and two reads of one post agree, as they
 * would on Instagram within a day.
 */
final class InstagramStandInFigures {

    /** The media insights the stand-in answers ({@code GET /{media-id}/insights?metric=...}). */
    static final Set<String> METRICS = Set.of("reach", "likes", "comments", "saved", "shares", "views",
            "total_interactions");
    private static final LocalDate GROWING_SINCE = LocalDate.of(2026, 1, 1);

    private InstagramStandInFigures() {
    }

    /** About 4 000 followers, a few more each day, with a small daily wobble. */
    static long followers(LocalDate day) {
        long days = Math.max(0, ChronoUnit.DAYS.between(GROWING_SINCE, day));
        return 4_000 + days * 6 + (days * 37) % 11;
    }

    /** One metric of one post: a reach of several hundred, and the interactions a few percent of it. */
    static long insight(String mediaId, String metric) {
        long seed = Integer.toUnsignedLong(mediaId.hashCode());
        long reach = 300 + seed % 900;
        long likes = reach * (3 + seed % 5) / 100;
        long comments = 1 + seed % 9;
        long saved = seed % 13;
        long shares = seed % 7;
        return switch (metric) {
            case "reach" -> reach;
            case "views" -> reach + reach / 3;
            case "likes" -> likes;
            case "comments" -> comments;
            case "saved" -> saved;
            case "shares" -> shares;
            case "total_interactions" -> likes + comments + saved + shares;
            default -> throw new IllegalArgumentException("No Instagram media metric " + metric);
        };
    }
}
