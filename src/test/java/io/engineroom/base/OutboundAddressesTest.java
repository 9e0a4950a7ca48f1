package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OutboundAddressesTest {

    private final OutboundAddresses strict = new OutboundAddresses(false);
    private final OutboundAddresses demo = new OutboundAddresses(true);

    @Test
    void loopbackPrivateLinkLocalAndUniqueLocalAddressesAreRefused() {
        for (String url : new String[] {"http://127.0.0.1:8080/x", "http://localhost/", "https://10.1.2.3/",
                "https://192.168.0.10/", "https://172.16.5.5/", "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/"}) {
            assertThat(strict.refusal(URI.create(url))).as(url).hasValueSatisfying(
                    why -> assertThat(why).contains("local or private address"));
        }
    }

    @Test
    void publicAddressesPass() {
        for (String url : new String[] {"https://8.8.8.8/", "https://[2001:4860:4860::8888]/", "https://1.1.1.1/x"}) {
            assertThat(strict.refusal(URI.create(url))).as(url).isEmpty();
        }
    }

    @Test
    void theDemoSettingLetsLocalStubsThroughButStillWantsHttp() {
        assertThat(demo.refusal(URI.create("http://127.0.0.1:8089/"))).isEmpty();
        assertThat(demo.refusal(URI.create("ftp://example.com/"))).contains("An http(s) address is required");
        assertThat(strict.refusal(URI.create("file:///etc/passwd"))).contains("An http(s) address is required");
    }
}
