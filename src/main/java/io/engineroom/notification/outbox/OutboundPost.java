package io.engineroom.notification.outbox;

import io.engineroom.base.OutboundAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One POST of JSON to an address a person typed in (a chat's incoming webhook, an event subscription), once per
 * outbox attempt, answered as the outbox needs it: 2xx delivered; 408, 429, 5xx, a timeout or no connection tried
 * again later with backoff; any other answer refused for good, since the receiver will not take it however often
 * it is sent. The address is checked before every call (its name may point somewhere else by now) and redirects are
 * not followed, so the address checked is the one called. The JDK client never repeats a POST by itself.
 */
@Component
public class OutboundPost {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** How much of an answer a delivery log keeps. */
    static final int RESPONSE_BYTES = 2000;

    private final OutboundAddresses addresses;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public OutboundPost(OutboundAddresses addresses) {
        this.addresses = addresses;
    }

    /** Posts the JSON with the headers given (besides Content-Type and User-Agent) and says how it went. */
    public DeliveryResult post(URI uri, byte[] json, Map<String, String> headers) {
        Optional<String> refusal = addresses.refusal(uri);
        if (refusal.isPresent()) {
            return DeliveryResult.refused(refusal.get(), null, null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "EngineRoom")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String answer = start(response.body());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return DeliveryResult.delivered(status, answer);
            }
            String problem = uri.getHost() + " answered HTTP " + status;
            return status == 408 || status == 429 || status >= 500 ? DeliveryResult.retry(problem, status, answer)
                    : DeliveryResult.refused(problem, status, answer);
        } catch (HttpTimeoutException e) {
            return DeliveryResult.retry("No answer from " + uri.getHost() + " within the time limit", null, null);
        } catch (IOException e) {
            return DeliveryResult.retry("Could not reach " + uri.getHost() + ": " + e, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("Interrupted while posting to " + uri.getHost(), null, null);
        }
    }

    private static String start(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(RESPONSE_BYTES), StandardCharsets.UTF_8);
        }
    }
}
