package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for LinkedIn's Community Management API, served by the app in demo mode, so a newcomer's demo runs
 * the real {@code LinkedInConnector} end to end against Northwind Bank's page ({@link DemoAccount#NORTHWIND_LINKEDIN}):
 * the page's description and administrators ("Test connection", connecting), its posts
 * ({@code POST /rest/posts}, answered 201 with the post's URN in {@code x-restli-id}; the page's posts by author,
 * which "Verify publication" and listening read, from {@link ReceivedPosts}), its follower count and its posts'
 * statistics. Its uploads are {@link LinkedInStandInMedia}, its comments {@link LinkedInStandInComments}.
 * <p>
 * The figures are made up but plausible and follow from the post's URN or the day, so every read of the same thing
 * gives the same answer.
 */
@RestController
@RequestMapping(LinkedInStandInBase.PATH)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class LinkedInStandIn extends LinkedInStandInBase {

    /** The page's followers grow from this day on (2024-10-04). */
    static final long FIRST_DAY = 20_000;

    private final ReceivedPosts received;
    private final LinkedInStandInMedia media;
    private final Clock clock;

    LinkedInStandIn(ObjectMapper json, ReceivedPosts received, LinkedInStandInMedia media, Clock clock) {
        super(json);
        this.received = received;
        this.media = media;
        this.clock = clock;
    }

    /** The organisation lookup: the page's name and vanity name ("Test connection"). */
    @GetMapping("/rest/organizations/{id}")
    ResponseEntity<ObjectNode> organization(HttpServletRequest request, @PathVariable String id) {
        DemoAccount account = rest(request);
        if (!id.equals(organizationId(account))) {
            throw notFound("organizations/" + id);
        }
        ObjectNode organization = object().put("id", Long.parseLong(id))
                .put("localizedName", account.displayName()).put("vanityName", vanityName(account));
        ObjectNode name = organization.putObject("name");
        name.putObject("localized").put("en_US", account.displayName());
        name.putObject("preferredLocale").put("country", "US").put("language", "en");
        return ok(organization);
    }

    /** The pages the token's member administers: the demo account's page, approved. */
    @GetMapping(path = "/rest/organizationAcls", params = "q=roleAssignee")
    ResponseEntity<ObjectNode> administered(HttpServletRequest request) {
        DemoAccount account = rest(request);
        ObjectNode answer = paging(0, 1, 1);
        answer.putArray("elements").addObject().put("roleAssignee", "urn:li:person:demo-" + vanityName(account))
                .put("state", "APPROVED").put("role", "ADMINISTRATOR").put("organization", account.accountId());
        return ok(answer);
    }

    /** The page's follower count: growing by two to seven a day. */
    @GetMapping("/rest/networkSizes/{organization}")
    ResponseEntity<ObjectNode> followers(HttpServletRequest request, @PathVariable String organization,
            @RequestParam(required = false) String edgeType) {
        DemoAccount account = own(rest(request), organization, "networkSizes");
        if (!"COMPANY_FOLLOWED_BY_MEMBER".equals(edgeType)) {
            throw badRequest("INVALID_PARAMETER", "edgeType must be COMPANY_FOLLOWED_BY_MEMBER for an organization");
        }
        long days = Math.max(0, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay() - FIRST_DAY);
        return ok(object().put("firstDegreeSize", 9_000 + seed(account.accountId()) % 3_000 + 6 * days + days % 5));
    }

    /** A post of the page: kept in {@link ReceivedPosts}, its URN answered in {@code x-restli-id}. */
    @PostMapping("/rest/posts")
    ResponseEntity<Void> publish(HttpServletRequest request, @RequestBody(required = false) JsonNode body) {
        DemoAccount account = own(rest(request), required(body, "/author"), "posts as this author");
        String commentary = required(body, "/commentary");
        required(body, "/visibility");
        required(body, "/distribution/feedDistribution");
        required(body, "/lifecycleState");
        List<String> carried = new ArrayList<>();
        JsonNode content = body.path("content");
        if (content.has("media")) {
            carried.add(required(body, "/content/media/id"));
        }
        content.path("multiImage").path("images").forEach(image -> carried.add(image.path("id").asText()));
        for (String urn : carried) {
            if (!media.usable(account, urn)) {
                throw badRequest("INVALID_CONTENT", "ERROR :: /content :: " + urn + " is not an uploaded image or "
                        + "an available video of " + account.accountId());
            }
        }
        String urn = "urn:li:share:" + received.nextNumber();
        received.add(account, urn, commentary, carried, null);
        return ResponseEntity.status(HttpStatus.CREATED).header("x-restli-id", urn).build();
    }

    /** The page's posts, most recently changed first (the finder "Verify publication" and listening use). */
    @GetMapping(path = "/rest/posts", params = "q=author")
    ResponseEntity<ObjectNode> posts(HttpServletRequest request, @RequestParam(required = false) String author,
            @RequestParam(defaultValue = "0") int start, @RequestParam(defaultValue = "10") int count) {
        if (author == null || author.isBlank()) {
            throw badRequest("FIELD_REQUIRED", "The author finder needs the author parameter");
        }
        DemoAccount account = own(rest(request), author, "posts of this author");
        List<ReceivedPosts.Post> posts = received.of(account).stream().filter(post -> post.inReplyTo() == null)
                .toList();
        int from = Math.min(Math.max(start, 0), posts.size());
        List<ReceivedPosts.Post> page = posts.subList(from, Math.min(posts.size(), from + Math.min(count, 100)));
        ObjectNode answer = paging(from, page.size(), posts.size());
        ArrayNode elements = answer.putArray("elements");
        page.forEach(post -> elements.add(element(post)));
        return ok(answer);
    }

    /** A post's lifetime statistics; without posts named, the page's over all its posts. */
    @GetMapping(path = "/rest/organizationalEntityShareStatistics", params = "q=organizationalEntity")
    ResponseEntity<ObjectNode> statistics(HttpServletRequest request,
            @RequestParam(required = false) String organizationalEntity,
            @RequestParam(required = false) String shares, @RequestParam(required = false) String ugcPosts) {
        if (organizationalEntity == null || organizationalEntity.isBlank()) {
            throw badRequest("FIELD_REQUIRED", "The finder needs the organizationalEntity parameter");
        }
        DemoAccount account = own(rest(request), organizationalEntity, "statistics of this organization");
        ObjectNode answer = object();
        ArrayNode elements = answer.putArray("elements");
        for (String share : list(shares)) {
            elements.addObject().put("organizationalEntity", account.accountId()).put("share", share)
                    .set("totalShareStatistics", statistics(account, List.of(share)));
        }
        for (String post : list(ugcPosts)) {
            elements.addObject().put("organizationalEntity", account.accountId()).put("ugcPost", post)
                    .set("totalShareStatistics", statistics(account, List.of(post)));
        }
        if (shares == null && ugcPosts == null) {
            elements.addObject().put("organizationalEntity", account.accountId()).set("totalShareStatistics",
                    statistics(account, received.of(account).stream().filter(post -> post.inReplyTo() == null)
                            .map(ReceivedPosts.Post::id).toList()));
        }
        answer.putObject("paging").put("start", 0).put("count", elements.size()).putArray("links");
        return ok(answer);
    }

    /** Statistics summed over the posts: each post's follow from its URN, plus the comments it received here. */
    private ObjectNode statistics(DemoAccount account, List<String> posts) {
        long impressions = 0;
        long unique = 0;
        long clicks = 0;
        long likes = 0;
        long shares = 0;
        long comments = 0;
        for (String post : posts) {
            long seed = seed(post);
            long seen = 250 + seed % 1_750;
            impressions += seen;
            unique += seen * (65 + seed / 7 % 25) / 100;
            clicks += seen * (1 + seed / 11 % 4) / 100;
            likes += seen * (2 + seed / 13 % 5) / 100;
            shares += seed / 17 % 6;
            comments += seed / 19 % 4 + received.of(account).stream().filter(c -> post.equals(c.inReplyTo()))
                    .count();
        }
        double engagement = impressions == 0 ? 0 : (double) (clicks + likes + shares + comments) / impressions;
        return object().put("uniqueImpressionsCount", unique).put("shareCount", shares).put("engagement", engagement)
                .put("clickCount", clicks).put("likeCount", likes).put("impressionCount", impressions)
                .put("commentCount", comments).put("shareMentionsCount", 0).put("commentMentionsCount", 0);
    }

    /** A post as LinkedIn's Posts API describes it. */
    private ObjectNode element(ReceivedPosts.Post post) {
        long at = post.at().toEpochMilli();
        ObjectNode element = object().put("id", post.id()).put("author", post.account().accountId())
                .put("commentary", post.text()).put("visibility", "PUBLIC");
        ObjectNode distribution = element.putObject("distribution").put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        if (post.media().size() == 1) {
            element.putObject("content").putObject("media").put("id", post.media().get(0));
        } else if (!post.media().isEmpty()) {
            ArrayNode images = element.putObject("content").putObject("multiImage").putArray("images");
            post.media().forEach(image -> images.addObject().put("id", image));
        }
        return element.put("lifecycleState", "PUBLISHED").put("isReshareDisabledByAuthor", false)
                .put("createdAt", at).put("lastModifiedAt", at).put("publishedAt", at);
    }

    /** The signed-in account, when the organisation named is its own; LinkedIn's 403 otherwise. */
    private static DemoAccount own(DemoAccount account, String organization, String what) {
        if (!account.accountId().equals(organization)) {
            throw denied(what + " (" + organization + ")");
        }
        return account;
    }

    /** The URNs of a Rest.li list parameter, {@code List(urn:li:share:1,urn:li:share:2)}. */
    private static List<String> list(String parameter) {
        if (parameter == null) {
            return List.of();
        }
        if (!parameter.startsWith("List(") || !parameter.endsWith(")")) {
            throw badRequest("INVALID_PARAMETER", "Not a Rest.li list: " + parameter);
        }
        return List.of(parameter.substring(5, parameter.length() - 1).split(",")).stream().map(String::strip)
                .filter(urn -> !urn.isEmpty()).toList();
    }

    private ObjectNode paging(int start, int count, int total) {
        ObjectNode answer = object();
        answer.putObject("paging").put("start", start).put("count", count).put("total", total).putArray("links");
        return answer;
    }

    private static String vanityName(DemoAccount account) {
        return account.displayName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
