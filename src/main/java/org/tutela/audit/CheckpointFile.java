package org.tutela.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.springframework.stereotype.Component;
import org.tutela.shared.PrivateFiles;

/**
 * This node's latest checkpoint, in a file beside the key and outside the database: whoever deletes the last rows of
 * the chain and its last checkpoints from the database is still caught by the node that signed them.
 */
@Component
class CheckpointFile {

    /** Application contexts of one JVM (tests) share the file. */
    private static final Object lock = new Object();

    private final Path file;

    CheckpointFile(AuditProperties properties) {
        this.file = properties.checkpointFile();
    }

    Path path() {
        return file;
    }

    /** The checkpoint, if this node has signed one; throws {@link IllegalStateException} if the file is unreadable. */
    Optional<Checkpoint> read() {
        synchronized (lock) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                return Optional.of(new Checkpoint(Long.parseLong(p.getProperty("position")),
                        HexFormat.of().parseHex(p.getProperty("hash")),
                        HexFormat.of().parseHex(p.getProperty("signature")),
                        OffsetDateTime.parse(p.getProperty("signedAt"))));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " is not a checkpoint");
            }
        }
    }

    /** Keeps {@code checkpoint} unless the file already holds a later one (another context of this JVM). */
    void write(Checkpoint checkpoint) {
        synchronized (lock) {
            try {
                if (read().filter(kept -> kept.position() >= checkpoint.position()).isPresent()) {
                    return;
                }
            } catch (RuntimeException unreadable) {
                // replaced below by a readable one
            }
            HexFormat hex = HexFormat.of();
            PrivateFiles.write(file, """
                    # This node's latest signed checkpoint of the audit chain (docs/adr/0006). Keep it.
                    position=%d
                    hash=%s
                    signature=%s
                    signedAt=%s
                    """.formatted(checkpoint.position(), hex.formatHex(checkpoint.hash()),
                    hex.formatHex(checkpoint.signature()), checkpoint.signedAt()));
        }
    }
}
