package org.tutela.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps its data across restarts, runs with fsync and synchronous commit on, recovers from a
 * JVM killed with {@code kill -9}, which leaves its PostgreSQL running on the data folder, and trusts no one:
 * password logins only, over localhost, with an owner and an app role, also for a folder of an earlier version.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path home;

    @Test
    void aServerOrphanedByAKilledJvmIsStoppedAndTheDataSurvives() throws Exception {
        Path data = home.resolve("postgres");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedServerMain.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        String url;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY "));
            assertThat(line).as("the child JVM started its server").isNotNull();
            url = line.substring("READY ".length());
            try (Connection c = owner(url); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (note text)");
                s.execute("INSERT INTO kept VALUES ('committed before the crash')");
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Optional<ProcessHandle> orphan = EmbeddedDatabase.postmasterOf(data);
        assertThat(orphan).as("PostgreSQL outlived the killed JVM").isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(home, true)) {
            assertThat(orphan.get().isAlive()).isFalse();
            try (Connection c = owner(restarted.jdbcUrl()); Statement s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT note FROM kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("committed before the crash");
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            }
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
    }

    @Test
    void aNewServerTakesPasswordLoginsOnlyOverLocalhost() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, false)) {
            assertRefusesWithoutTheRightPassword(db.jdbcUrl());
            try (Connection c = owner(db.jdbcUrl()); Statement s = c.createStatement()) {
                assertThat(setting(s, "listen_addresses")).isEqualTo("localhost");
                assertThat(setting(s, "unix_socket_directories")).isEmpty();
                assertThat(column(s, "SELECT DISTINCT auth_method FROM pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
                assertThat(column(s, "SELECT rolname FROM pg_roles WHERE rolcanlogin ORDER BY rolname"))
                        .containsExactly("postgres", "tutela_app");
            }
            try (Connection c = app(db.jdbcUrl()); Statement s = c.createStatement()) {
                assertThat(column(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                        .containsExactly("false");
            }
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("database-passwords")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(home.resolve(".initdb-password")).doesNotExist();
        try (EmbeddedDatabase again = EmbeddedDatabase.start(home, false); Connection c = app(again.jdbcUrl())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void aFolderOfTheEarlierVersionIsUpgradedWithNothingLost() throws Exception {
        Path data = home.resolve("postgres");
        // the earlier version: the library's defaults (initdb -A trust), the app logged in as postgres
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start();
             Connection c = earlier.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person (address text)");
            s.execute("INSERT INTO person VALUES ('7 Synthetic Lane')");
        }
        assertThat(home.resolve("database-passwords")).doesNotExist();

        for (int start = 1; start <= 2; start++) {
            try (EmbeddedDatabase db = EmbeddedDatabase.start(home, false)) {
                assertRefusesWithoutTheRightPassword(db.jdbcUrl());
                try (Connection c = owner(db.jdbcUrl()); Statement s = c.createStatement()) {
                    assertThat(column(s, "SELECT address FROM person")).containsExactly("7 Synthetic Lane");
                    assertThat(column(s, "SELECT DISTINCT auth_method FROM pg_hba_file_rules"))
                            .containsExactly("scram-sha-256");
                }
                try (Connection c = app(db.jdbcUrl())) {
                    assertThat(c.isValid(5)).isTrue();
                }
            }
        }
    }

    private static void assertRefusesWithoutTheRightPassword(String url) {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword).close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "tutela_app", "").close())
                .isInstanceOf(SQLException.class);
    }

    private Connection owner(String url) throws Exception {
        Properties p = passwords();
        return DriverManager.getConnection(url, p.getProperty("owner.username"), p.getProperty("owner.password"));
    }

    private Connection app(String url) throws Exception {
        Properties p = passwords();
        return DriverManager.getConnection(url, p.getProperty("app.username"), p.getProperty("app.password"));
    }

    private Properties passwords() throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve("database-passwords"))) {
            p.load(in);
        }
        return p;
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String setting(Statement s, String name) throws Exception {
        ResultSet rs = s.executeQuery("SHOW " + name);
        rs.next();
        return rs.getString(1);
    }
}
