package io.engineroom.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A stand-in Mastodon server for browser tests: every status posted gets the same id and link. */
public final class StubMastodon {

    private StubMastodon() {
    }

    /**
     * Started, answering {@code POST /api/v1/statuses}, and called once already: a cold stub on a busy machine can
     * miss the 2 s a channel gets to answer, which would make the first real post's outcome unknown.
     */
    public static WireMockServer postingAs(String statusId, String statusUrl) throws IOException, InterruptedException {
        WireMockServer mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"" + statusId + "\",\"url\":\"" + statusUrl + "\"}")));
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mastodon.baseUrl() + "/api/v1/statuses"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
        mastodon.resetRequests();
        return mastodon;
    }
}
