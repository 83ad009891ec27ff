package org.tutela.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps its data across restarts, runs with fsync and synchronous commit on, recovers from a
 * JVM killed with {@code kill -9}, which leaves its PostgreSQL running on the data folder, and trusts no one:
 * password logins only, over localhost, with an owner and an app role, also for a folder of an earlier version; and
 * it runs programs that no other user of the machine can replace.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path home;

    @Test
    void aServerOrphanedByAKilledJvmIsStoppedAndTheDataSurvives() throws Exception {
        Path data = home.resolve("postgres");
        Server child = server(home, TestServers.BINARIES);
        try (Connection c = owner(child.url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('committed before the crash')");
        }
        child.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        Optional<ProcessHandle> orphan = EmbeddedDatabase.postmasterOf(data);
        assertThat(orphan).as("PostgreSQL outlived the killed JVM").isPresent();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(home, TestServers.BINARIES, true)) {
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
        try (EmbeddedDatabase db = TestServers.start(home)) {
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
        try (EmbeddedDatabase again = TestServers.start(home); Connection c = app(again.jdbcUrl())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void aFolderOfTheEarlierVersionIsUpgradedWithNothingLost() throws Exception {
        Path data = home.resolve("postgres");
        // the earlier version: the library's defaults (initdb -A trust), the app logged in as postgres
        try (EmbeddedPostgres earlier = PostgresBinaries.builder(TestServers.BINARIES).setDataDirectory(data)
                .setCleanDataDirectory(false).start();
             Connection c = earlier.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person (address text)");
            s.execute("INSERT INTO person VALUES ('7 Synthetic Lane')");
        }
        assertThat(home.resolve("database-passwords")).doesNotExist();

        for (int start = 1; start <= 2; start++) {
            try (EmbeddedDatabase db = TestServers.start(home)) {
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

    @Test
    void theServerRunsFromProgramsThatNoOtherUserCanReplace() throws Exception {
        // as a start that stopped between the library's widening its folder and Tutela's narrowing it would leave it
        Path library = TestServers.BINARIES.resolve(PostgresBinaries.LIBRARY_FOLDER);
        if (Files.isDirectory(library)) {
            Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        try (EmbeddedDatabase db = TestServers.start(home)) {
            assertOnlyThisUserCanChange(TestServers.BINARIES, home.resolve("postgres"));
        }
    }

    @Test
    void aFolderForTheProgramsThatOthersMayWriteIsRefused() throws Exception {
        Path shared = Files.createDirectory(home.resolve("shared-binaries"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> EmbeddedDatabase.start(home, shared, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be trusted");
        assertThat(shared.resolve(PostgresBinaries.LIBRARY_FOLDER)).doesNotExist();
    }

    @Test
    void aDataFolderOfThePreviousVersionStartsAndExtractsTheProgramsIntoItOnce() throws Exception {
        // the previous version's data folder: the programs were kept elsewhere (in the library's temporary folder)
        try (EmbeddedDatabase previous = TestServers.start(home); Connection c = owner(previous.jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('from the previous version')");
        }
        Path binaries = home.resolve("postgres-binaries");
        assertThat(binaries).doesNotExist();
        // in a JVM of its own, since the library extracts once per JVM
        Server child = server(home, binaries);
        try (Connection c = owner(child.url()); Statement s = c.createStatement()) {
            assertThat(column(s, "SELECT note FROM kept")).containsExactly("from the previous version");
            assertOnlyThisUserCanChange(binaries, home.resolve("postgres"));
        } finally {
            child.process().getOutputStream().close(); // it stops its server and exits
            assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.process().exitValue()).isZero();
    }

    /**
     * The running server's program lies in {@code binaries}, which is private (0700), holds nothing that others may
     * write, and lies in folders that others may not write (or sticky ones, such as /tmp).
     */
    private static void assertOnlyThisUserCanChange(Path binaries, Path data) throws Exception {
        assertThat(mode(binaries) & 0777).as("%s", binaries).isEqualTo(0700);
        try (Stream<Path> all = Files.walk(binaries)) {
            for (Path p : all.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                assertThat(mode(p) & 0022).as("%s is writable by others", p).isZero();
            }
        }
        Path postgres = Path.of(EmbeddedDatabase.postmasterOf(data).orElseThrow().info().command().orElseThrow());
        assertThat(postgres).startsWith(binaries.toRealPath());
        for (Path dir = postgres.getParent(); dir != null; dir = dir.getParent()) {
            int mode = mode(dir);
            assertThat((mode & 0022) == 0 || (mode & 01000) != 0).as("%s (%o) is writable by others", dir, mode)
                    .isTrue();
        }
    }

    private static int mode(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }

    /** A server started by {@link ServerMain} in a JVM of its own, and its URL; its output is read meanwhile. */
    private record Server(Process process, String url) {
    }

    private static Server server(Path home, Path binaries) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), home.toString(),
                binaries.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        url.complete(line.substring("READY ".length()));
                    }
                }
            } catch (Exception killed) {
                // the child's output ended
            }
            url.completeExceptionally(new IllegalStateException("the child JVM did not start its server"));
        });
        reader.setDaemon(true);
        reader.start();
        return new Server(child, url.get(120, TimeUnit.SECONDS));
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
