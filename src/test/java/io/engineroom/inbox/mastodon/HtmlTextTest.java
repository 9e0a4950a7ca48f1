package io.engineroom.inbox.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsAndBreaksBecomeLinesAndTagsGo() {
        assertThat(HtmlText.toPlain("<p>Hi <span class=\"h-card\"><a href=\"https://coffee.social/@beanleaf\" "
                + "class=\"u-url mention\">@<span>beanleaf</span></a></span> is the shop open?</p>"
                + "<p>Line one<br>line two<br />three</p>"))
                .isEqualTo("Hi @beanleaf is the shop open?\n\nLine one\nline two\nthree");
    }

    @Test
    void entitiesAreDecodedAfterTagsSoEscapedMarkupStaysText() {
        assertThat(HtmlText.toPlain("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;hi&quot; &#39;x&#39; &#x1F600;</p>"))
                .isEqualTo("<script>alert(1)</script> & \"hi\" 'x' \uD83D\uDE00");
        assertThat(HtmlText.toPlain(null)).isEmpty();
    }
}
