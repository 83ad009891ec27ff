package org.tutela.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTests {

    @TempDir
    Path dir;

    private CheckpointFile file() {
        return new CheckpointFile(new AuditProperties("", dir.resolve("audit.key"), dir.resolve("audit-checkpoint"),
                5000, Duration.ofMinutes(5), 10000));
    }

    private static Checkpoint at(long position) {
        return new Checkpoint(position, new byte[] {1, 2, (byte) position}, new byte[] {3, 4},
                OffsetDateTime.of(2026, 11, 28, 3, 38, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void keepsTheLatestCheckpointReadableByTheOwnerOnly() throws Exception {
        CheckpointFile file = file();
        assertThat(file.read()).isEmpty();
        file.write(at(12));
        Checkpoint read = file.read().orElseThrow();
        assertThat(read.position()).isEqualTo(12);
        assertThat(read.hash()).containsExactly(1, 2, 12);
        assertThat(read.signature()).containsExactly(3, 4);
        assertThat(read.signedAt()).isEqualTo(at(12).signedAt());
        assertThat(Files.getPosixFilePermissions(dir.resolve("audit-checkpoint")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void neverMovesBackwards() {
        CheckpointFile file = file();
        file.write(at(20));
        file.write(at(15));
        assertThat(file.read().orElseThrow().position()).isEqualTo(20);
        file.write(at(21));
        assertThat(file.read().orElseThrow().position()).isEqualTo(21);
    }

    @Test
    void anUnreadableFileIsReportedNotIgnored() throws Exception {
        Files.writeString(dir.resolve("audit-checkpoint"), "position=twelve\n");
        assertThatThrownBy(() -> file().read()).isInstanceOf(IllegalStateException.class);
    }
}
