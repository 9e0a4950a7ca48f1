package io.engineroom.publishing.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG_ENCODED;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.publishing.EngagementCounts;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A LinkedIn post's statistics and the page's followers against a stand-in built from LinkedIn's documented
 * requests and answers.
 * <ul>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/share-statistics</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-lookup-api
 * (retrieve organization follower count)</li>
 * </ul>
 */
class LinkedInMetricsTest {

    static final String STATISTICS = "/rest/organizationalEntityShareStatistics?q=organizationalEntity"
            + "&organizationalEntity=" + ORG_ENCODED;

    final LinkedInStandIn linkedin = new LinkedInStandIn();

    @AfterEach
    void stop() {
        linkedin.stop();
    }

    static String statistics(String kind, String urn) {
        return "{\"paging\":{\"count\":10,\"start\":0},\"elements\":[{\"organizationalEntity\":\"" + ORG + "\",\""
                + kind + "\":\"" + urn + "\",\"totalShareStatistics\":{\"uniqueImpressionsCount\":900,"
                + "\"shareCount\":3,\"engagement\":0.0275,\"clickCount\":12,\"likeCount\":9,\"impressionCount\":1200,"
                + "\"commentCount\":6,\"shareMentionsCount\":0,\"commentMentionsCount\":0}}]}";
    }

    @Test
    void aSharesStatisticsAreReadAndItsEngagementsAreTheSumOfItsInteractions() {
        String share = "urn:li:share:6844785523593134080";
        linkedin.server.stubFor(versioned(get(STATISTICS + "&shares=List(urn%3Ali%3Ashare%3A6844785523593134080)"))
                .willReturn(aResponse().withBody(statistics("share", share))));

        Optional<EngagementCounts> counts = linkedin.connector.engagement(linkedin.channel(), share);

        assertThat(counts).contains(new EngagementCounts("linkedin-api", 1200L, 900L, 30L, 9L, null, 3L, 6L, 12L));
        assertThat(linkedin.connector.reportsEngagement()).isTrue();
    }

    @Test
    void aUgcPostIsAskedForAsSuch() {
        String post = "urn:li:ugcPost:7000";
        linkedin.server.stubFor(versioned(get(STATISTICS + "&ugcPosts=List(urn%3Ali%3AugcPost%3A7000)"))
                .willReturn(aResponse().withBody(statistics("ugcPost", post))));

        assertThat(linkedin.connector.engagement(linkedin.channel(), post)).get()
                .extracting(EngagementCounts::impressions).isEqualTo(1200L);
    }

    @Test
    void theFollowerCountIsTheOrganisationsFirstDegreeNetworkSize() {
        linkedin.server.stubFor(versioned(get("/rest/networkSizes/" + ORG_ENCODED
                + "?edgeType=COMPANY_FOLLOWED_BY_MEMBER"))
                .willReturn(aResponse().withBody("{\"firstDegreeSize\":4321}")));

        assertThat(linkedin.connector.followers(linkedin.channel())).contains(4321L);
    }

    @Test
    void aFailedReadReportsNothing() {
        linkedin.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429)));

        assertThat(linkedin.connector.engagement(linkedin.channel(), "urn:li:share:1")).isEmpty();
        assertThat(linkedin.connector.followers(linkedin.channel())).isEmpty();
    }
}
