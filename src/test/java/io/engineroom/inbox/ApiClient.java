package io.engineroom.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Real HTTP to POST /api/interactions, as a channel would send it. */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI uri;

    ApiClient(int port) {
        this.uri = URI.create("http://localhost:" + port + "/api/interactions");
    }

    HttpResponse<String> withToken(String token, String body) {
        return send(request().header("Authorization", "Bearer " + token), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Signed with the secret, naming the channel in X-EngineRoom-Channel as a signed delivery must. */
    HttpResponse<String> signed(long channelId, String secret, long timestamp, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request().header("X-EngineRoom-Channel", Long.toString(channelId))
                .header("X-EngineRoom-Timestamp", Long.toString(timestamp))
                .header("X-EngineRoom-Signature", "sha256=" + hmac(secret, timestamp + ".", bytes)), bytes);
    }

    HttpResponse<String> send(HttpRequest.Builder request, byte[] body) {
        try {
            return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request() {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
    }

    HttpRequest.Builder bare() {
        return HttpRequest.newBuilder(uri);
    }

    static String hmac(String secret, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
