package io.engineroom.listening.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.listening.TermKind;
import io.engineroom.listening.TrackedTerm;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Mastodon status read as listening keeps it, and which keyword it holds. */
class MastodonStatusTest {

    final ObjectMapper json = new ObjectMapper();
    final TrackedTerm beanLeaf = new TrackedTerm(1, "b", TermKind.KEYWORD, "bean and leaf", null);
    final TrackedTerm cup = new TrackedTerm(2, "b", TermKind.KEYWORD, "cup", "Cup Co");

    @Test
    void aStatusIsPlainTextWithItsAuthorLinkAndTime() throws Exception {
        var status = MastodonPublicTimelines.status(json.readTree("""
                {"id":"109","created_at":"2026-12-01T10:00:00.000Z","url":"https://m.example/@ada/109",
                 "content":"<p>Tried <b>Bean &amp; Leaf</b> &lt;script&gt;</p>","account":{"acct":"ada@m.example"}}
                """));

        assertThat(status.id()).isEqualTo("109");
        assertThat(status.text()).isEqualTo("Tried Bean & Leaf <script>");
        assertThat(status.author()).isEqualTo("@ada@m.example");
        assertThat(status.url()).isEqualTo("https://m.example/@ada/109");
        assertThat(status.createdAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void aBoostIsLeftOutAndAKeywordMatchesOnlyAsWholeWords() throws Exception {
        assertThat(MastodonPublicTimelines.status(json.readTree("{\"id\":\"1\",\"reblog\":{\"id\":\"2\"}}")))
                .isNull();
        var status = new MastodonPublicTimelines.Status("1", "@a", "Bean and Leaf cups are great", null, null);
        assertThat(MastodonPublicTimelines.matching(List.of(cup, beanLeaf), status)).isEqualTo(beanLeaf);
        var plain = new MastodonPublicTimelines.Status("2", "@a", "A cupcake, no cup here", null, null);
        assertThat(MastodonPublicTimelines.matching(List.of(cup), plain)).isEqualTo(cup);
        var none = new MastodonPublicTimelines.Status("3", "@a", "A cupcake", null, null);
        assertThat(MastodonPublicTimelines.matching(List.of(cup, beanLeaf), none)).isNull();
    }

    @Test
    void theNewerOfTwoIdsIsTheLargerNumberNotTheLongerString() {
        assertThat(MastodonPublicTimelines.newer("99", "100")).isEqualTo("100");
        assertThat(MastodonPublicTimelines.newer("100", "99")).isEqualTo("100");
        assertThat(MastodonPublicTimelines.newer(null, "5")).isEqualTo("5");
        assertThat(MastodonPublicTimelines.newer("5", "x")).isEqualTo("5");
    }
}
