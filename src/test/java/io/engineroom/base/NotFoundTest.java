package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotFoundTest {

    @Test
    void notFoundIsInvalidInputOfTheFieldThatNamedTheRecord() {
        NotFound notFound = new NotFound("contentItem", "No content item 42");

        assertThat(notFound).isInstanceOf(InvalidInput.class).hasMessage("No content item 42");
        assertThat(notFound.problems()).containsExactlyEntriesOf(java.util.Map.of("contentItem", "No content item 42"));
    }
}
