package io.engineroom.base.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.SecretBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the key comes from: the environment's key, else (the embedded default run) a key file made once and kept,
 * which production (require-key) refuses; a bad key stops the start with a message naming the setting.
 */
class SecretBoxConfigurationTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dir;

    @Test
    void withoutAKeyTheEmbeddedRunMakesAKeyFileOnceReadableByItsOwnerOnlyAndKeepsUsingIt() throws Exception {
        Path file = dir.resolve("h2/secret.key");
        SecretBox first = SecretBoxConfiguration.box("", "", file, false);
        String sealed = first.seal("token");
        SecretBox afterRestart = SecretBoxConfiguration.box(null, null, file, false);

        assertThat(file).exists();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(afterRestart.currentKeyId()).isEqualTo(first.currentKeyId());
        assertThat(afterRestart.open(sealed)).isEqualTo("token");
    }

    @Test
    void productionRefusesToStartWithoutTheKeyAndMakesNoKeyFile() {
        Path file = dir.resolve("secret.key");

        assertThatThrownBy(() -> SecretBoxConfiguration.box(" ", "", file, true))
                .hasMessageStartingWith("ENGINEROOM_SECRET_KEY is not set");
        assertThat(file).doesNotExist();
    }

    @Test
    void theEnvironmentsKeySealsAndThePreviousKeysOnlyOpen() {
        SecretBox old = SecretBoxConfiguration.box("2025:" + OTHER, "", dir.resolve("unused"), true);
        String sealedBefore = old.seal("refresh");
        SecretBox box = SecretBoxConfiguration.box(KEY, " 2025:" + OTHER + " ,", dir.resolve("unused"), true);

        assertThat(box.currentKeyId()).isNotEqualTo("2025").matches("[0-9a-f]{8}");
        assertThat(box.open(sealedBefore)).isEqualTo("refresh");
        assertThat(box.seal("x")).startsWith("enc:" + box.currentKeyId() + ":");
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void aBadKeyStopsTheStartNamingTheSettingButNotTheKey() {
        Path file = dir.resolve("unused");

        assertThatThrownBy(() -> SecretBoxConfiguration.box("c2hvcnQ=", "", file, true))
                .hasMessageStartingWith("ENGINEROOM_SECRET_KEY is 5 bytes, an AES-256 key is 32");
        assertThatThrownBy(() -> SecretBoxConfiguration.box(KEY, OTHER, file, true))
                .hasMessageStartingWith("ENGINEROOM_SECRET_KEYS_PREVIOUS, key 1: give it as <keyId>:<base64>")
                .message().doesNotContain(OTHER);
        assertThatThrownBy(() -> SecretBoxConfiguration.box(KEY, "a:" + OTHER + ",b:%%%", file, true))
                .hasMessageStartingWith("ENGINEROOM_SECRET_KEYS_PREVIOUS, key 2 is not base64");
    }

    @Test
    void aKeyFileThatIsNotAKeyStopsTheStartNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.key"), "not a key!");

        assertThatThrownBy(() -> SecretBoxConfiguration.box("", "", file, false))
                .hasMessageContaining("The secret key file " + file.toAbsolutePath() + " is not base64");
    }
}
