package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are filled once, with the values as they are. */
class ResponseTemplatesFillTest {

    static final Map<String, String> VALUES = Map.of("author", "Ana", "brand", "Bean & Leaf", "agent", "Sam",
            "channel", "Mastodon @beanleaf");

    @Test
    void fillsEveryKnownPlaceholderAndLeavesOthersForThePersonToSee() {
        assertThat(ResponseTemplates.fill("Hi {author}, {agent} of {brand} here on {channel}. {order} {author}",
                VALUES)).isEqualTo("Hi Ana, Sam of Bean & Leaf here on Mastodon @beanleaf. {order} Ana");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrAReplacementIsTakenLiterally() {
        assertThat(ResponseTemplates.fill("Hi {author}!", Map.of("author", "{agent} $1 \\"))).isEqualTo(
                "Hi {agent} $1 \\!");
    }
}
