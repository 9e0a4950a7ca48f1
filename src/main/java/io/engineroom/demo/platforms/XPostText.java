package io.engineroom.demo.platforms;

import com.twitter.twittertext.Extractor;
import java.util.Comparator;
import java.util.List;

/**
 * A post's text as X shows it back (in the create answer and in timelines): every link, found as X finds links
 * (its twitter-text library), replaced by a t.co link, a t.co link for attached media at the end, and {@code &},
 * {@code <}, {@code >} as HTML entities. So the demo's "Verify publication" compares the text the connector sent
 * with what X would return, as it must on X.
 */
final class XPostText {

    private XPostText() {
    }

    static String asReturned(ReceivedPosts.Post post) {
        String text = post.text();
        List<Extractor.Entity> links = new Extractor().extractURLsWithIndices(text);
        StringBuilder shortened = new StringBuilder(text);
        links.stream().sorted(Comparator.comparing(Extractor.Entity::getStart).reversed()).forEach(link -> shortened
                .replace(link.getStart(), link.getEnd(), tco(link.getValue())));
        if (!post.media().isEmpty()) {
            shortened.append(shortened.isEmpty() ? "" : " ").append(tco(post.id()));
        }
        // t.co links have none of the escaped characters, so escaping after them changes nothing in them
        return shortened.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A t.co address, the same for the same link. */
    private static String tco(String target) {
        return "https://t.co/" + Integer.toString(Math.floorMod(target.hashCode(), Integer.MAX_VALUE), 36);
    }
}
