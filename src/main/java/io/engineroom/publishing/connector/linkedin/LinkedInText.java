package io.engineroom.publishing.connector.linkedin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's text in LinkedIn's "little text format", which {@code commentary} is written in: the characters the
 * format reserves are escaped with a backslash (unescaped, LinkedIn drops or misreads the rest of the text), and a
 * {@code #word} becomes the format's hashtag template so it stays a hashtag
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/little-text-format">
 * Little Text Format</a>).
 */
final class LinkedInText {

    private static final String RESERVED = "\\|{}@[]()<>#*_~";
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&])#([\\p{L}\\p{N}]+)");

    private LinkedInText() {
    }

    static String commentary(String text) {
        StringBuilder out = new StringBuilder();
        Matcher hashtags = HASHTAG.matcher(text);
        int at = 0;
        while (hashtags.find()) {
            out.append(escape(text.substring(at, hashtags.start())));
            out.append("{hashtag|\\#|").append(hashtags.group(1)).append('}');
            at = hashtags.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (RESERVED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a commentary read back from LinkedIn is the text we sent (as sent, or as a person typed it). */
    static boolean same(String commentary, String text) {
        if (commentary == null) {
            return false;
        }
        String read = normalise(commentary);
        return read.equals(normalise(commentary(text))) || read.equals(normalise(text));
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
