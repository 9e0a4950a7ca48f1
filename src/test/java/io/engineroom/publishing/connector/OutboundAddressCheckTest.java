package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.brand.ChannelChecks.MastodonAccountCheck;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connectors and the connection checks call a user-entered address only when it is public, unless the setting
 * allows private ones (the demo's and the tests' stand-ins on localhost): both ways against a stand-in on 127.0.0.1.
 */
class OutboundAddressCheckTest {

    WireMockServer local;

    @BeforeEach
    void aStandInOnLocalhost() {
        local = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        local.start();
        local.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        local.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(aResponse().withStatus(200)
                .withBody("{\"acct\":\"local\",\"display_name\":\"Local\",\"followers_count\":3}")));
    }

    @AfterEach
    void stop() {
        local.stop();
    }

    @Test
    void withPrivateAddressesRefusedNothingIsSentToLocalhost() {
        ConnectorHttp http = new ConnectorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5),
                new OutboundAddresses(false));

        PublishOutcome posted = webhook(http).publish(aPost());
        MastodonAccountCheck account = checks(http).mastodonAccount(local.baseUrl(), "token");

        assertThat(posted).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("not sent", "local or private address"));
        assertThat(account.ok()).isFalse();
        assertThat(account.problemField()).isEqualTo("baseUrl");
        assertThat(account.problem()).contains("is a local or private address (127.0.0.1)");
        local.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withPrivateAddressesAllowedTheStandInIsReached() {
        ConnectorHttp http = new ConnectorHttp(Duration.ofSeconds(2), Duration.ofSeconds(5),
                new OutboundAddresses(true));

        PublishOutcome posted = webhook(http).publish(aPost());
        MastodonAccountCheck account = checks(http).mastodonAccount(local.baseUrl(), "token");

        assertThat(posted).isInstanceOf(PublishOutcome.Published.class);
        assertThat(account.describe()).isEqualTo("Local (@local), 3 followers");
        local.verify(2, anyRequestedFor(anyUrl()));
    }

    private WebhookConnector webhook(ConnectorHttp http) {
        return new WebhookConnector(http, new ObjectMapper(), Clock.systemUTC());
    }

    private ConnectionChecks checks(ConnectorHttp http) {
        // who may check is ChannelAccessTest's concern: here anyone may
        return new ConnectionChecks(http, webhook(http), org.mockito.Mockito.mock(ChannelService.class),
                new ObjectMapper());
    }

    private Post aPost() {
        return new Post(new ChannelConnection(5, "b", Platform.LINKEDIN, "Page", Connector.WEBHOOK, null, null,
                local.baseUrl() + "/hook", "a-secret-of-enough-length"), "Hello", null, "content:1:channel:5");
    }
}
