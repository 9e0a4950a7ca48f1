package io.engineroom.inbox.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the category model sees of a message: its words and word pairs (pairs catch "how much", "dm me", "my
 * order", "you people"), links, handles, numbers and money reduced to placeholders, emoji as they are, and a few
 * structural signals. The signals are features like the words, so the model learns from the corpus how much each
 * one says about each category, instead of a hand-set weight: a question mark speaks for a question (and somewhat
 * for a complaint), a link with "dm me" or "promo" for spam, buying words for a lead, the tone for praise,
 * complaint or abuse.
 */
final class CategoryFeatures {

    private static final Set<String> QUESTION_OPENINGS = Set.of("how", "what", "when", "where", "why", "who",
            "which", "can", "could", "do", "does", "did", "is", "are", "will", "would", "should", "any", "anyone",
            "has", "have", "may");
    private static final Set<String> PROMOTION_WORDS = Set.of("dm", "promo", "code", "discount", "followers",
            "follow", "giveaway", "free", "click", "bio", "crypto", "bitcoin", "btc", "earn", "profit", "invest",
            "winner", "claim", "link", "subscribe", "cheap");
    private static final Set<String> PURCHASE_WORDS = Set.of("buy", "buying", "purchase", "price", "prices",
            "pricing", "quote", "cost", "costs", "bulk", "wholesale", "demo", "trial", "book", "booking", "reserve",
            "reservation", "enterprise", "licence", "license", "licenses", "seats", "catering", "interested",
            "stock", "distributor", "franchise", "partnership", "invoice");
    private static final Set<String> PURCHASE_PAIRS = Set.of("how much", "sign up", "in stock", "interested in",
            "want to", "looking for", "place an", "a quote", "the price", "for sale");

    /** "sooooo" and "soooo" are one feature: three or more of a letter become two */
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

    private CategoryFeatures() {
    }

    static List<String> of(List<Token> tokens, SentimentScorer.Reading tone) {
        List<String> words = new ArrayList<>(tokens.size() + 1);
        words.add("<start>");
        int links = 0;
        int hashtags = 0;
        int shouted = 0;
        for (Token token : tokens) {
            switch (token.kind()) {
                case WORD -> words.add(STRETCHED.matcher(token.text()).replaceAll("$1$1"));
                case HASHTAG -> {
                    words.add(token.text());
                    hashtags++;
                }
                case MENTION -> words.add("<mention>");
                case URL -> {
                    words.add("<link>");
                    links++;
                }
                case NUMBER -> words.add("<number>");
                case MONEY -> words.add("<money>");
                case EMOJI, EMOTICON -> words.add(token.text());
                case PUNCTUATION -> {
                    if (token.text().equals("?") || token.text().equals("!")) {
                        words.add(token.text());
                    }
                }
            }
            shouted += token.shouted() ? 1 : 0;
        }
        List<String> features = new ArrayList<>(words.size() * 2 + 8);
        features.addAll(words.subList(1, words.size()));
        for (int i = 1; i < words.size(); i++) {
            features.add(words.get(i - 1) + " " + words.get(i));
        }
        addSignals(features, words, tokens, links, hashtags, shouted, tone);
        return features;
    }

    private static void addSignals(List<String> features, List<String> words, List<Token> tokens, int links,
            int hashtags, int shouted, SentimentScorer.Reading tone) {
        if (tokens.stream().anyMatch(token -> token.text().equals("?"))) {
            features.add("signal:question-mark");
        }
        if (words.size() > 1 && QUESTION_OPENINGS.contains(words.get(1))) {
            features.add("signal:question-opening");
        }
        boolean promotion = words.stream().anyMatch(PROMOTION_WORDS::contains);
        if (links > 0) {
            features.add(promotion ? "signal:link-with-promotion" : "signal:link");
        } else if (promotion) {
            features.add("signal:promotion");
        }
        boolean purchase = words.stream().anyMatch(PURCHASE_WORDS::contains);
        for (int i = 1; i < words.size() && !purchase; i++) {
            purchase = PURCHASE_PAIRS.contains(words.get(i - 1) + " " + words.get(i));
        }
        if (purchase) {
            features.add("signal:purchase-intent");
        }
        if (hashtags >= 3) {
            features.add("signal:many-hashtags");
        }
        if (shouted >= 2) {
            features.add("signal:shouting");
        }
        features.add("signal:tone-" + tone.sentiment().name().toLowerCase(Locale.ROOT));
        if (tone.score() <= -0.6) {
            features.add("signal:tone-very-negative");
        }
        if (tone.score() >= 0.6) {
            features.add("signal:tone-very-positive");
        }
    }
}
