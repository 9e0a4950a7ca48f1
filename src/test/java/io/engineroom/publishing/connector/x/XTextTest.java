package io.engineroom.publishing.connector.x;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text X gives back against the text sent: X escapes {@code & < >} once and replaces every link, also one
 * without a scheme, with a t.co link (as the mentions example at
 * https://docs.x.com/x-api/posts/user-mention-timeline-by-user-id shows); X's own twitter-text library finds links.
 */
class XTextTest {

    @Test
    void linksOfEitherFormAndAnAppendedMediaLinkDoNotMatter() {
        assertThat(XText.same("Menu at beanleaf.com/menu & https://beanleaf.coffee/x?y=1 <3",
                "Menu at https://t.co/a1 &amp; https://t.co/b2 &lt;3 https://t.co/media")).isTrue();
    }

    @Test
    void anEntityWrittenInTheSentTextIsComparedAsWrittenNotUnescapedTwice() {
        assertThat(XText.same("Write &amp; in HTML", "Write &amp;amp; in HTML")).isTrue();
        assertThat(XText.same("Write &amp; in HTML", "Write &amp; in HTML")).isFalse();
    }

    @Test
    void otherWordsAreADifferentPost() {
        assertThat(XText.same("Open late tonight", "Open late tomorrow")).isFalse();
    }
}
