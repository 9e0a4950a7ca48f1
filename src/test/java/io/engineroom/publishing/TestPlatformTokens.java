package io.engineroom.publishing;

import io.engineroom.brand.ChannelTokens;
import java.time.Clock;
import java.util.List;

/** PlatformTokens with stand-in account connectors, on the application's real channel tokens (tests only). */
public final class TestPlatformTokens {

    private TestPlatformTokens() {
    }

    public static PlatformTokens of(List<AccountConnector> connectors, ChannelTokens tokens, Clock clock) {
        return new PlatformTokens(connectors, tokens, clock);
    }
}
