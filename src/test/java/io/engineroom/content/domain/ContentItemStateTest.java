package io.engineroom.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentItemStateTest {

    static final Instant AT = Instant.parse("2031-03-05T10:00:00Z");

    final ContentItem item = new ContentItem("beanleaf", "Spring menu", "carla", AT);

    @Test
    void anItemInProductionIsApprovedAgainAfterAFreezeAndThenPublished() {
        item.approve();
        item.approve();
        item.publish();

        assertThat(item.getState()).isEqualTo(ContentItem.State.PUBLISHED);
    }

    @Test
    void aPublishedItemIsNeitherApprovedAgainNorReturnedToPlanning() {
        item.publish();

        assertThatThrownBy(item::approve).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is published: it cannot be approved");
        assertThatThrownBy(() -> item.returnToPlanning("too late", AT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is published: it cannot be returned to planning");
        assertThat(item.getState()).isEqualTo(ContentItem.State.PUBLISHED);
        assertThat(item.getReturnedReason()).isNull();
    }

    @Test
    void anItemBackInPlanningIsNeitherApprovedNorPublishedUntilItIsInProductionAgain() {
        item.returnToPlanning("The publish time passed before approval", AT);

        assertThatThrownBy(item::approve).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is back to planning: it cannot be approved");
        assertThatThrownBy(item::publish).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("it cannot be published");
        assertThat(item.getState()).isEqualTo(ContentItem.State.BACK_TO_PLANNING);

        item.backInProduction("instance-2");
        item.approve();
        assertThat(item.getState()).isEqualTo(ContentItem.State.APPROVED);
        assertThat(item.getProcessInstanceId()).isEqualTo("instance-2");
    }

    @Test
    void onlyAnItemBackInPlanningGoesIntoProductionAgain() {
        item.startedAs("instance-1");

        assertThatThrownBy(() -> item.backInProduction("instance-2")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only an item back in planning goes into production again");
        assertThat(item.getProcessInstanceId()).isEqualTo("instance-1");
    }
}
