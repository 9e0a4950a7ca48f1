package io.engineroom.demo;

import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.demo.platforms.DemoPlatformsAddress;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.IdentitySettings;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeCredentials;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode switched off on a database that once had the demo: its known password and intake credentials are
 * published in the README, so they must stop working. A demo user who still has the password {@code demo} gets an
 * unguessable one (the admin {@code admin} gets {@code engineroom.initial-admin.password} when it is set), and a
 * demo channel that still has the demo's token or signing secret loses its credentials, and a channel connected to the
 * demo's platform stand-ins (which exist only in demo mode) is switched off, so nothing is posted into the void nor
 * polled in vain: its history stays, and connecting the real account is the social manager's. Runs at every start outside
 * demo mode; on a database that never had the demo it finds nothing to do.
 */
@Component
@Order(5) // before InitialAdmin, which creates an admin only when none exists
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "false", matchIfMissing = true)
class DemoLeftovers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLeftovers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserDirectory users;
    private final ChannelService channels;
    private final IntakeCredentials credentials;
    private final String adminPassword;

    @Autowired
    DemoLeftovers(UserDirectory users, ChannelService channels, IntakeCredentials credentials,
            IdentitySettings settings) {
        this(users, channels, credentials, settings.initialAdmin().password());
    }

    DemoLeftovers(UserDirectory users, ChannelService channels, IntakeCredentials credentials,
            String adminPassword) {
        this.users = users;
        this.channels = channels;
        this.credentials = credentials;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        retirePasswords(DemoData.userIds());
        users.load("admin").ifPresent(admin -> retireIntakeCredentials(admin, DemoData.BRANDS));
        users.load("admin").ifPresent(admin -> switchOffStandInChannels(admin, DemoData.BRANDS));
    }

    void retirePasswords(List<String> userIds) {
        for (String userId : userIds) {
            if (users.exists(userId) && users.checkPassword(userId, DemoData.PASSWORD)) {
                retirePassword(userId);
            }
        }
    }

    private void retirePassword(String userId) {
        if (userId.equals("admin") && !adminPassword.isBlank()) {
            try {
                users.changePassword(userId, adminPassword);
                LOG.warn("Demo mode is off: 'admin' had the demo's password and now has ADMIN_PASSWORD");
                return;
            } catch (RuntimeException refused) {
                LOG.error("Demo mode is off: ADMIN_PASSWORD cannot replace the demo password of 'admin': {}",
                        refused.getMessage());
            }
        }
        users.changePassword(userId, unguessable());
        LOG.warn("Demo mode is off: '{}' had the demo's password, which no longer works; an admin sets a new one in "
                + "Camunda Admin (for 'admin' itself: start once with ADMIN_PASSWORD set)", userId);
    }

    void retireIntakeCredentials(EngineRoomUser admin, List<String> brandIds) {
        actAs(admin, () -> {
            for (String brand : brandIds) {
                for (ChannelSummary channel : channels.of(brand)) {
                    if (credentials.uses(channel.id(), DemoIntakeCredentials.token(channel.id()),
                            DemoIntakeCredentials.signingSecret(channel.id()))) {
                        credentials.revoke(channel.id());
                        LOG.warn("Demo mode is off: channel {} ({}) had the demo's intake credentials, now revoked",
                                channel.id(), channel.label());
                    }
                }
            }
        });
    }

    void switchOffStandInChannels(EngineRoomUser admin, List<String> brandIds) {
        actAs(admin, () -> {
            for (String brand : brandIds) {
                for (ChannelSummary channel : channels.enabledOf(brand)) {
                    boolean standIn = channels.connection(channel.id()).map(ChannelConnection::baseUrl)
                            .filter(DemoPlatformsAddress::isStandIn).isPresent();
                    if (standIn) {
                        channels.setEnabled(channel.id(), false);
                        LOG.warn("Demo mode is off: channel {} ({}) was connected to the demo's platform stand-in, "
                                + "now switched off until its real account is connected", channel.id(),
                                channel.label());
                    }
                }
            }
        });
    }

    /** Channels are an administrator's business: this acts as the admin, as DemoIntakeCredentials does. */
    private static void actAs(EngineRoomUser admin, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin,
                null, admin.groups().stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Meets any password policy: random letters and digits, then one of each kind the policy asks for. */
    private static String unguessable() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "aA1!";
    }
}
