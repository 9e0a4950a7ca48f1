package io.engineroom.demo.platforms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.Connector;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meta's Graph API as the real {@code InstagramConnector} calls it for the demo's Instagram account (Bean & Leaf),
 * at {@code /demo/platforms/meta}, so a newcomer's post, reply, hide and metrics go through that connector end to
 * end: the account read ({@code GET /{ig-user-id}?fields=...}, with {@code followers_count}), the token check
 * ({@code GET /me}, the linked Page), containers and {@code media_publish} ({@link InstagramStandInMedia}), replies
 * to comments ({@code POST /{comment-id}/replies}), messages through the Page ({@code POST /me/messages}), hiding
 * ({@code POST /{comment-id}} with {@code hide}) and deleting ({@code DELETE /{comment-id}}) a comment, and media
 * insights ({@link InstagramStandInFigures}). Instagram pushes comments and messages by webhook, so there is nothing
 * to poll here.
 * <p>
 * Graph takes the token as {@code Authorization: Bearer} or as the {@code access_token} parameter; any token but the
 * demo account's is refused with Graph's error code 190, which makes the connector mark the channel's token refused.
 */
@Hidden
@RestController
@RequestMapping(InstagramStandIn.PATH)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class InstagramStandIn {

    static final String PATH = DemoPlatformsSecurity.PATH + "/meta";
    /** The Facebook Page the demo's Instagram account is linked to: its token names that Page as {@code /me}. */
    static final String PAGE_ID = "104000000000001";
    static final int KEPT_MODERATIONS = 500;
    private static final Set<String> ACCOUNT_FIELDS = Set.of("id", "username", "name", "followers_count",
            "follows_count", "media_count", "biography", "website");
    private static final Set<String> PAGE_FIELDS = Set.of("id", "name");

    private final ObjectMapper json;
    private final ReceivedPosts received;
    private final InstagramStandInMedia media;
    private final Clock clock;
    /** What was done to others' comments: "hidden", "shown" or "deleted", by comment id. */
    private final Map<String, String> moderated = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT_MODERATIONS;
        }
    };

    InstagramStandIn(ObjectMapper json, ReceivedPosts received, Clock clock) {
        this.json = json;
        this.received = received;
        this.clock = clock;
        this.media = new InstagramStandInMedia(json, received);
    }

    @GetMapping("/{id}")
    ObjectNode read(@PathVariable String id, HttpServletRequest request) {
        DemoAccount account = signedIn(request, null);
        String fields = request.getParameter("fields");
        if ("me".equals(id)) {
            ObjectNode page = json.createObjectNode();
            fields(fields, PAGE_FIELDS, "Page").forEach(field -> page.put(field, "id".equals(field) ? PAGE_ID
                    : account.displayName()));
            return page.put("id", PAGE_ID);
        }
        if (account.accountId().equals(id)) {
            return account(account, fields);
        }
        ObjectNode status = media.status(account, id);
        if (status != null) {
            return status;
        }
        return received.find(account, id).filter(post -> post.inReplyTo() == null)
                .map(post -> media.fields(post, fields)).orElseThrow(() -> GraphRefusal.noObject(id, "get"));
    }

    private ObjectNode account(DemoAccount account, String fields) {
        ObjectNode answer = json.createObjectNode();
        for (String field : fields(fields, ACCOUNT_FIELDS, "IGUser")) {
            switch (field) {
                case "username" -> answer.put("username", account.handle().replaceFirst("^@", ""));
                case "name" -> answer.put("name", account.displayName());
                case "followers_count" -> answer.put("followers_count",
                        InstagramStandInFigures.followers(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
                case "follows_count" -> answer.put("follows_count", 180);
                case "media_count" -> answer.put("media_count", media.posts(account).size());
                case "biography" -> answer.put("biography", "Coffee roasted in small batches. Demo account.");
                case "website" -> answer.put("website", "https://beanleaf.example");
                default -> {
                    // the id, which Graph always gives
                }
            }
        }
        return answer.put("id", account.accountId());
    }

    @GetMapping("/{id}/{edge}")
    ObjectNode readEdge(@PathVariable String id, @PathVariable String edge, HttpServletRequest request) {
        DemoAccount account = signedIn(request, null);
        if ("media".equals(edge) && account.accountId().equals(id)) {
            return media.list(account, request.getParameter("fields"), request.getParameter("limit"));
        }
        if ("insights".equals(edge) && received.find(account, id).filter(p -> p.inReplyTo() == null).isPresent()) {
            return insights(id, request.getParameter("metric"));
        }
        throw GraphRefusal.noObject(id, "get");
    }

    /** Each metric asked for with its lifetime value, in the {@code values} shape older media answer with. */
    private ObjectNode insights(String mediaId, String metrics) {
        if (metrics == null || metrics.isBlank()) {
            throw GraphRefusal.parameter("The parameter metric is required");
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode data = answer.putArray("data");
        for (String metric : Arrays.stream(metrics.split(",")).map(String::strip).toList()) {
            if (!InstagramStandInFigures.METRICS.contains(metric)) {
                throw GraphRefusal.parameter("metric must be one of the following values: "
                        + String.join(", ", InstagramStandInFigures.METRICS.stream().sorted().toList()));
            }
            ObjectNode item = data.addObject().put("name", metric).put("period", "lifetime");
            item.putArray("values").addObject().put("value", InstagramStandInFigures.insight(mediaId, metric));
            item.put("id", mediaId + "/insights/" + metric + "/lifetime");
        }
        return answer;
    }

    /** Hiding (or showing again) a comment: {@code POST /{comment-id}} with {@code hide}. */
    @PostMapping("/{id}")
    ObjectNode change(@PathVariable String id, @RequestBody(required = false) String body,
            HttpServletRequest request) {
        Function<String, String> param = params(body, request);
        signedIn(request, param);
        String hide = param.apply("hide");
        if (!"true".equals(hide) && !"false".equals(hide)) {
            throw GraphRefusal.parameter("The parameter hide is required (true or false)");
        }
        moderate(id, "true".equals(hide) ? "hidden" : "shown");
        return success();
    }

    @PostMapping("/{id}/{edge}")
    ObjectNode create(@PathVariable String id, @PathVariable String edge, @RequestBody(required = false) String body,
            HttpServletRequest request) {
        Function<String, String> param = params(body, request);
        DemoAccount account = signedIn(request, param);
        boolean own = account.accountId().equals(id);
        if (own && "media".equals(edge)) {
            return media.container(account, param);
        }
        if (own && "media_publish".equals(edge)) {
            return media.publish(account, param.apply("creation_id"));
        }
        if ("replies".equals(edge) && !own) {
            String text = required(param, "message");
            String replyId = received.nextNumber();
            received.add(account, replyId, text, List.of(), id);
            return json.createObjectNode().put("id", replyId);
        }
        if ("messages".equals(edge) && "me".equals(id)) {
            return message(account, param);
        }
        throw GraphRefusal.noObject(id, "post");
    }

    /** A message through the Page's Send API, kept with the recipient's id as what it answers. */
    private ObjectNode message(DemoAccount account, Function<String, String> param) {
        String recipient = required(param, "recipient.id");
        String text = required(param, "message.text");
        String messageId = Base64.getUrlEncoder().withoutPadding().encodeToString(("ig_message_"
                + received.nextNumber()).getBytes(StandardCharsets.UTF_8));
        received.add(account, messageId, text, List.of(), recipient);
        return json.createObjectNode().put("recipient_id", recipient).put("message_id", messageId);
    }

    /** Deleting a comment: the account's own reply is gone from what it sent, another's comment recorded deleted. */
    @DeleteMapping("/{id}")
    ObjectNode delete(@PathVariable String id, HttpServletRequest request) {
        DemoAccount account = signedIn(request, null);
        Optional<ReceivedPosts.Post> own = received.find(account, id);
        if (own.isPresent() && own.get().inReplyTo() == null) {
            throw GraphRefusal.noObject(id, "delete");
        }
        if (own.isEmpty()) {
            moderate(id, "deleted");
        }
        received.remove(account, id);
        return success();
    }

    /** What the demo did to another's comment ("hidden", "shown", "deleted"), if anything. */
    synchronized Optional<String> moderation(String commentId) {
        return Optional.ofNullable(moderated.get(commentId));
    }

    private synchronized void moderate(String commentId, String what) {
        moderated.remove(commentId);
        moderated.put(commentId, what);
    }

    @ExceptionHandler(GraphRefusal.class)
    ResponseEntity<ObjectNode> refused(GraphRefusal refusal) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        if (refusal.aboutToken()) {
            answer.header("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \""
                    + refusal.getMessage() + "\"");
        }
        String trace = Base64.getUrlEncoder().withoutPadding().encodeToString(received.nextNumber()
                .getBytes(StandardCharsets.UTF_8));
        return answer.body(refusal.body(json, trace));
    }

    /** The account the request's token signs in as, from the Bearer header or the access_token parameter. */
    private DemoAccount signedIn(HttpServletRequest request, Function<String, String> param) {
        String token = request.getHeader("Authorization");
        if (token == null) {
            token = param == null ? request.getParameter("access_token") : param.apply("access_token");
        }
        if (token == null || token.isBlank()) {
            throw GraphRefusal.tokenMissing();
        }
        return DemoAccount.signedIn(Connector.INSTAGRAM, token).orElseThrow(GraphRefusal::tokenRefused);
    }

    /** Graph reads a parameter from the JSON body or the query; {@code a.b} names a field of an object in the body. */
    private Function<String, String> params(String body, HttpServletRequest request) {
        JsonNode parsed;
        try {
            parsed = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw GraphRefusal.parameter("The request body is not JSON");
        }
        if (!parsed.isObject()) {
            throw GraphRefusal.parameter("The request body is not a JSON object");
        }
        return name -> {
            JsonNode node = parsed;
            for (String part : name.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            String value = InstagramStandInMedia.text(node);
            return value != null ? value : request.getParameter(name);
        };
    }

    private static String required(Function<String, String> param, String name) {
        String value = param.apply(name);
        if (value == null || value.isBlank()) {
            throw GraphRefusal.parameter("The parameter " + name + " is required");
        }
        return value;
    }

    private ObjectNode success() {
        return json.createObjectNode().put("success", true);
    }

    /** The fields a read asks for ({@code id} alone when none), each one the node has, else Graph's refusal. */
    static List<String> fields(String fields, Set<String> known, String nodeType) {
        List<String> asked = new ArrayList<>();
        for (String field : fields == null ? new String[] {"id"} : fields.split(",")) {
            String name = field.strip();
            if (!known.contains(name)) {
                throw GraphRefusal.parameter("Tried accessing nonexisting field (" + name + ") on node type ("
                        + nodeType + ")");
            }
            asked.add(name);
        }
        return asked;
    }
}
