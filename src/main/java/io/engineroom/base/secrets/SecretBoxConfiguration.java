package io.engineroom.base.secrets;

import io.engineroom.base.SecretBox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link SecretBox} from the environment: {@code ENGINEROOM_SECRET_KEY} ({@code engineroom.secrets.key}) seals,
 * {@code ENGINEROOM_SECRET_KEYS_PREVIOUS} ({@code engineroom.secrets.previous-keys}, comma-separated
 * {@code <keyId>:<base64>}) only opens. A bad key stops the start with a message naming the setting.
 *
 * <p>Without a key, the embedded default run and the tests take one from a file made once beside the H2 database
 * ({@link SecretKeyFile}), so {@code ./mvnw} works out of the box. The {@code postgres} profile (production) sets
 * {@code engineroom.secrets.require-key} and refuses to start without the key instead: a key file on the
 * application's disk would be lost with the container, and every stored token with it, or be copied along with the
 * database it is meant to protect.
 */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretBoxConfiguration.class);

    @Bean
    SecretBox secretBox(@Value("${engineroom.secrets.key:}") String key,
            @Value("${engineroom.secrets.previous-keys:}") String previousKeys,
            @Value("${engineroom.secrets.key-file:./.engineroom/secret.key}") Path keyFile,
            @Value("${engineroom.secrets.require-key:false}") boolean requireKey) {
        return box(key, previousKeys, keyFile, requireKey);
    }

    static SecretBox box(String key, String previousKeys, Path keyFile, boolean requireKey) {
        SecretBox.Key current;
        if (key != null && !key.isBlank()) {
            current = SecretBox.Key.parse(key, "ENGINEROOM_SECRET_KEY");
        } else if (requireKey) {
            throw new IllegalStateException("ENGINEROOM_SECRET_KEY is not set: it seals the channels' tokens and the "
                    + "webhook secrets in the database. Make one with `openssl rand -base64 32` and keep it apart "
                    + "from the database's backups");
        } else {
            current = SecretKeyFile.key(keyFile);
        }
        List<SecretBox.Key> previous = new ArrayList<>();
        if (previousKeys != null) {
            int position = 0;
            for (String spec : previousKeys.split(",")) {
                position++;
                if (spec.isBlank()) {
                    continue;
                }
                if (!spec.contains(":")) {
                    throw new IllegalArgumentException("ENGINEROOM_SECRET_KEYS_PREVIOUS, key " + position
                            + ": give it as <keyId>:<base64>, the id its values were sealed under");
                }
                previous.add(SecretBox.Key.parse(spec, "ENGINEROOM_SECRET_KEYS_PREVIOUS, key " + position));
            }
        }
        SecretBox box = new SecretBox(current, previous);
        log.info("Secrets at rest are sealed with key id '{}'{}", box.currentKeyId(), previous.isEmpty() ? ""
                : "; older values open with key ids " + previous.stream().map(SecretBox.Key::id).toList());
        return box;
    }
}
