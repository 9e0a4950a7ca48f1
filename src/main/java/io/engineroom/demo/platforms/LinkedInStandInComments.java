package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LinkedIn stand-in's Comments API ({@code /rest/socialActions/{target}/comments}), so the demo's inbox answers
 * and moderates on Northwind Bank's page with the real connector: the page's comments (its replies, kept in
 * {@link ReceivedPosts} with the post or comment they answer) are listed under their post or comment, as listening
 * reads them; a comment is made in its thread; and the page deletes its own comment. Nobody else comments on the
 * stand-in, so listening finds only the page's own comments, which the connector leaves out: a quiet, error-free
 * poll. A reply to an interaction the demo made up (not a LinkedIn URN) is taken too, so answering one in the
 * demo's inbox goes out like any other
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api">Comments
 * API</a>).
 */
@RestController
@RequestMapping(LinkedInStandInBase.PATH)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class LinkedInStandInComments extends LinkedInStandInBase {

    private final ReceivedPosts received;

    LinkedInStandInComments(ObjectMapper json, ReceivedPosts received) {
        super(json);
        this.received = received;
    }

    /** The comments on a post, or the replies to a comment, oldest first. */
    @GetMapping("/rest/socialActions/{target}/comments")
    ResponseEntity<ObjectNode> comments(HttpServletRequest request, @PathVariable String target,
            @RequestParam(defaultValue = "0") int start, @RequestParam(defaultValue = "10") int count) {
        DemoAccount account = rest(request);
        List<ReceivedPosts.Post> comments = new ArrayList<>(under(account, target));
        Collections.reverse(comments);
        int from = Math.min(Math.max(start, 0), comments.size());
        List<ReceivedPosts.Post> page = comments.subList(from, Math.min(comments.size(),
                from + Math.min(Math.max(count, 0), 100)));
        ObjectNode answer = object();
        answer.putObject("paging").put("start", from).put("count", page.size()).put("total", comments.size())
                .putArray("links");
        ArrayNode elements = answer.putArray("elements");
        page.forEach(comment -> elements.add(element(account, comment)));
        return ok(answer);
    }

    /** A comment as the page, on a post or in a comment's thread ({@code parentComment}). */
    @PostMapping("/rest/socialActions/{target}/comments")
    ResponseEntity<ObjectNode> comment(HttpServletRequest request, @PathVariable String target,
            @RequestBody(required = false) JsonNode body) {
        DemoAccount account = rest(request);
        String actor = required(body, "/actor");
        if (!actor.equals(account.accountId())) {
            throw denied("comments as " + actor);
        }
        String object = required(body, "/object");
        String text = required(body, "/message/text");
        String parent = body.path("parentComment").asText(null);
        if (parent != null && !parent.equals(target)) {
            throw badRequest("INVALID_PARAMETER", "parentComment " + parent + " is not the comment " + target);
        }
        String urn = "urn:li:comment:(" + object + "," + received.nextNumber() + ")";
        ReceivedPosts.Post comment = received.add(account, urn, text, List.of(), target);
        return ResponseEntity.status(HttpStatus.CREATED).header("x-restli-id", urn)
                .contentType(MediaType.APPLICATION_JSON).body(element(account, comment));
    }

    /** The page deletes one of its own comments (moderation of its reply). */
    @DeleteMapping("/rest/socialActions/{object}/comments/{id}")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String object, @PathVariable String id,
            @RequestParam(required = false) String actor) {
        DemoAccount account = rest(request);
        if (actor == null || actor.isBlank()) {
            throw badRequest("FIELD_REQUIRED", "Deleting a comment needs the actor parameter");
        }
        if (!actor.equals(account.accountId())) {
            throw denied("comments of " + actor);
        }
        String urn = "urn:li:comment:(" + object + "," + id + ")";
        if (!received.remove(account, urn)) {
            throw notFound(urn);
        }
        return ResponseEntity.noContent().build();
    }

    private List<ReceivedPosts.Post> under(DemoAccount account, String target) {
        return received.of(account).stream().filter(post -> target.equals(post.inReplyTo())).toList();
    }

    /** A comment as LinkedIn's Comments API describes it. */
    private ObjectNode element(DemoAccount account, ReceivedPosts.Post comment) {
        String urn = comment.id();
        int comma = urn.lastIndexOf(',');
        long at = comment.at().toEpochMilli();
        ObjectNode element = object().put("actor", account.accountId()).put("commentUrn", urn).put("$URN", urn)
                .put("id", urn.substring(comma + 1, urn.length() - 1))
                .put("object", urn.substring("urn:li:comment:(".length(), comma));
        element.putObject("created").put("actor", account.accountId()).put("time", at);
        element.putObject("lastModified").put("actor", account.accountId()).put("time", at);
        ObjectNode message = element.putObject("message");
        message.putArray("attributes");
        message.put("text", comment.text());
        if (comment.inReplyTo().startsWith("urn:li:comment:")) {
            element.put("parentComment", comment.inReplyTo());
        }
        long replies = under(account, urn).size();
        element.putObject("commentsSummary").put("aggregatedTotalComments", replies)
                .put("totalFirstLevelComments", replies);
        return element;
    }
}
