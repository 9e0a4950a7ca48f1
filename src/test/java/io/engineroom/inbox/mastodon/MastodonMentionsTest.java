package io.engineroom.inbox.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Mastodon channel's mentions become interactions, read forward from the last notification, each once. */
@EngineRoomIntegrationTest
class MastodonMentionsTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    MastodonMentions mentions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    JdbcTemplate jdbc;

    WireMockServer mastodon;
    String brand;
    long channelId;

    @BeforeEach
    void aMastodonChannel() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        brand = "masto-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Mastodon " + brand, false));
        channelId = AsAdmin.call(() -> channels.addMastodon(brand, "@" + brand + "@coffee.social",
                mastodon.baseUrl(), token(), false))
                .id();
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void mentionsAreImportedOnceAndTheNextPollAsksOnlyForNewerOnes() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", absent())
                .willReturn(json("[" + notification("103", "9003", "public", "<p>Is the shop open on Sunday?</p>")
                        + "," + notification("102", "9002", "direct", "<p>My card was charged twice &amp; nobody answers</p>")
                        + "," + notification("101", "9001", "public", "<p>&lt;script&gt;x&lt;/script&gt;<br>great beans</p>")
                        + "]")));
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("103"))
                .willReturn(json("[" + notification("105", "9005", "public", "<p>Thanks!</p>") + ","
                        + notification("104", "9003", "public", "<p>Is the shop open on Sunday?</p>") + "]")));
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("105"))
                .willReturn(json("[]")));

        int first = mentions.poll(channelId);
        int second = mentions.poll(channelId);

        assertThat(first).isEqualTo(3);
        assertThat(second).as("9003 came again with a new notification: the same status, not a new one")
                .isEqualTo(1);
        intake.startQueued(channelId);
        List<Map<String, Object>> rows = jdbc.queryForList("select external_id, kind, author_handle, author_name, text,"
                + " in_reply_to from interaction where channel_id = ? order by external_id", channelId);
        assertThat(rows).extracting(row -> row.get("external_id")).containsExactly("9001", "9002", "9003", "9005");
        assertThat(rows.get(0)).containsEntry("text", "<script>x</script>\ngreat beans").containsEntry("kind", "MENTION")
                .containsEntry("author_handle", "@ada@other.social").containsEntry("author_name", "Ada")
                .containsEntry("in_reply_to", "777");
        assertThat(rows.get(1)).containsEntry("kind", "DIRECT_MESSAGE")
                .containsEntry("text", "My card was charged twice & nobody answers");
        assertThat(jdbc.queryForObject("select last_id from mastodon_mention_cursor where channel_id = ?", String.class,
                channelId)).isEqualTo("105");
        mastodon.verify(getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
                .withQueryParam("types[]", equalTo("mention")).withHeader("Authorization", equalTo("Bearer " + token())));
    }

    @Test
    void anErrorFromTheServerImportsNothingAndKeepsTheCursor() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(aResponse().withStatus(503)));

        assertThat(mentions.poll(channelId)).isZero();

        assertThat(jdbc.queryForObject("select count(*) from mastodon_mention_cursor where channel_id = ?", Long.class,
                channelId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from interaction where channel_id = ?", Long.class, channelId))
                .isZero();
    }

    @Test
    void anArchivedBrandsAndADisabledChannelsMentionsAreNotPolled() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(json("[" + notification("201",
                "9201", "public", "<p>Still there?</p>") + "]")));

        // pollAll also polls other tests' channels: this one's requests are those with its own token
        var thisChannelsPolls = getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
                .withHeader("Authorization", equalTo("Bearer " + token()));

        AsAdmin.run(() -> brands.archive(brand));
        mentions.pollAll();
        mastodon.verify(0, thisChannelsPolls);

        AsAdmin.run(() -> brands.unarchive(brand));
        AsAdmin.call(() -> channels.setEnabled(channelId, false));
        mentions.pollAll();
        mastodon.verify(0, thisChannelsPolls);

        AsAdmin.call(() -> channels.setEnabled(channelId, true));
        mentions.pollAll();
        mastodon.verify(thisChannelsPolls);
        intake.startQueued(channelId);
        assertThat(jdbc.queryForList("select external_id from interaction where channel_id = ?", String.class,
                channelId)).containsExactly("9201");
    }

    /** The channel's access token, its own per test, so its requests are told apart from other channels'. */
    private String token() {
        return "token-" + brand;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String notification(String id, String statusId, String visibility, String html) {
        return """
                {"id":"%s","type":"mention","created_at":"2026-11-20T09:30:00.000Z",
                 "account":{"id":"1","acct":"ada@other.social","display_name":"Ada"},
                 "status":{"id":"%s","created_at":"2026-11-20T09:29:58.000Z","in_reply_to_id":"777",
                   "visibility":"%s","content":"%s","media_attachments":[],
                   "account":{"id":"1","acct":"ada@other.social","display_name":"Ada"}}}"""
                .formatted(id, statusId, visibility, html.replace("\"", "\\\""));
    }
}
