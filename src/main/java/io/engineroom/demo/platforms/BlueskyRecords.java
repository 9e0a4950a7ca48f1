package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The stand-in's {@code com.atproto.repo} record calls: posts and replies become {@link ReceivedPosts} under the
 * record key the connector chose (a second create under the same key is refused, which the connector reads as
 * "posted by the earlier attempt"), a block record remembers its subject, and a post record is read back or deleted
 * by its key. Only the collections the connector writes are taken; anything else is a 400, as a PDS refuses a
 * record its lexicon check fails.
 */
final class BlueskyRecords {

    private final BlueskyRepo repo;
    private final BlueskyFeed feed;
    private final ObjectMapper json;

    BlueskyRecords(BlueskyRepo repo, BlueskyFeed feed, ObjectMapper json) {
        this.repo = repo;
        this.feed = feed;
        this.json = json;
    }

    ObjectNode create(DemoAccount account, JsonNode input) {
        ownRepo(account, BlueskyXrpc.field(input, "repo"));
        String collection = BlueskyXrpc.field(input, "collection");
        JsonNode record = BlueskyXrpc.objectField(input, "record");
        String type = record.path("$type").asText(collection);
        if (!type.equals(collection)) {
            throw BlueskyXrpc.invalid("Invalid $type: expected " + collection + ", got " + type);
        }
        String rkey = input.path("rkey").isTextual() ? input.get("rkey").asText() : repo.tid();
        String uri = BlueskyRepo.atUri(account, collection, rkey);
        String text;
        switch (collection) {
            case BlueskyRepo.POST -> {
                text = BlueskyXrpc.field(record, "text");
                BlueskyXrpc.field(record, "createdAt");
                if (repo.own(account, uri).isPresent()) {
                    throw BlueskyXrpc.invalid("Record already exists at " + uri);
                }
                String parent = record.path("reply").path("parent").path("uri").asText(null);
                repo.posts().add(account, uri, text, media(record.path("embed")), parent);
            }
            case BlueskyRepo.BLOCK -> {
                text = BlueskyXrpc.field(record, "subject");
                repo.block(account, text);
            }
            default -> throw BlueskyXrpc.invalid("The demo account takes " + BlueskyRepo.POST + " and "
                    + BlueskyRepo.BLOCK + " records, not " + collection);
        }
        ObjectNode answer = json.createObjectNode().put("uri", uri).put("cid", BlueskyRepo.recordCid(uri, text));
        answer.putObject("commit").put("cid", BlueskyRepo.recordCid(uri + "#commit", text)).put("rev", repo.tid());
        return answer.put("validationStatus", "valid");
    }

    /** Deleting a record that is not there succeeds too, as on a PDS. */
    ObjectNode delete(DemoAccount account, JsonNode input) {
        ownRepo(account, BlueskyXrpc.field(input, "repo"));
        String collection = BlueskyXrpc.field(input, "collection");
        String uri = BlueskyRepo.atUri(account, collection, BlueskyXrpc.field(input, "rkey"));
        repo.posts().remove(account, uri);
        ObjectNode answer = json.createObjectNode();
        answer.putObject("commit").put("cid", BlueskyRepo.recordCid(uri + "#delete", null)).put("rev", repo.tid());
        return answer;
    }

    ObjectNode get(DemoAccount account, String repoName, String collection, String rkey) {
        if (!BlueskyRepo.is(account, repoName)) {
            throw BlueskyXrpc.invalid("Could not find repo: " + repoName);
        }
        String uri = BlueskyRepo.atUri(account, collection, rkey);
        ReceivedPosts.Post post = BlueskyRepo.POST.equals(collection) ? repo.own(account, uri).orElse(null) : null;
        if (post == null) {
            throw new BlueskyXrpc.Refusal(HttpStatus.BAD_REQUEST, "RecordNotFound",
                    "Could not locate record: " + uri);
        }
        ObjectNode answer = json.createObjectNode().put("uri", uri).put("cid", BlueskyRepo.recordCid(uri,
                post.text()));
        answer.set("value", feed.value(account, post));
        return answer;
    }

    private static void ownRepo(DemoAccount account, String repoName) {
        if (!BlueskyRepo.is(account, repoName)) {
            throw BlueskyXrpc.invalid("Could not find repo: " + repoName);
        }
    }

    /** What a post embeds, one line per blob: its type, its CID, and an image's alt text. */
    private static List<String> media(JsonNode embed) {
        List<String> media = new ArrayList<>();
        for (JsonNode image : embed.path("images")) {
            media.add(blob(image.path("image")) + " alt: " + image.path("alt").asText(""));
        }
        if (embed.path("video").isObject()) {
            media.add(blob(embed.path("video")));
        }
        return media;
    }

    private static String blob(JsonNode blob) {
        String link = blob.path("ref").path("$link").asText(null);
        if (link == null) {
            throw BlueskyXrpc.invalid("Invalid blob reference in embed");
        }
        return blob.path("mimeType").asText("application/octet-stream") + " " + link;
    }
}
