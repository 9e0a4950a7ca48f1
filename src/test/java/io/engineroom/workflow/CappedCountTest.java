package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CappedCountTest {

    @Test
    void aCountUpToAThousandIsShownAsItIsAndPastItAsAThousandPlus() {
        assertThat(CappedCount.label(0, "task", "tasks")).isEqualTo("No tasks");
        assertThat(CappedCount.label(1, "task", "tasks")).isEqualTo("1 task");
        assertThat(CappedCount.label(37, "task", "tasks")).isEqualTo("37 tasks");
        assertThat(CappedCount.label(1000, "task", "tasks")).isEqualTo("1,000 tasks");
        assertThat(CappedCount.label(CappedCount.QUERY_CAP, "interaction waiting", "interactions waiting"))
                .isEqualTo("1,000+ interactions waiting");
    }

    @Test
    void theCountGoesOneRowFurtherThanItShows() {
        assertThat(CappedCount.QUERY_CAP).isEqualTo(CappedCount.SHOWN + 1);
    }
}
