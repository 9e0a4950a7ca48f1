package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The media side of the Instagram stand-in, as content publishing documents it: {@code POST /{ig-user-id}/media}
 * makes a container (an image from {@code image_url}, a reel or carousel video from {@code video_url}, a
 * {@code CAROUSEL} of item containers named in {@code children}), whose {@code status_code} is {@code FINISHED} at
 * once (nothing is fetched: any http(s) address is taken, since the demo's media addresses need not be reachable);
 * {@code POST /{ig-user-id}/media_publish} turns a container into a post, once, kept in {@link ReceivedPosts};
 * {@code GET /{ig-user-id}/media} and {@code GET /{media-id}} read the posts back, which is what "Verify
 * publication" and the permalink read do.
 */
final class InstagramStandInMedia {

    /** How many unpublished containers are kept (Instagram lets them expire after a day). */
    static final int KEPT_CONTAINERS = 500;
    static final Set<String> MEDIA_FIELDS = Set.of("id", "caption", "timestamp", "permalink", "media_type",
            "username", "like_count", "comments_count", "shortcode");
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private static final String SHORTCODE_LETTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** A container: what becomes a post when published; {@code mediaId} once it has been. */
    record Container(String id, DemoAccount account, String caption, List<String> media, boolean carouselItem,
            String mediaId) {
    }

    private final ObjectMapper json;
    private final ReceivedPosts received;
    private final Map<String, Container> containers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Container> eldest) {
            return size() > KEPT_CONTAINERS;
        }
    };

    InstagramStandInMedia(ObjectMapper json, ReceivedPosts received) {
        this.json = json;
        this.received = received;
    }

    /** {@code POST /{ig-user-id}/media}: a new container's id, or the refusal of a request it cannot make. */
    synchronized ObjectNode container(DemoAccount account, Function<String, String> param) {
        String type = param.apply("media_type");
        boolean carouselItem = "true".equals(param.apply("is_carousel_item"));
        List<String> media;
        if ("CAROUSEL".equals(type)) {
            media = carousel(account, param.apply("children"));
        } else if ("REELS".equals(type) || "VIDEO".equals(type)) {
            media = List.of("VIDEO " + address("video_url", param.apply("video_url")));
        } else if (type == null || "IMAGE".equals(type)) {
            String alt = param.apply("alt_text");
            media = List.of("IMAGE " + address("image_url", param.apply("image_url"))
                    + (alt == null || alt.isBlank() ? "" : " alt=" + alt));
        } else {
            throw GraphRefusal.parameter("The parameter media_type must be one of IMAGE, VIDEO, REELS, CAROUSEL");
        }
        String caption = param.apply("caption");
        Container container = new Container(received.nextNumber(), account, caption == null ? "" : caption, media,
                carouselItem, null);
        containers.put(container.id(), container);
        return json.createObjectNode().put("id", container.id());
    }

    private List<String> carousel(DemoAccount account, String children) {
        if (children == null || children.isBlank()) {
            throw GraphRefusal.parameter("The parameter children is required");
        }
        List<String> ids = Arrays.stream(children.split(",")).map(String::strip).toList();
        if (ids.size() < 2 || ids.size() > 10) {
            throw GraphRefusal.parameter("A carousel has 2 to 10 children, not " + ids.size());
        }
        List<String> media = new ArrayList<>();
        for (String id : ids) {
            Container child = containers.get(id);
            if (child == null || child.account() != account || !child.carouselItem()) {
                throw GraphRefusal.parameter("Child " + id + " is not a carousel item container of this account");
            }
            media.addAll(child.media());
        }
        return media;
    }

    private static String address(String name, String value) {
        if (value == null || value.isBlank()) {
            throw GraphRefusal.parameter("The parameter " + name + " is required");
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below, as Graph refuses an address it cannot fetch from
        }
        throw GraphRefusal.parameter("The parameter " + name + " must be an http(s) address");
    }

    /** {@code GET /{container-id}?fields=status_code,status}, or null when it is no container of the account. */
    synchronized ObjectNode status(DemoAccount account, String id) {
        Container container = containers.get(id);
        if (container == null || container.account() != account) {
            return null;
        }
        return json.createObjectNode().put("status_code", container.mediaId() == null ? "FINISHED" : "PUBLISHED")
                .put("status", "Finished: Media has been uploaded and it is ready to be published.").put("id", id);
    }

    /** {@code POST /{ig-user-id}/media_publish}: the post of a finished container, made once. */
    synchronized ObjectNode publish(DemoAccount account, String creationId) {
        if (creationId == null || creationId.isBlank()) {
            throw GraphRefusal.parameter("The parameter creation_id is required");
        }
        Container container = containers.get(creationId.strip());
        if (container == null || container.account() != account || container.carouselItem()
                || container.mediaId() != null) {
            // what Instagram answers for a container it cannot publish (again)
            throw new GraphRefusal(400, 9007, 2207027, "OAuthException", "Media ID is not available");
        }
        String mediaId = received.nextNumber();
        received.add(account, mediaId, container.caption(), container.media(), null);
        containers.put(container.id(), new Container(container.id(), account, container.caption(),
                container.media(), false, mediaId));
        return json.createObjectNode().put("id", mediaId);
    }

    /** {@code GET /{ig-user-id}/media}: the account's posts, newest first, in Graph's paged list. */
    ObjectNode list(DemoAccount account, String fields, String limit) {
        int most = 25;
        if (limit != null) {
            try {
                most = Math.max(1, Math.min(100, Integer.parseInt(limit.strip())));
            } catch (NumberFormatException e) {
                throw GraphRefusal.parameter("The parameter limit must be a number");
            }
        }
        List<ReceivedPosts.Post> posts = posts(account).stream().limit(most).toList();
        ObjectNode answer = json.createObjectNode();
        ArrayNode data = answer.putArray("data");
        for (ReceivedPosts.Post post : posts) {
            data.add(fields(post, fields));
        }
        if (!posts.isEmpty()) {
            answer.putObject("paging").putObject("cursors").put("before", cursor(posts.get(0).id()))
                    .put("after", cursor(posts.get(posts.size() - 1).id()));
        }
        return answer;
    }

    /** The account's own posts (not its replies or messages), newest first. */
    List<ReceivedPosts.Post> posts(DemoAccount account) {
        return received.of(account).stream().filter(post -> post.inReplyTo() == null).toList();
    }

    /** A post's fields as {@code GET /{media-id}?fields=...} answers them; {@code id} always. */
    ObjectNode fields(ReceivedPosts.Post post, String fields) {
        ObjectNode media = json.createObjectNode();
        for (String field : InstagramStandIn.fields(fields, MEDIA_FIELDS, "IGMedia")) {
            switch (field) {
                case "caption" -> media.put("caption", post.text());
                case "timestamp" -> media.put("timestamp", GRAPH_TIME.format(post.at()));
                case "permalink" -> media.put("permalink", "https://www.instagram.com/p/" + shortcode(post.id())
                        + "/");
                case "shortcode" -> media.put("shortcode", shortcode(post.id()));
                case "media_type" -> media.put("media_type", post.media().size() > 1 ? "CAROUSEL_ALBUM"
                        : post.media().get(0).startsWith("VIDEO") ? "VIDEO" : "IMAGE");
                case "username" -> media.put("username", post.account().handle().replaceFirst("^@", ""));
                case "like_count" -> media.put("like_count", InstagramStandInFigures.insight(post.id(), "likes"));
                case "comments_count" -> media.put("comments_count",
                        InstagramStandInFigures.insight(post.id(), "comments"));
                default -> {
                    // id, put last so it comes as Graph puts it
                }
            }
        }
        return media.put("id", post.id());
    }

    /** Instagram's short code of a media id: its number written in 64 letters, as in a post's address. */
    static String shortcode(String mediaId) {
        long number;
        try {
            number = Long.parseLong(mediaId);
        } catch (NumberFormatException e) {
            number = Integer.toUnsignedLong(mediaId.hashCode());
        }
        StringBuilder code = new StringBuilder();
        do {
            code.insert(0, SHORTCODE_LETTERS.charAt((int) (number & 63)));
            number >>>= 6;
        } while (number != 0);
        return code.toString();
    }

    private static String cursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON field as text, the way Graph reads a parameter from either the body or the query. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
