package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.ChannelChecks;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Connector;
import io.engineroom.base.NotFound;
import io.engineroom.publishing.PublishOutcome;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * The Channels screen's connection checks, made with the connectors' own HTTP setup (timeouts, no retries, no
 * redirects, the address check), so a check that passes means posting will reach the same place the same way.
 */
@Component
class ConnectionChecks implements ChannelChecks {

    private final ConnectorHttp http;
    private final WebhookConnector webhook;
    private final ChannelService channels;
    private final ObjectMapper json;

    ConnectionChecks(ConnectorHttp http, WebhookConnector webhook, ChannelService channels, ObjectMapper json) {
        this.http = http;
        this.webhook = webhook;
        this.channels = channels;
        this.json = json;
    }

    @Override
    public MastodonAccountCheck mastodonAccount(String baseUrl, String accessToken) {
        channels.requireMayManageSome();
        return readAccount(baseUrl, accessToken);
    }

    private MastodonAccountCheck readAccount(String baseUrl, String accessToken) {
        URI uri;
        try {
            uri = URI.create((baseUrl == null ? "" : baseUrl.trim().replaceAll("/+$", ""))
                    + "/api/v1/accounts/verify_credentials");
        } catch (IllegalArgumentException e) {
            return MastodonAccountCheck.failed("baseUrl", "Not a valid address: " + e.getMessage());
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return MastodonAccountCheck.failed("baseUrl", "An http(s) address is required");
        }
        if (accessToken == null || accessToken.isBlank()) {
            return MastodonAccountCheck.failed("accessToken", "An access token is required to read the account");
        }
        ConnectorHttp.Exchange answer = http.send(http.request(uri)
                .header("Authorization", "Bearer " + accessToken.trim()).GET().build(), "Mastodon");
        if (!answer.answered()) {
            return MastodonAccountCheck.failed("baseUrl", reason(answer.noAnswer()));
        }
        if (answer.status() == 401 || answer.status() == 403) {
            return MastodonAccountCheck.failed("accessToken", "The server refused the access token (HTTP " + answer.status()
                    + "): check it, and that it has the read and write scopes");
        }
        if (!answer.ok()) {
            return MastodonAccountCheck.failed("baseUrl", "The server answered HTTP " + answer.status()
                    + ": is this the address of a Mastodon server?");
        }
        try {
            JsonNode account = json.readTree(answer.response().body());
            if (account == null || !account.hasNonNull("acct")) {
                return MastodonAccountCheck.failed("baseUrl", "The answer is not a Mastodon account: is this a Mastodon server?");
            }
            return new MastodonAccountCheck(text(account, "display_name"), account.get("acct").asText(),
                    text(account, "avatar"), account.hasNonNull("followers_count")
                            ? account.get("followers_count").asLong() : null, null, null);
        } catch (Exception unreadable) {
            return MastodonAccountCheck.failed("baseUrl", "The answer is not a Mastodon account: is this a Mastodon server?");
        }
    }

    @Override
    public MastodonAccountCheck mastodonAccount(long channelId) {
        ChannelConnection channel = managed(channelId);
        if (channel.connector() != Connector.MASTODON) {
            return MastodonAccountCheck.failed(null, channel.platform().displayName() + " " + channel.handle()
                    + " is not connected through the Mastodon API");
        }
        return readAccount(channel.baseUrl(), channel.accessToken());
    }

    private ChannelConnection managed(long channelId) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        channels.requireMayManage(channel.brandId());
        return channel;
    }

    @Override
    public TestEventAnswer sendTestEvent(long channelId) {
        ChannelConnection channel = managed(channelId);
        if (channel.connector() != Connector.WEBHOOK) {
            return new TestEventAnswer(null, null, channel.platform().displayName() + " " + channel.handle()
                    + " is not a webhook channel");
        }
        ConnectorHttp.Exchange answer = webhook.sendTest(channel);
        if (!answer.answered()) {
            return new TestEventAnswer(null, null, reason(answer.noAnswer()));
        }
        String body = answer.response().body() == null ? "" : answer.response().body().strip();
        return new TestEventAnswer(answer.status(), body.length() <= 200 ? body : body.substring(0, 200) + "…", null);
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private String reason(PublishOutcome noAnswer) {
        if (noAnswer instanceof PublishOutcome.Failed failed) {
            return failed.reason().contains("not sent, ") ? failed.reason().replaceFirst(".*not sent, ", "")
                    : "Could not connect: " + failed.reason().replaceFirst("^[^:]*: ", "");
        }
        if (noAnswer instanceof PublishOutcome.Unknown unknown) {
            return unknown.reason().contains("no answer within") ? "No answer within " + http.timeout().toSeconds()
                    + " s (timeout)" : "The connection broke: " + unknown.reason().replaceFirst("^[^:]*: ", "");
        }
        return noAnswer.toString();
    }
}
