package org.tutela.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps its data across restarts, runs with fsync and synchronous commit on, and recovers
 * from a JVM killed with {@code kill -9}, which leaves its PostgreSQL running on the data folder.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void aServerOrphanedByAKilledJvmIsStoppedAndTheDataSurvives() throws Exception {
        Path data = dir.resolve("postgres");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedServerMain.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        String url;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY "));
            assertThat(line).as("the child JVM started its server").isNotNull();
            url = line.substring("READY ".length());
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (note text)");
                s.execute("INSERT INTO kept VALUES ('committed before the crash')");
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Optional<ProcessHandle> orphan = EmbeddedDatabase.postmasterOf(data);
        assertThat(orphan).as("PostgreSQL outlived the killed JVM").isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, true)) {
            assertThat(orphan.get().isAlive()).isFalse();
            try (Connection c = DriverManager.getConnection(restarted.jdbcUrl()); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT note FROM kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("committed before the crash");
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            }
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
    }

    private static String setting(Statement s, String name) throws Exception {
        ResultSet rs = s.executeQuery("SHOW " + name);
        rs.next();
        return rs.getString(1);
    }
}
