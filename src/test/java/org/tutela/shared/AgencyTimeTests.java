package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AgencyTimeTests {

    @Test
    void theAgencysZoneIsNewYorkUnlessSetAndNeverTheServers() {
        assertThat(AgencyTime.zone(null)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(AgencyTime.zone(" ")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(AgencyTime.zone("America/Chicago")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(AgencyTime.today()).isEqualTo(java.time.LocalDate.now(AgencyTime.ZONE));
    }

    @Test
    void nothingElseAsksTheJvmForItsZoneOrItsDate() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("AgencyTime.java"))
                    .filter(f -> {
                        try {
                            String s = Files.readString(f);
                            return s.contains("LocalDate.now()") || s.contains("LocalDateTime.now()")
                                    || s.contains("ZoneId.systemDefault()");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
