package io.engineroom.inbox;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.SignedIn;
import java.util.UUID;

/** A new brand with one channel that has an API token and a signing secret, issued by the demo admin. */
public record IntakeChannel(String brandId, long channelId, String token, String secret) {

    public static IntakeChannel create(BrandService brands, ChannelService channels, IntakeCredentials credentials,
            UserDirectory users, String prefix) {
        String brand = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Intake " + brand, false));
        ChannelSummary channel = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@" + brand, true));
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            return new IntakeChannel(brand, channel.id(), credentials.issueToken(channel.id()),
                    credentials.issueSigningSecret(channel.id()));
        }
    }

    /** A delivery body for this channel with the given interaction objects. */
    public String batch(String... interactions) {
        return "{\"channelId\":" + channelId + ",\"interactions\":[" + String.join(",", interactions) + "]}";
    }

    public static String interaction(String externalId, String text) {
        return "{\"externalId\":\"" + externalId + "\",\"kind\":\"COMMENT\",\"authorHandle\":\"@ada\","
                + "\"authorName\":\"Ada\",\"text\":\"" + text + "\",\"occurredAt\":\"2026-11-20T09:30:00Z\"}";
    }
}
