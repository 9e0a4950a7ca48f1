package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rich text facets of a post: Bluesky has no markup, a post's links, mentions and hashtags are ranges of its
 * text given in UTF-8 BYTES (start inclusive, end exclusive), each with its feature: {@code #link} with the address,
 * {@code #mention} with the account's DID, {@code #tag} with the tag without its {@code #}
 * (https://docs.bsky.app/docs/advanced-guides/post-richtext, lexicon {@code app.bsky.richtext.facet}). An emoji or an
 * accented letter before a link takes more bytes than characters, which is why offsets are counted in bytes.
 */
final class RichText {

    /** Bluesky's limit on a post's text (lexicon {@code app.bsky.feed.post}: maxGraphemes 300). */
    static final int MAX_GRAPHEMES = 300;
    private static final int MAX_TAG = 64;

    private static final Pattern LINK = Pattern.compile("(?:^|(?<=[\\s(\\[]))https?://[^\\s<>\"]+");
    // a handle is a domain name: labels of letters, digits and inner hyphens, at least two of them
    private static final Pattern MENTION = Pattern.compile("(?:^|(?<=[\\s(]))@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*"
            + "[a-zA-Z0-9])?\\.)+[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)");
    private static final Pattern TAG = Pattern.compile("(?:^|(?<=\\s))[#\uFF03]([^\\s#\uFF03]+)");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private RichText() {
    }

    enum Kind { LINK, MENTION, TAG }

    /**
     * One decorated range of the text, in characters of the Java string (what {@link #facets} turns into bytes).
     *
     * @param value the address, the handle (without {@code @}) or the tag (without {@code #})
     */
    record Span(Kind kind, int start, int end, String value) {
    }

    /** The links, mentions and tags in the text, in order. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String address = trimTrailing(link.group());
            spans.add(new Span(Kind.LINK, link.start(), link.start() + address.length(), address));
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            spans.add(new Span(Kind.MENTION, mention.start(), mention.end(), mention.group(1)));
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String name = tag.group(1).replaceAll("\\p{P}+$", "");
            if (!name.isEmpty() && !name.chars().allMatch(Character::isDigit) && graphemes(name) <= MAX_TAG) {
                spans.add(new Span(Kind.TAG, tag.start(), tag.start(1) + name.length(), name));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /**
     * The facets for the text's spans; a mention whose handle the resolver cannot turn into a DID (null) is left
     * plain, as Bluesky's own app does.
     */
    static ArrayNode facets(String text, List<Span> spans, Function<String, String> didOfHandle) {
        ArrayNode facets = JsonNodeFactory.instance.arrayNode();
        for (Span span : spans) {
            ObjectNode feature = JsonNodeFactory.instance.objectNode();
            switch (span.kind()) {
                case LINK -> feature.put("$type", "app.bsky.richtext.facet#link").put("uri", span.value());
                case TAG -> feature.put("$type", "app.bsky.richtext.facet#tag").put("tag", span.value());
                case MENTION -> {
                    String did = didOfHandle.apply(span.value());
                    if (did == null) {
                        continue;
                    }
                    feature.put("$type", "app.bsky.richtext.facet#mention").put("did", did);
                }
            }
            ObjectNode facet = facets.addObject();
            facet.putObject("index").put("byteStart", bytes(text, span.start()))
                    .put("byteEnd", bytes(text, span.end()));
            facet.putArray("features").add(feature);
        }
        return facets;
    }

    /** The user-perceived characters of the text (extended grapheme clusters): what Bluesky's limit counts. */
    static int graphemes(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static int bytes(String text, int chars) {
        return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Punctuation that ends a sentence is not part of the address, nor a closing bracket it did not open. */
    private static String trimTrailing(String address) {
        String trimmed = address;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            boolean unbalanced = last == ')' && count(trimmed, '(') < count(trimmed, ')');
            if (".,;:!?'\"".indexOf(last) < 0 && !unbalanced) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
