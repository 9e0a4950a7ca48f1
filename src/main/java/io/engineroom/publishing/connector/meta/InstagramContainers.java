package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicMedia;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the media container of an Instagram post and waits until Instagram has fetched and processed it
 * (<a href="https://developers.facebook.com/docs/instagram-platform/content-publishing">content publishing</a>):
 * {@code POST /{ig-user-id}/media} with {@code image_url} (and {@code alt_text}) for an image, {@code video_url} and
 * {@code media_type=REELS} for a video, each at a public address Engine Room serves for an hour
 * ({@link PublicMedia}); a carousel's items first ({@code is_carousel_item=true}), then a {@code CAROUSEL} container
 * with their ids as {@code children}. Each container's {@code status_code} is read
 * ({@code GET /{container-id}?fields=status_code,status}) until {@code FINISHED}; {@code ERROR} or {@code EXPIRED}
 * is a refusal, and so is waiting longer than allowed. A container is not a post: whatever goes wrong here, nothing
 * has been published.
 */
final class InstagramContainers {

    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg");
    static final Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/quicktime");
    static final Duration PUBLIC_FOR = Duration.ofHours(1);

    /** The container to publish, or why there is none. */
    record Made(String containerId, PublishOutcome.Failed failure) {
    }

    private final GraphApi graph;
    private final PublicMedia publicMedia;
    private final Duration pollInterval;
    private final Duration maxWait;

    InstagramContainers(GraphApi graph, PublicMedia publicMedia, Duration pollInterval, Duration maxWait) {
        this.graph = graph;
        this.publicMedia = publicMedia;
        this.pollInterval = pollInterval;
        this.maxWait = maxWait;
    }

    /** Why Instagram will not take these media, before anything is sent; null when it will. */
    static String refusal(List<Media> media) {
        if (media.isEmpty()) {
            return "Instagram posts need an image or a video; a text alone cannot be posted there";
        }
        for (Media medium : media) {
            boolean taken = medium.video() ? VIDEO_TYPES.contains(medium.contentType())
                    : IMAGE_TYPES.contains(medium.contentType());
            if (!taken) {
                return "Instagram does not take " + medium.contentType() + " (" + medium.fileName()
                        + "): JPEG images, MP4 or MOV videos";
            }
        }
        return null;
    }

    Made make(Post post) {
        ChannelConnection channel = post.channel();
        List<Media> media = post.media();
        if (media.size() == 1) {
            ObjectNode body = item(media.get(0), false).put("caption", post.text());
            return ready(create(channel, body, media.get(0).fileName()), channel);
        }
        List<String> children = new ArrayList<>();
        for (Media medium : media) {
            Made child = ready(create(channel, item(medium, true), medium.fileName()), channel);
            if (child.failure() != null) {
                return child;
            }
            children.add(child.containerId());
        }
        ObjectNode carousel = graph.json().createObjectNode().put("media_type", "CAROUSEL")
                .put("children", String.join(",", children)).put("caption", post.text());
        return ready(create(channel, carousel, "the carousel"), channel);
    }

    private ObjectNode item(Media medium, boolean carouselItem) {
        ObjectNode body = graph.json().createObjectNode();
        String url = publicMedia.expose(medium, PUBLIC_FOR).toString();
        if (medium.video()) {
            body.put("media_type", carouselItem ? "VIDEO" : "REELS").put("video_url", url);
        } else {
            body.put("image_url", url);
            if (medium.altText() != null && !medium.altText().isBlank()) {
                body.put("alt_text", medium.altText());
            }
        }
        if (carouselItem) {
            body.put("is_carousel_item", true);
        }
        return body;
    }

    private Made create(ChannelConnection channel, ObjectNode body, String what) {
        ConnectorHttp.Exchange answer = graph.post(channel.baseUrl(), GraphApi.id(channel.accountId()) + "/media",
                body, channel.accessToken(), "Instagram media container");
        String id = answer.ok() ? GraphApi.text(graph.body(answer), "id") : null;
        if (id != null) {
            return new Made(id, null);
        }
        PublishOutcome why = answer.ok() ? null : graph.refusal(answer, "Instagram media container");
        return failed("Instagram did not make a container for " + what + ", nothing published: "
                + (why == null ? "no container id in the answer" : GraphApi.reason(why)),
                why instanceof PublishOutcome.Failed f && f.tokenRefused());
    }

    /** The container once FINISHED, or the refusal that says why it is not. */
    private Made ready(Made made, ChannelConnection channel) {
        if (made.failure() != null) {
            return made;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(made.containerId()),
                    Map.of("fields", "status_code,status"), channel.accessToken(), "Instagram container status");
            if (!answer.ok()) {
                PublishOutcome why = graph.refusal(answer, "Instagram container status");
                return failed("The status of Instagram container " + made.containerId() + " could not be read, "
                        + "nothing published: " + GraphApi.reason(why),
                        why instanceof PublishOutcome.Failed f && f.tokenRefused());
            }
            String status = GraphApi.text(graph.body(answer), "status_code");
            if ("FINISHED".equals(status)) {
                return made;
            }
            if ("ERROR".equals(status) || "EXPIRED".equals(status)) {
                return failed("Instagram could not process container " + made.containerId() + " (" + status
                        + (GraphApi.text(graph.body(answer), "status") == null ? ""
                        : ": " + GraphApi.text(graph.body(answer), "status")) + "), nothing published", false);
            }
            if (System.nanoTime() + pollInterval.toNanos() > deadline) {
                return failed("Instagram container " + made.containerId() + " was not ready after "
                        + maxWait.toSeconds() + " s (" + status + "), nothing published", false);
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed("Interrupted while Instagram processed the media, nothing published", false);
            }
        }
    }

    private static Made failed(String reason, boolean tokenRefused) {
        return new Made(null, new PublishOutcome.Failed(reason, tokenRefused));
    }
}
