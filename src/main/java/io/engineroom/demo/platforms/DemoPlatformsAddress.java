package io.engineroom.demo.platforms;

import org.springframework.core.env.Environment;

/**
 * Where the stand-ins answer: under this application's own address. The demo's channels store it as their API
 * address, so it is read once the web server listens (its port is known only then: a test's random port).
 */
public final class DemoPlatformsAddress {

    private DemoPlatformsAddress() {
    }

    /** {@code http://localhost:<port>/demo/platforms}, with the port the server listens on. */
    public static String of(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + DemoPlatformsSecurity.PATH;
    }

    /** Whether a channel's API address is one of the stand-ins (on any port: the run that connected it may differ). */
    public static boolean isStandIn(String apiUrl) {
        return apiUrl != null && apiUrl.matches("http://localhost:\\d+" + DemoPlatformsSecurity.PATH + "/.*");
    }
}
