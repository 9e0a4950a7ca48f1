package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's Bluesky chat, reached as the connector reaches Bluesky's: through the PDS with the header
 * {@code atproto-proxy: did:web:api.bsky.chat#bsky_chat}. A direct message the connector sends
 * ({@code chat.bsky.convo.sendMessage}) is kept in {@link ReceivedPosts} (id: the message id, in reply to: the
 * conversation), its conversation listed by {@code listConvos}; the chat log the connector polls
 * ({@code getLog}) has nothing new, and answers with the cursor it was given, so the demo's listening is quiet.
 */
@RestController
@RequestMapping(BlueskyXrpc.PATH)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class BlueskyChatStandIn extends BlueskyXrpc {

    static final String PROXY = "did:web:api.bsky.chat#bsky_chat";
    private static final String AUTH = "Authorization";
    private static final String PROXY_HEADER = "atproto-proxy";

    private final BlueskyRepo repo;

    BlueskyChatStandIn(ObjectMapper json, BlueskyRepo repo) {
        super(json);
        this.repo = repo;
    }

    /** The account's conversations with a message from it, most recently active first. */
    @GetMapping("/chat.bsky.convo.listConvos")
    ObjectNode listConvos(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestHeader(value = PROXY_HEADER, required = false) String proxy,
            @RequestParam(required = false) Integer limit) {
        DemoAccount account = chat(authorization, proxy);
        int most = limit == null ? 50 : limit;
        if (most < 1 || most > 100) {
            throw invalid("Error: limit must be between 1 and 100");
        }
        Map<String, ReceivedPosts.Post> newest = new LinkedHashMap<>();
        repo.posts().of(account).stream().filter(BlueskyChatStandIn::message)
                .forEach(message -> newest.putIfAbsent(message.inReplyTo(), message));
        ObjectNode answer = object();
        ArrayNode convos = answer.putArray("convos");
        newest.values().stream().limit(most).forEach(message -> {
            ObjectNode convo = convos.addObject().put("id", message.inReplyTo()).put("rev", message.id());
            ArrayNode members = convo.putArray("members");
            members.add(repo.author(account));
            members.add(repo.someone(BlueskyRepo.didOf(message.inReplyTo())));
            convo.set("lastMessage", view(account, message));
            convo.put("muted", false).put("unreadCount", 0);
        });
        return answer;
    }

    /** Nothing new since the revision asked for: no entries, and the same revision as the cursor. */
    @GetMapping("/chat.bsky.convo.getLog")
    ObjectNode getLog(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestHeader(value = PROXY_HEADER, required = false) String proxy,
            @RequestParam(required = false) String cursor) {
        chat(authorization, proxy);
        ObjectNode answer = object();
        answer.putArray("logs");
        return cursor == null ? answer : answer.put("cursor", cursor);
    }

    @PostMapping("/chat.bsky.convo.sendMessage")
    ObjectNode sendMessage(@RequestHeader(value = AUTH, required = false) String authorization,
            @RequestHeader(value = PROXY_HEADER, required = false) String proxy,
            @RequestBody(required = false) JsonNode input) {
        DemoAccount account = chat(authorization, proxy);
        String convoId = field(input, "convoId");
        String text = field(objectField(input, "message"), "text");
        return view(account, repo.posts().add(account, repo.tid(), text, List.of(), convoId));
    }

    private DemoAccount chat(String authorization, String proxy) {
        DemoAccount account = signedIn(authorization);
        if (!PROXY.equals(proxy)) {
            throw invalid("Chat is reached through the PDS with the header " + PROXY_HEADER + ": " + PROXY);
        }
        return account;
    }

    /** A direct message, as kept: its id is a TID, not a record's at-uri. */
    private static boolean message(ReceivedPosts.Post post) {
        return !post.id().startsWith("at://") && post.inReplyTo() != null;
    }

    /** {@code chat.bsky.convo.defs#messageView}. */
    private ObjectNode view(DemoAccount account, ReceivedPosts.Post message) {
        ObjectNode view = object().put("id", message.id()).put("rev", message.id()).put("text", message.text())
                .put("sentAt", BlueskyFeed.timestamp(message.at()));
        view.putObject("sender").put("did", account.accountId());
        return view;
    }
}
