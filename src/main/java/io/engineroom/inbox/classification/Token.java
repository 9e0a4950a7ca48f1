package io.engineroom.inbox.classification;

/**
 * One piece of a normalised text. {@code text} is case-folded (emoticons without their nose, URLs and mentions as
 * written); {@code shouted} says the word was written in capitals (two letters or more).
 */
record Token(String text, Kind kind, boolean shouted) {

    enum Kind {
        WORD, HASHTAG, MENTION, URL, NUMBER, MONEY, EMOJI, EMOTICON, PUNCTUATION
    }

    boolean is(Kind other) {
        return kind == other;
    }
}
