package io.engineroom.listening;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.OutboundAddresses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How typed terms and servers are read: hashtags and accounts without their sigil, bad ones named by field. */
class TrackedTermRulesTest {

    @Test
    void hashtagsAndAccountsLoseTheirSigilAndEveryTermIsLowerCase() {
        Map<String, String> problems = new LinkedHashMap<>();
        assertThat(TrackedTerms.normalise(TermKind.HASHTAG, " #BeanLeaf ", problems)).isEqualTo("beanleaf");
        assertThat(TrackedTerms.normalise(TermKind.ACCOUNT, "@Rival@Coffee.Social", problems))
                .isEqualTo("rival@coffee.social");
        assertThat(TrackedTerms.normalise(TermKind.KEYWORD, "Bean   and Leaf", problems)).isEqualTo("bean and leaf");
        assertThat(problems).isEmpty();
    }

    @Test
    void aHashtagWithSpacesAnAccountWithoutAServerNameAndAShortKeywordAreRefusedAtTheTerm() {
        for (var bad : Map.of(TermKind.HASHTAG, "#bean leaf", TermKind.ACCOUNT, "rival@nowhere", TermKind.KEYWORD,
                "ab").entrySet()) {
            Map<String, String> problems = new LinkedHashMap<>();
            TrackedTerms.normalise(bad.getKey(), bad.getValue(), problems);
            assertThat(problems).as(bad.getValue()).containsOnlyKeys("term");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        TrackedTerms.normalise(null, "coffee", problems);
        assertThat(problems).containsOnlyKeys("kind");
    }

    @Test
    void aServerOnALoopbackOrPrivateAddressIsRefusedByTheOutboundCheck() {
        OutboundAddresses production = new OutboundAddresses(false);

        assertThat(TrackedTerms.serverProblem(production, "http://127.0.0.1:8080")).get().asString()
                .contains("local or private address");
        assertThat(TrackedTerms.serverProblem(production, "https://10.1.2.3")).isPresent();
        assertThat(TrackedTerms.serverProblem(production, "ftp://mastodon.social")).get().asString()
                .contains("http(s)");
        assertThat(TrackedTerms.serverProblem(production, "https://mastodon.social/?next=x")).isPresent();
        assertThat(TrackedTerms.serverProblem(production, "not a url")).isPresent();
    }
}
