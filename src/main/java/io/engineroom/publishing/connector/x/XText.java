package io.engineroom.publishing.connector.x;

import com.twitter.twittertext.Extractor;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

/**
 * A post's text as X gives it back, made comparable with the text Engine Room sent. X escapes {@code &}, {@code <}
 * and {@code >} as HTML entities in the text it returns, replaces every link (also a bare {@code example.com}) with
 * its own t.co link, and appends a t.co link for attached media. So both texts lose their links (found by X's own
 * twitter-text library, the way X finds them) and have their white space evened out before they are compared.
 */
final class XText {

    private XText() {
    }

    static String unescape(String text) {
        // &amp; last, so an escaped "&amp;lt;" becomes "&lt;" as it was written
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * The text without links, white space collapsed, in Unicode NFC; entities unescaped in a text X returned (never
     * in the text sent, whose {@code &amp;} X would have escaped once more).
     */
    static String comparable(String text, boolean fromX) {
        String given = text == null ? "" : text;
        String plain = Normalizer.normalize(fromX ? unescape(given) : given, Normalizer.Form.NFC);
        Extractor extractor = new Extractor();
        List<Extractor.Entity> links = extractor.extractURLsWithIndices(plain);
        StringBuilder without = new StringBuilder(plain);
        links.stream().sorted(Comparator.comparing(Extractor.Entity::getStart).reversed())
                .forEach(link -> without.replace(link.getStart(), link.getEnd(), " "));
        return without.toString().replaceAll("\\s+", " ").strip();
    }

    static boolean same(String sent, String returned) {
        return comparable(sent, false).equals(comparable(returned, true));
    }
}
