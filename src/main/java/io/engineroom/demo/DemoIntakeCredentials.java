package io.engineroom.demo;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeCredentials;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Known intake credentials for the demo channels, so the README's curl examples work on a demo run: token
 * {@code demo-intake-token-for-channel-<id>} and signing secret {@code demo-signing-secret-for-channel-<id>}. Known
 * values, like the demo's password, are for the demo only. Set once per channel, by the demo's admin.
 */
@Component
@Order(110) // after DemoData
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class DemoIntakeCredentials implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIntakeCredentials.class);

    private final IntakeCredentials credentials;
    private final ChannelService channels;
    private final UserDirectory users;

    DemoIntakeCredentials(IntakeCredentials credentials, ChannelService channels, UserDirectory users) {
        this.credentials = credentials;
        this.channels = channels;
        this.users = users;
    }

    static String token(long channelId) {
        return "demo-intake-token-for-channel-" + channelId;
    }

    static String signingSecret(long channelId) {
        return "demo-signing-secret-for-channel-" + channelId;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.exists(DemoAdmin.ID)) {
            return;
        }
        // credentials are an administrator's business: the demo acts as its admin, as a sign-in would
        DemoAdmin.actAs(users, () -> {
            for (String brand : DemoData.BRANDS) {
                for (ChannelSummary channel : channels.of(brand)) {
                    if (!credentials.status(channel.id()).token()) {
                        credentials.useToken(channel.id(), token(channel.id()));
                        credentials.useSigningSecret(channel.id(), signingSecret(channel.id()));
                        LOG.info("Demo intake credentials for {} (channel {}): token demo-intake-token-for-channel-{}",
                                channel.label(), channel.id(), channel.id());
                    }
                }
            }
        });
    }
}
