package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Uploads a post's media to Mastodon, one {@code POST /api/v2/media} each (multipart {@code file} and
 * {@code description}, the alt text), and waits for those Mastodon is still processing: it answers 202 for them
 * (mostly videos; images usually come back processed with 200), and refuses a status with media still in
 * processing, so each 202 is followed by {@code GET /api/v1/media/:id} until it answers 200. Uploads are not
 * posts: one that failed halfway leaves only unattached media, which Mastodon never shows and deletes itself.
 */
final class MastodonMedia {

    /** Either the media ids in the post's order, or why they cannot be had (then no status may be sent). */
    record Uploaded(List<String> ids, PublishOutcome.Failed failure) {
    }

    private final ConnectorHttp http;
    private final ObjectMapper json;
    private final Duration pollInterval;
    private final Duration maxProcessingWait;

    MastodonMedia(ConnectorHttp http, ObjectMapper json, Duration pollInterval, Duration maxProcessingWait) {
        this.http = http;
        this.json = json;
        this.pollInterval = pollInterval;
        this.maxProcessingWait = maxProcessingWait;
    }

    Uploaded upload(Post post) {
        List<Media> media = post.media();
        if (media.size() > 1 && media.stream().anyMatch(Media::video)) {
            return failed("Mastodon attaches up to 4 images or a single video, not both; status not posted");
        }
        List<String> ids = new ArrayList<>();
        for (Media medium : media) {
            ConnectorHttp.Exchange upload = http.send(uploadRequest(post, medium), "Mastodon media upload");
            if (!upload.ok()) {
                // Whatever happened to the upload, no status exists yet: "not posted", even after a timeout.
                return failed("Mastodon media upload of " + medium.fileName() + " failed, status not posted: "
                        + why(upload));
            }
            String id = field(upload.response().body(), "id");
            if (id == null) {
                return failed("Mastodon media upload of " + medium.fileName()
                        + " answered without a media id; status not posted");
            }
            if (upload.status() == 202) {
                String problem = awaitProcessing(post, id);
                if (problem != null) {
                    return failed("Mastodon is still processing " + medium.fileName() + " (" + problem
                            + "); status not posted");
                }
            }
            ids.add(id);
        }
        return new Uploaded(List.copyOf(ids), null);
    }

    /** Null once Mastodon has processed the medium, else why we stopped waiting. */
    private String awaitProcessing(Post post, String id) {
        long deadline = System.nanoTime() + maxProcessingWait.toNanos();
        while (true) {
            ConnectorHttp.Exchange check = http.send(http.request(URI.create(post.channel().baseUrl()
                    + "/api/v1/media/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + post.channel().accessToken()).GET().build(),
                    "Mastodon media check");
            if (check.answered() && check.status() == 200) {
                return null;
            }
            if (!check.answered() || check.status() != 206) {
                return "checking it failed: " + why(check);
            }
            if (System.nanoTime() + pollInterval.toNanos() > deadline) {
                return "not ready after " + maxProcessingWait.toSeconds() + " s";
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting";
            }
        }
    }

    private HttpRequest uploadRequest(Post post, Media medium) {
        String boundary = "engineroom-" + UUID.randomUUID();
        return http.request(URI.create(post.channel().baseUrl() + "/api/v2/media"))
                .header("Authorization", "Bearer " + post.channel().accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(medium, boundary))).build();
    }

    private static byte[] multipart(Media medium, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String file = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\""
                + medium.fileName().replace("\"", "").replaceAll("[\r\n]", "") + "\"\r\n"
                + "Content-Type: " + medium.contentType() + "\r\n\r\n";
        out.writeBytes(file.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(medium.bytes());
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (medium.altText() != null && !medium.altText().isBlank()) {
            String description = "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"description\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                    + medium.altText() + "\r\n";
            out.writeBytes(description.getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Uploaded failed(String reason) {
        return new Uploaded(List.of(), new PublishOutcome.Failed(reason));
    }

    private static String why(ConnectorHttp.Exchange exchange) {
        if (exchange.answered()) {
            String body = exchange.response().body();
            return "HTTP " + exchange.status() + (body == null || body.isBlank() ? ""
                    : " " + ConnectorHttp.abbreviate(body.strip()));
        }
        PublishOutcome none = exchange.noAnswer();
        return none instanceof PublishOutcome.Unknown unknown ? unknown.reason()
                : none instanceof PublishOutcome.Failed failed ? failed.reason() : String.valueOf(none);
    }

    private String field(String body, String name) {
        try {
            JsonNode value = json.readTree(body).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (Exception e) {
            return null;
        }
    }
}
