package io.engineroom.publishing.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post's lifetime statistics and the page's follower count. Share statistics come from
 * {@code GET /rest/organizationalEntityShareStatistics?q=organizationalEntity} with the post in {@code shares} (a
 * {@code urn:li:share}) or {@code ugcPosts} (a {@code urn:li:ugcPost}); LinkedIn's own {@code engagement} figure is
 * a rate, so the engagements recorded are the sum of clicks, likes, comments and shares. Followers are the
 * organisation's {@code firstDegreeSize} from {@code GET /rest/networkSizes/{org}?edgeType=COMPANY_FOLLOWED_BY_MEMBER}
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/share-statistics">
 * share statistics</a>,
 * <a href="https://learn.microsoft.com/linkedin/marketing/community-management/organizations/organization-lookup-api">
 * organization lookup: follower count</a>). A failed read is logged and reported as nothing.
 */
final class LinkedInMetrics {

    static final String SOURCE = "linkedin-api";
    private static final Logger LOG = LoggerFactory.getLogger(LinkedInMetrics.class);

    private final LinkedInApi api;

    LinkedInMetrics(LinkedInApi api) {
        this.api = api;
    }

    Optional<EngagementCounts> engagement(ChannelConnection channel, String postUrn) {
        String parameter = postUrn.startsWith("urn:li:ugcPost:") ? "ugcPosts" : "shares";
        ConnectorHttp.Exchange answer = api.find(LinkedInApi.base(channel),
                "/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity="
                        + LinkedInApi.encode(channel.accountId()) + "&" + parameter + "=List("
                        + LinkedInApi.encode(postUrn) + ")", channel.accessToken(), "LinkedIn share statistics");
        if (!answer.ok()) {
            LOG.warn("Engagement of {} on {} not collected: {}", postUrn, channel, api.why(answer));
            return Optional.empty();
        }
        for (JsonNode element : api.body(answer).path("elements")) {
            String about = LinkedInApi.text(element, "share");
            if (about == null) {
                about = LinkedInApi.text(element, "ugcPost");
            }
            if (about != null && !about.equals(postUrn)) {
                continue;
            }
            JsonNode totals = element.path("totalShareStatistics");
            Long likes = LinkedInApi.number(totals, "likeCount");
            Long comments = LinkedInApi.number(totals, "commentCount");
            Long shares = LinkedInApi.number(totals, "shareCount");
            Long clicks = LinkedInApi.number(totals, "clickCount");
            if (likes == null || comments == null || shares == null) {
                break;
            }
            long engagements = likes + comments + shares + (clicks == null ? 0 : clicks);
            return Optional.of(new EngagementCounts(SOURCE, LinkedInApi.number(totals, "impressionCount"),
                    LinkedInApi.number(totals, "uniqueImpressionsCount"), engagements, likes, null, shares, comments,
                    clicks));
        }
        LOG.warn("Engagement of {} on {} not collected: LinkedIn answered without its statistics", postUrn, channel);
        return Optional.empty();
    }

    Optional<Long> followers(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = api.get(LinkedInApi.base(channel), "/rest/networkSizes/"
                + LinkedInApi.encode(channel.accountId()) + "?edgeType=COMPANY_FOLLOWED_BY_MEMBER",
                channel.accessToken(), "LinkedIn follower count");
        if (!answer.ok()) {
            LOG.warn("Followers of {} not read: {}", channel, api.why(answer));
            return Optional.empty();
        }
        return Optional.ofNullable(LinkedInApi.number(api.body(answer), "firstDegreeSize"));
    }
}
