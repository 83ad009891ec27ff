package org.tutela.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTests {

    @TempDir
    Path dir;

    private final byte[] hash = new byte[32];

    private AuditProperties properties(String key) {
        return new AuditProperties(key, dir.resolve("audit.key"), dir.resolve("audit-checkpoint"), 5000,
                Duration.ofMinutes(5), 10000);
    }

    @Test
    void aKeyIsCreatedOnFirstStartReadableByTheOwnerOnlyAndKept() throws Exception {
        byte[] first = new AuditKey(properties("")).sign(7, hash);
        assertThat(Files.getPosixFilePermissions(dir.resolve("audit.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        AuditKey again = new AuditKey(properties(null));
        assertThat(again.sign(7, hash)).isEqualTo(first);
        assertThat(again.signed(7, hash, first)).isTrue();
        assertThat(again.signed(8, hash, first)).isFalse();
        hash[0] = 1;
        assertThat(again.signed(7, hash, first)).isFalse();
    }

    @Test
    void theKeyFromTheEnvironmentWinsAndNoFileIsWritten() {
        String base64 = Base64.getEncoder().encodeToString(new byte[32]);
        AuditKey key = new AuditKey(properties(base64));
        assertThat(dir.resolve("audit.key")).doesNotExist();
        assertThat(new AuditKey(properties(" " + base64 + "\n")).sign(1, hash)).isEqualTo(key.sign(1, hash));
    }

    @Test
    void aShortOrMalformedKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> new AuditKey(properties(Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> new AuditKey(properties("not base64 at all!")))
                .hasMessageContaining("not base64").hasMessageNotContaining("at all");
    }
}
