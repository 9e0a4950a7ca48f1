package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of a Facebook Page post, by what it carries
 * (<a href="https://developers.facebook.com/docs/pages-api/posts">Pages API posts</a>,
 * <a href="https://developers.facebook.com/docs/graph-api/reference/page/photos/">Page photos</a>,
 * <a href="https://developers.facebook.com/docs/graph-api/reference/page/videos/">Page videos</a>): text and a link
 * go to {@code POST /{page-id}/feed}; one photo to {@code POST /{page-id}/photos} (multipart {@code source}, the
 * text as {@code message}, the alt text as {@code alt_text_custom}); several photos are uploaded unpublished
 * ({@code published=false}) and then attached to one {@code /feed} post ({@code attached_media}); a video goes in
 * one non-resumable request to {@code POST /{page-id}/videos} (on {@code graph-video.facebook.com}), which Meta
 * takes up to {@value #MAX_VIDEO_BYTES} bytes (Engine Room does not use the resumable upload).
 */
final class FacebookMedia {

    static final long MAX_VIDEO_BYTES = 2L * 1024 * 1024 * 1024;
    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp",
            "image/tiff");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** The post's id (the page post or video) and the answer's own post id, when the call said one. */
    record Sent(String id, PublishOutcome failure) {
    }

    private final GraphApi graph;

    FacebookMedia(GraphApi graph) {
        this.graph = graph;
    }

    /** Why Facebook will not take these media, before anything is sent; null when it will. */
    static String refusal(List<Media> media) {
        boolean video = media.stream().anyMatch(Media::video);
        if (video && media.size() > 1) {
            return "Facebook posts several photos or one video, not both or several videos";
        }
        for (Media medium : media) {
            if (medium.video() && medium.sizeBytes() > MAX_VIDEO_BYTES) {
                return medium.fileName() + " is larger than the 2 GB Facebook takes for a video";
            }
            if (!medium.video() && !PHOTO_TYPES.contains(medium.contentType())) {
                return "Facebook does not take " + medium.contentType() + " photos (" + medium.fileName()
                        + "): JPEG, PNG, GIF, BMP or TIFF";
            }
        }
        return null;
    }

    Sent send(Post post) {
        List<Media> media = post.media();
        if (media.isEmpty()) {
            return feed(post, List.of());
        }
        if (media.get(0).video()) {
            return video(post, media.get(0));
        }
        if (media.size() == 1) {
            return photo(post, media.get(0));
        }
        List<String> photoIds = new ArrayList<>();
        for (Media medium : media) {
            ConnectorHttp.Exchange upload = graph.post(post.channel().baseUrl(), page(post) + "/photos",
                    new Multipart().file("source", medium).field("published", "false")
                            .field("alt_text_custom", medium.altText()), post.channel().accessToken(),
                    "Facebook photo upload");
            String id = upload.ok() ? GraphApi.text(graph.body(upload), "id") : null;
            if (id == null) {
                // an unpublished photo is shown nowhere: whatever happened to it, nothing is posted yet
                PublishOutcome why = upload.ok() ? null : graph.refusal(upload, "Facebook photo upload");
                return new Sent(null, new PublishOutcome.Failed("Facebook photo upload of " + medium.fileName()
                        + " failed, nothing posted: " + (why == null ? "no photo id in the answer"
                        : GraphApi.reason(why)), why instanceof PublishOutcome.Failed f && f.tokenRefused()));
            }
            photoIds.add(id);
        }
        return feed(post, photoIds);
    }

    private Sent feed(Post post, List<String> photoIds) {
        ObjectNode body = graph.json().createObjectNode().put("message", post.text());
        if (photoIds.isEmpty()) {
            Matcher link = LINK.matcher(post.text());
            if (link.find()) {
                body.put("link", link.group());
            }
        } else {
            ArrayNode attached = body.putArray("attached_media");
            photoIds.forEach(id -> attached.addObject().put("media_fbid", id));
        }
        return answer(graph.post(post.channel().baseUrl(), page(post) + "/feed", body,
                post.channel().accessToken(), "Facebook post"), "Facebook post", "id");
    }

    private Sent photo(Post post, Media medium) {
        return answer(graph.post(post.channel().baseUrl(), page(post) + "/photos", new Multipart()
                .file("source", medium).field("message", post.text()).field("alt_text_custom", medium.altText()),
                post.channel().accessToken(), "Facebook photo"), "Facebook photo", "post_id");
    }

    private Sent video(Post post, Media medium) {
        return answer(graph.post(videoBase(post.channel().baseUrl()), page(post) + "/videos", new Multipart()
                .file("source", medium).field("description", post.text()), post.channel().accessToken(),
                "Facebook video"), "Facebook video", "id");
    }

    private Sent answer(ConnectorHttp.Exchange answer, String what, String idField) {
        if (!answer.ok()) {
            return new Sent(null, graph.refusal(answer, what));
        }
        JsonNode body = graph.body(answer);
        String id = GraphApi.text(body, idField);
        return new Sent(id != null ? id : GraphApi.text(body, "id"), null);
    }

    /**
     * The post's address: its {@code permalink_url} ({@code GET /{post-id}?fields=permalink_url}; a video's is a
     * path), or facebook.com/{id} when that read fails (the post exists either way).
     */
    String permalink(ChannelConnection channel, String postId) {
        if (postId == null) {
            return null;
        }
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(postId),
                Map.of("fields", "permalink_url"), channel.accessToken(), "Facebook permalink");
        String url = answer.ok() ? GraphApi.text(graph.body(answer), "permalink_url") : null;
        if (url == null) {
            return "https://www.facebook.com/" + postId;
        }
        return url.startsWith("/") ? "https://www.facebook.com" + url : url;
    }

    /** Meta takes video uploads on graph-video.facebook.com; a stand-in's address stays as it is. */
    static String videoBase(String base) {
        URI uri = URI.create(base);
        return "graph.facebook.com".equals(uri.getHost()) ? base.replace("//graph.facebook.com",
                "//graph-video.facebook.com") : base;
    }

    private static String page(Post post) {
        return GraphApi.id(post.channel().accountId());
    }
}
