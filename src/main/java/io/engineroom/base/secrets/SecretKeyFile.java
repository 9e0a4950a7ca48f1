package io.engineroom.base.secrets;

import io.engineroom.base.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret key of a run without {@code ENGINEROOM_SECRET_KEY} (the embedded default, tests): 32 random bytes in a
 * file readable by its owner only, made at the first start and read at every later one, so the tokens sealed in the
 * H2 database beside it still open after a restart. Each start warns that production must set the key instead.
 */
final class SecretKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyFile.class);

    private SecretKeyFile() {
    }

    static SecretBox.Key key(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            SecretBox.Key key = SecretBox.Key.parse(Files.readString(file, StandardCharsets.US_ASCII),
                    "The secret key file " + file.toAbsolutePath());
            log.warn("ENGINEROOM_SECRET_KEY is not set: secrets at rest are sealed with the key in {} (key id '{}'). "
                    + "Production must set ENGINEROOM_SECRET_KEY (profile postgres refuses to start without it)",
                    file.toAbsolutePath(), key.id());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The secret key file " + file.toAbsolutePath() + " cannot be read or "
                    + "made; set ENGINEROOM_SECRET_KEY or engineroom.secrets.key-file", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } else {
                Files.createFile(file);
                ownerOnly(file);
            }
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        log.warn("Made the secret key file {} (owner only): keep it with the H2 database, whose secrets it opens",
                file.toAbsolutePath());
    }

    /** Where permissions are not POSIX (Windows): readable and writable by the owner alone, as far as Java can. */
    private static void ownerOnly(Path file) {
        var handle = file.toFile();
        boolean done = handle.setReadable(false, false) && handle.setReadable(true, true)
                && handle.setWritable(false, false) && handle.setWritable(true, true);
        if (!done) {
            log.warn("Could not limit {} to its owner: do it by hand", file.toAbsolutePath());
        }
    }
}
