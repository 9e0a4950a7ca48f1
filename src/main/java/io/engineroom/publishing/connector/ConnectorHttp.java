package io.engineroom.publishing.connector;

import io.engineroom.base.OutboundAddresses;
import io.engineroom.publishing.PublishOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends one HTTP request for a connector and says, when no answer came, whether anything can have been posted.
 * Exactly one try: the JDK client never repeats a POST on its own (only with
 * {@code jdk.httpclient.enableAllMethodRetry}, which we do not set), and redirects are not followed (so a redirect
 * cannot lead past the address check). Every address was typed in by a person, so {@link OutboundAddresses} checks
 * it before anything is sent. Public for the platform connectors in sub-packages ({@code connector.linkedin}, ...).
 */
public class ConnectorHttp {

    private final HttpClient client;
    private final Duration timeout;
    private final OutboundAddresses addresses;

    /** Without the address check: for connector tests against stand-ins on localhost. */
    public ConnectorHttp(Duration connectTimeout, Duration timeout) {
        this(connectTimeout, timeout, OutboundAddresses.ANY);
    }

    public ConnectorHttp(Duration connectTimeout, Duration timeout, OutboundAddresses addresses) {
        this.addresses = addresses;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade dance, one request on the wire per call
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    /** The answer, or the outcome to report when none came. */
    public Exchange send(HttpRequest request, String what) {
        var refused = addresses.refusal(request.uri());
        if (refused.isPresent()) {
            // nothing left this machine
            return new Exchange(null, new PublishOutcome.Failed(what + ": not sent, " + refused.get()));
        }
        try {
            return new Exchange(client.send(request, HttpResponse.BodyHandlers.ofString()), null);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            // no connection, so no byte of the request left this machine
            return new Exchange(null, new PublishOutcome.Failed(what + ": no connection (" + e + ")"));
        } catch (HttpTimeoutException e) {
            return new Exchange(null, new PublishOutcome.Unknown(what + ": sent, but no answer within " + timeout));
        } catch (IOException e) {
            return new Exchange(null, new PublishOutcome.Unknown(what + ": connection lost after sending (" + e + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(null, new PublishOutcome.Unknown(what + ": interrupted while waiting for the answer"));
        }
    }

    /** Either a response or, when none came, the outcome that says so. */
    public record Exchange(HttpResponse<String> response, PublishOutcome noAnswer) {

        public boolean answered() {
            return response != null;
        }

        public int status() {
            return response.statusCode();
        }

        public boolean ok() {
            return answered() && status() / 100 == 2;
        }

        /**
         * The outcome of a non-2xx answer: a 4xx means the receiver refused the request, so it was not posted; a
         * 5xx (or anything else) may have come after the post was stored, so we cannot know.
         */
        public PublishOutcome refusal(String what) {
            String body = response.body() == null ? "" : response.body().strip();
            String detail = what + " answered HTTP " + status() + (body.isEmpty() ? "" : ": " + abbreviate(body));
            return status() / 100 == 4 ? new PublishOutcome.Failed(detail) : new PublishOutcome.Unknown(detail);
        }
    }

    public static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
