package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load-balancer examples in {@code deploy/} are ones the real programs accept, and nginx's keeps a browser on
 * its node: checked with the {@code nginx} and {@code haproxy} installed on this machine (Debian: {@code apt-get
 * install -y nginx haproxy}); without one, its tests are skipped with a message saying so.
 */
class LoadBalancerConfigTest {

    private static final Path NGINX_CONFIG = Path.of("deploy/nginx/engine-room.conf");
    private static final Path HAPROXY_CONFIG = Path.of("deploy/haproxy/haproxy.cfg");

    @TempDir
    Path dir;

    @Test
    void nginxAcceptsTheExampleAndRefusesABrokenCopy() throws Exception {
        String nginx = installed("nginx");
        // its own error log (-e), so the check needs no write access to /var/log/nginx
        Result example = run(nginx, "-e", dir.resolve("error.log").toString(), "-t", "-c",
                NGINX_CONFIG.toAbsolutePath().toString());
        assertThat(example.exitCode()).as(example.output()).isZero();
        assertThat(example.output()).contains("syntax is ok");

        Path broken = dir.resolve("broken.conf");
        Files.writeString(broken, Files.readString(NGINX_CONFIG).replace("proxy_http_version 1.1;",
                "proxy_http_version 1.1"));
        assertThat(run(nginx, "-e", dir.resolve("error.log").toString(), "-t", "-c", broken.toString()).exitCode())
                .isNotZero();
    }

    @Test
    void haproxyAcceptsTheExampleAndRefusesABrokenCopy() throws Exception {
        String haproxy = installed("haproxy");
        Result example = run(haproxy, "-c", "-f", HAPROXY_CONFIG.toString());
        assertThat(example.exitCode()).as(example.output()).isZero();
        assertThat(Files.readString(HAPROXY_CONFIG)).contains("option httpchk GET /actuator/health/readiness",
                "cookie ER_NODE insert");

        Path broken = dir.resolve("broken.cfg");
        Files.writeString(broken, Files.readString(HAPROXY_CONFIG).replace("balance roundrobin",
                "balance round-robin-please"));
        assertThat(run(haproxy, "-c", "-f", broken.toString()).exitCode()).isNotZero();
    }

    @Test
    void nginxSendsABrowserBackToItsNodeAndToAnotherWhenItsNodeIsDown() throws Exception {
        String nginx = installed("nginx");
        HttpServer one = node("node-one");
        HttpServer two = node("node-two");
        int port = freePort();
        String oneAddress = "127.0.0.1:" + one.getAddress().getPort();
        String twoAddress = "127.0.0.1:" + two.getAddress().getPort();
        // the example with its node addresses and port replaced, as an operator would
        Path config = dir.resolve("nginx.conf");
        Files.writeString(config, Files.readString(NGINX_CONFIG)
                .replace("10.0.0.11:8080", oneAddress).replace("10\\.0\\.0\\.11:8080", oneAddress.replace(".", "\\."))
                .replace("10.0.0.12:8080", twoAddress).replace("10\\.0\\.0\\.12:8080", twoAddress.replace(".", "\\."))
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";"));
        Process server = new ProcessBuilder(nginx, "-e", dir.resolve("error.log").toString(), "-c", config.toString(),
                "-g", "daemon off; pid " + dir.resolve("nginx.pid") + ";")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpResponse<String> first = get(client, port, null);
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String node = first.body();

            for (int i = 0; i < 5; i++) {
                assertThat(get(client, port, cookie).body()).isEqualTo(node);
            }

            (node.equals("node-one") ? one : two).stop(0);
            HttpResponse<String> failedOver = get(client, port, cookie);
            assertThat(failedOver.body()).isNotEqualTo(node);
            assertThat(failedOver.headers().firstValue("Set-Cookie")).get().asString()
                    .startsWith("er_node=" + (node.equals("node-one") ? "node2" : "node1") + ";");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            one.stop(0);
            two.stop(0);
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException notListeningYet) {
                last = notListeningYet;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    private static HttpServer node(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The program's path, or the test is skipped with a message saying how to install it. */
    private static String installed(String program) {
        Optional<Path> found = Stream.concat(Stream.of("/usr/sbin", "/usr/local/sbin"),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":")))
                .map(folder -> Path.of(folder, program)).filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), program + " is not installed here (Debian: apt-get install -y " + program
                + "): the example config is not checked");
        return found.get().toString();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
