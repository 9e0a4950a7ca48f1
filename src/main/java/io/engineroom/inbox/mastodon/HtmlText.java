package io.engineroom.inbox.mastodon;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A Mastodon status's HTML as the plain text a person wrote: paragraphs and line breaks kept as new lines, every
 * tag dropped, entities decoded. The result is text to show as text; markup in it (an escaped {@code <script>})
 * stays literal characters.
 */
final class HtmlText {

    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null) {
            return "";
        }
        String text = LINE_BREAK.matcher(html).replaceAll("\n");
        text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        // tags first, then entities: an escaped "&lt;b&gt;" the author typed becomes the text "<b>", not a tag
        return Parser.unescapeEntities(text, false).strip();
    }
}
