package io.engineroom.publishing.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.publishing.Media;
import io.engineroom.publishing.PublicMedia;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public addresses Instagram fetches a post's media from, over real HTTP without signing in: the medium while
 * the address is valid, a 404 problem for a wrong or expired token.
 */
@EngineRoomIntegrationTest
class PublicMediaAddressTest {

    @LocalServerPort
    int port;
    @Autowired
    PublicMedia publicMedia;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void clockBack() {
        TestClock.get().reset();
    }

    @Test
    void aMediumIsServedWithoutSignInUntilItsAddressExpiresAndAWrongTokenGetsNothing() throws Exception {
        byte[] bytes = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        URI address = publicMedia.expose(new Media(bytes, "image/jpeg", "cup.jpg"), Duration.ofHours(1));
        String path = address.getPath();

        assertThat(path).startsWith("/api/media/public/");
        HttpResponse<byte[]> served = fetch(path);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(bytes);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");

        HttpResponse<byte[]> guessed = fetch(path.substring(0, path.length() - 2) + "xx");
        assertThat(guessed.statusCode()).isEqualTo(404);
        assertThat(guessed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        TestClock.get().moveBy(Duration.ofMinutes(61));
        HttpResponse<byte[]> expired = fetch(path);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(new String(expired.body())).contains("expired");
    }

    HttpResponse<byte[]> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
