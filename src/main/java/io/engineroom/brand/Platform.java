package io.engineroom.brand;

import com.twitter.twittertext.TwitterTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A social platform and what one post may hold there. Lengths count characters as the platform does: on X the
 * weighted length of X's own twitter-text library (its default configuration, v3: links 23, emoji and CJK 2, limit
 * 280 weighted); on Bluesky graphemes (what a reader sees as one character: a family emoji made of several code
 * points joined by zero-width joiners, or a flag of two regional indicators, is one; the app.bsky.feed.post lexicon's
 * {@code maxGraphemes: 300}); elsewhere code points, with every link counted as {@value #LINK_LENGTH} where the
 * platform shortens links (Mastodon). Media rules: {@link #media()}.
 */
public enum Platform {
    X("X", 280, null, true),
    MASTODON("Mastodon", 500, null, true),
    LINKEDIN("LinkedIn", 3000, null, false),
    INSTAGRAM("Instagram", 2200, 30, false),
    FACEBOOK("Facebook", 63206, null, false),
    THREADS("Threads", 500, null, false),
    BLUESKY("Bluesky", 300, null, false),
    TIKTOK("TikTok", 2200, null, false);

    static final int LINK_LENGTH = 23;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    /** One extended grapheme cluster (Unicode UAX #29), as the JDK's regex engine knows them. */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#[\\p{L}\\p{N}_]+");

    private final String displayName;
    private final int maxLength;
    private final Integer maxHashtags;
    private final boolean shortensLinks;

    Platform(String displayName, int maxLength, Integer maxHashtags, boolean shortensLinks) {
        this.displayName = displayName;
        this.maxLength = maxLength;
        this.maxHashtags = maxHashtags;
        this.shortensLinks = shortensLinks;
    }

    public String displayName() {
        return displayName;
    }

    public int maxLength() {
        return maxLength;
    }

    /** At most this many hashtags in one post, where the platform limits them. */
    public Optional<Integer> maxHashtags() {
        return Optional.ofNullable(maxHashtags);
    }

    /** The length of a post as this platform counts it. */
    public int length(String text) {
        if (this == X) {
            return TwitterTextParser.parseTweet(text).weightedLength;
        }
        if (this == BLUESKY) {
            return (int) GRAPHEME.matcher(text).results().count();
        }
        if (!shortensLinks) {
            return text.codePointCount(0, text.length());
        }
        Matcher links = LINK.matcher(text);
        int length = 0;
        int from = 0;
        while (links.find()) {
            length += text.codePointCount(from, links.start()) + LINK_LENGTH;
            from = links.end();
        }
        return length + text.codePointCount(from, text.length());
    }

    /** What {@link #length} counts, in words. */
    public String unit() {
        return this == X ? "weighted characters (links 23, emoji and CJK 2)" : this == BLUESKY ? "graphemes"
                : "characters";
    }

    /** What one post may carry in images and videos here. */
    public MediaRules media() {
        return PlatformMedia.of(this);
    }

    public int hashtags(String text) {
        return (int) HASHTAG.matcher(text).results().count();
    }

    /** What keeps the text from being posted here, in words; empty when it fits. */
    public List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("The " + displayName + " text is empty");
            return problems;
        }
        int length = length(text);
        if (length > maxLength) {
            problems.add("Too long for " + displayName + ": " + length + " " + unit() + ", at most " + maxLength);
        }
        if (maxHashtags != null && hashtags(text) > maxHashtags) {
            problems.add("Too many hashtags for " + displayName + ": " + hashtags(text) + ", at most " + maxHashtags);
        }
        return problems;
    }
}
