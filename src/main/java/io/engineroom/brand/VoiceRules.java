package io.engineroom.brand;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voice check itself, without storage or people: which avoided words a text uses (whole words, any case), how
 * many emoji it carries (twitter-text's emoji pattern, so a flag or a skin-toned emoji is one), and whether it
 * carries a required disclosure (a hashtag as twitter-text extracts it, or a phrase as whole words). Word
 * boundaries are the JDK's {@link BreakIterator}: "cheap" is not found in "cheaper", but is in "#cheap".
 */
public final class VoiceRules {

    private static final Extractor EXTRACTOR = new Extractor();

    private VoiceRules() {
    }

    /**
     * What the guide flags in these texts. Avoided words and emoji are counted per field; a required disclosure
     * may be in any field and, when it is in none, is flagged on the first.
     */
    public static List<VoiceFlag> check(VoiceGuide guide, List<VoiceText> texts, boolean disclosureRequired) {
        List<VoiceFlag> flags = new ArrayList<>();
        for (VoiceText one : texts) {
            String text = one.text() == null ? "" : one.text();
            List<String> avoided = guide.wordsToAvoid().stream().filter(word -> containsWord(text, word)).toList();
            if (!avoided.isEmpty()) {
                flags.add(new VoiceFlag(VoiceFlag.Kind.AVOIDED_WORD, one.field(), "The voice guide avoids "
                        + String.join(", ", avoided.stream().map(word -> "\u201c" + word + "\u201d").toList())));
            }
            Integer limit = guide.emojiLimit();
            int emoji = emojiCount(text);
            if (limit != null && emoji > limit) {
                flags.add(new VoiceFlag(VoiceFlag.Kind.TOO_MANY_EMOJI, one.field(), limit == 0
                        ? "The voice guide allows no emoji; this has " + emoji
                        : "The voice guide allows up to " + limit + " emoji; this has " + emoji));
            }
        }
        if (disclosureRequired && !guide.disclosures().isEmpty() && !texts.isEmpty()
                && texts.stream().noneMatch(one -> discloses(one.text(), guide.disclosures()))) {
            flags.add(new VoiceFlag(VoiceFlag.Kind.MISSING_DISCLOSURE, texts.get(0).field(),
                    "A paid or influencer post must carry " + String.join(" or ", guide.disclosures())));
        }
        return flags;
    }

    /** The emoji in a text, each as one however many code points it is made of. */
    public static int emojiCount(String text) {
        if (text == null) {
            return 0;
        }
        Matcher matcher = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Whether the text uses the word or phrase as whole words, in any case. */
    public static boolean containsWord(String text, String word) {
        if (text == null || word == null || word.isBlank()) {
            return false;
        }
        Matcher matcher = Pattern.compile(Pattern.quote(word.trim()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        while (matcher.find()) {
            if (words.isBoundary(matcher.start()) && words.isBoundary(matcher.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean discloses(String text, List<String> disclosures) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<String> tags = EXTRACTOR.extractHashtags(text).stream()
                .map(tag -> tag.toLowerCase(Locale.ROOT)).toList();
        return disclosures.stream().anyMatch(disclosure -> disclosure.startsWith("#")
                ? tags.contains(disclosure.substring(1).toLowerCase(Locale.ROOT))
                : containsWord(text, disclosure));
    }
}
