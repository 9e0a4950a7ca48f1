package io.engineroom.inbox.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns social-media text into tokens both models read. Social text is not tidy prose: it carries emoji and
 * emoticons (which carry sentiment), links and handles (which carry spam), curly apostrophes from phones ("don’t"),
 * full-width or styled letters, and invisible characters pasted from elsewhere. So the text is first normalised
 * (NFKC, invisible and stray combining characters dropped, apostrophes unified), then split by one pattern that
 * knows those shapes. Stateless and thread-safe.
 */
final class Tokenizer {

    /** Longer texts are cut here: the opening says what a message is about, and the cost of a call stays bounded. */
    static final int MAX_ANALYSED_CHARS = 5_000;

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033]");

    private static final String URL = "(?<url>(?:https?://|www\\.)\\S+"
            + "|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|io|ly|co|me|xyz|shop|link|info|biz|app|gg|to)"
            + "\\b(?:/\\S*)?)";
    // Western emoticons (":-)", ";P", "xD", ":'("), the reversed ones ("(:"), hearts and a few eastern faces; never
    // inside a word, so "http:" or "8pm" are not faces.
    private static final String EMOTICON = "(?<emoticon>(?<![\\p{L}\\p{N}])(?:"
            + "[<>]?[:;=8xX]['\"]?[-o^]?[)(\\]\\[dDpP/\\\\|*3oO@$]+"
            + "|[)(\\]\\[][-o^]?[:;=8]"
            + "|</?3+|\\^_*\\^|[tT]_[tT]|-_+-)(?![\\p{L}\\p{N}]))";
    private static final String MENTION = "(?<mention>@[\\p{L}\\p{N}_]+)";
    private static final String HASHTAG = "(?<hashtag>#[\\p{L}\\p{N}_]+)";
    private static final String WORD = "(?<word>\\p{L}[\\p{L}\\p{N}_]*(?:'\\p{L}+)*)";
    private static final String NUMBER = "(?<number>\\p{N}+(?:[.,:]\\p{N}+)*%?)";
    private static final String MONEY = "(?<money>\\p{Sc})";
    private static final String EMOJI = "(?<emoji>\\p{So})";
    private static final String PUNCTUATION = "(?<punctuation>[!?.,;:\u00A1\u00BF])";

    private static final Pattern REPEATED_END = Pattern.compile("(.)\\1+$");

    private static final Pattern TOKEN = Pattern.compile(
            String.join("|", URL, EMOTICON, MENTION, HASHTAG, WORD, NUMBER, MONEY, EMOJI, PUNCTUATION));

    private Tokenizer() {
    }

    static List<Token> tokenize(String raw) {
        String text = normalise(raw);
        boolean hasLowerCase = text.codePoints().anyMatch(Character::isLowerCase);
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(token(matcher, hasLowerCase));
        }
        return tokens;
    }

    /**
     * NFKC folds full-width and "fancy" letters (𝐠𝐫𝐞𝐚𝐭) and ligatures to plain ones and composes accents; then
     * format characters (zero-width space and joiner, bidi marks, BOM, soft hyphen), combining marks left over
     * (stacked "zalgo" marks, the emoji variation selector) and emoji skin-tone modifiers are dropped, so they do
     * not split or hide words; and the many apostrophes and quotes become the ASCII ones.
     */
    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String text = cap(raw);
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Tokenizer::isVisible).forEach(kept::appendCodePoint);
        text = APOSTROPHES.matcher(kept).replaceAll("'");
        return DOUBLE_QUOTES.matcher(text).replaceAll("\"");
    }

    private static String cap(String raw) {
        if (raw.length() <= MAX_ANALYSED_CHARS) {
            return raw;
        }
        int end = MAX_ANALYSED_CHARS;
        if (Character.isHighSurrogate(raw.charAt(end - 1))) {
            end--; // do not cut an emoji in half
        }
        return raw.substring(0, end);
    }

    private static boolean isVisible(int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return true; // tabs and line breaks are control characters, but they separate words
        }
        int type = Character.getType(codePoint);
        boolean skinTone = codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
        return type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.CONTROL && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && !skinTone;
    }

    private static Token token(Matcher matcher, boolean textHasLowerCase) {
        if (matcher.group("url") != null) {
            return new Token(matcher.group("url"), Token.Kind.URL, false);
        }
        if (matcher.group("emoticon") != null) {
            return new Token(canonicalEmoticon(matcher.group("emoticon")), Token.Kind.EMOTICON, false);
        }
        if (matcher.group("mention") != null) {
            return new Token(fold(matcher.group("mention")), Token.Kind.MENTION, false);
        }
        if (matcher.group("hashtag") != null) {
            return new Token(fold(matcher.group("hashtag").substring(1)), Token.Kind.HASHTAG, false);
        }
        if (matcher.group("word") != null) {
            String word = matcher.group("word");
            return new Token(fold(word), Token.Kind.WORD, textHasLowerCase && isShouted(word));
        }
        if (matcher.group("number") != null) {
            return new Token(matcher.group("number"), Token.Kind.NUMBER, false);
        }
        if (matcher.group("money") != null) {
            return new Token(matcher.group("money"), Token.Kind.MONEY, false);
        }
        if (matcher.group("emoji") != null) {
            return new Token(matcher.group("emoji"), Token.Kind.EMOJI, false);
        }
        return new Token(matcher.group("punctuation"), Token.Kind.PUNCTUATION, false);
    }

    /**
     * Case folding: upper- then lower-casing in the root locale also folds "ß" to "ss" and final sigma, which
     * lower-casing alone does not; the root locale keeps Turkish dotless-i rules out of English words.
     */
    static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** ":-)", ":)" and ":))))" mean the same; "XD" and "xd" too. "-_-" keeps its dashes, "^^" its two carets. */
    private static String canonicalEmoticon(String emoticon) {
        String plain = emoticon.toLowerCase(Locale.ROOT);
        if (!plain.startsWith("-")) {
            plain = plain.replace("-", "");
        }
        String collapsed = REPEATED_END.matcher(plain).replaceAll("$1");
        return collapsed.length() >= 2 ? collapsed : plain;
    }

    /** Emphasis, not an acronym: two letters or more and all of them capitals ("NEVER", "LOVE"; "I" is not). */
    private static boolean isShouted(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
