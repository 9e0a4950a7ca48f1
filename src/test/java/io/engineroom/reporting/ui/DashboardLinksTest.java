package io.engineroom.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardLinksTest {

    @Test
    void linksNarrowTheTargetScreenToTheFigure() {
        assertThat(DashboardLinks.inbox("beanleaf", "COMPLAINT")).isEqualTo("inbox?brand=beanleaf&category=COMPLAINT");
        assertThat(DashboardLinks.approvalWork("beanleaf")).isEqualTo("?brand=beanleaf&sop=content-approval");
        assertThat(DashboardLinks.calendar("beanleaf")).isEqualTo("calendar?brand=beanleaf");
        assertThat(DashboardLinks.inboxBySentiment("beanleaf", "NEGATIVE"))
                .isEqualTo("inbox?brand=beanleaf&sentiment=NEGATIVE");
        assertThat(DashboardLinks.inboxBySentiment(null, "NEGATIVE")).isEqualTo("inbox?sentiment=NEGATIVE");
    }

    @Test
    void valuesAreEncoded() {
        assertThat(DashboardLinks.inbox("a&b", "x y")).isEqualTo("inbox?brand=a%26b&category=x+y");
    }

    @Test
    void theScreenOfALinkIsItsPath() {
        assertThat(DashboardLinks.screen(DashboardLinks.inbox("beanleaf", "QUESTION"))).isEqualTo("inbox");
        assertThat(DashboardLinks.screen(DashboardLinks.approvalWork("beanleaf"))).isEmpty();
        assertThat(DashboardLinks.screen("calendar")).isEqualTo("calendar");
    }
}
