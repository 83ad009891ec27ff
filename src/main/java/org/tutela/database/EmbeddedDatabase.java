package org.tutela.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tutela.database.DatabaseLogins.Login;
import org.tutela.shared.PrivateFiles;

/**
 * An embedded PostgreSQL server on a data folder that survives restarts, which trusts no one
 * (docs/adr/0007-two-database-roles.md).
 *
 * <p>The folder holds the server's files in {@code postgres/} and, beside them in {@code database-passwords}
 * (0600), the random passwords of the superuser, who owns the tables and runs the migrations, and of the app
 * role {@code tutela_app}, which the connection pool uses. The server listens on localhost only, has no Unix
 * socket, and takes password (SCRAM) logins only. A folder of an earlier version (logins without a password,
 * no passwords file) is upgraded at its first start: passwords set, app role created, then {@code pg_hba.conf}
 * replaced and reloaded.
 *
 * <p>The server's programs are extracted to, and run from, a folder that only Tutela's user may write
 * ({@link PostgresBinaries}; by default {@code postgres-binaries} in the data folder), once per folder.
 *
 * <p>The library's defaults suit throwaway test databases ({@code -F}, {@code synchronous_commit=off});
 * a durable server turns fsync and synchronous commit back on so that a committed record survives a crash.
 * A JVM killed with {@code kill -9} leaves its PostgreSQL running on the folder: it is found through
 * {@code postmaster.pid} and stopped cleanly before the new start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String POSTGRES_FOLDER = "postgres";
    static final String PASSWORDS_FILE = "database-passwords";
    static final String SUPERUSER = "postgres";
    static final String APP_ROLE = "tutela_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String HBA = """
            # Written by Tutela at every start (docs/adr/0007-two-database-roles.md): password (SCRAM) logins only.
            # The server listens on localhost and has no Unix socket; the passwords are in ../database-passwords.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Passwords passwords;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Passwords passwords) {
        this.postgres = postgres;
        this.passwords = passwords;
    }

    /**
     * Starts the server on {@code home/postgres}, creating it (or upgrading a folder of an earlier version), with
     * the programs in {@code binaries}.
     */
    public static EmbeddedDatabase start(Path home, Path binaries, boolean durable) {
        Path data = home.resolve(POSTGRES_FOLDER);
        Path passwordsFile = home.resolve(PASSWORDS_FILE);
        Path initdbPassword = home.resolve(".initdb-password");
        try {
            Files.createDirectories(home);
            stopOrphanedServer(data);
            Optional<Passwords> saved = Passwords.read(passwordsFile);
            Passwords passwords = saved.orElseGet(Passwords::random);
            boolean initialized = Files.exists(data.resolve("postgresql.conf"));
            // a folder of an earlier version: its superuser has no password yet, and pg_hba.conf trusts everyone
            boolean earlier = initialized && saved.isEmpty();
            if (earlier && hasTutelasHba(data)) {
                throw new IllegalStateException("The embedded PostgreSQL server in " + data + " takes password "
                        + "logins only, but " + passwordsFile + " is missing: restore it from a backup");
            }
            EmbeddedPostgres.Builder builder = PostgresBinaries.builder(binaries)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // the library's readiness check logs in as the superuser
                    .setConnectConfig("password", passwords.owner().password())
                    .setDataDirectoryCustomizer(dir -> {
                        if (!earlier) {
                            writeHba(data);
                        }
                    });
            if (!initialized) {
                if (saved.isEmpty()) {
                    passwords.save(passwordsFile); // before initdb: a crash must not leave a password nobody knows
                }
                // the library hands its "locale" options to initdb as --name=value, after its own "-A trust":
                // the superuser gets its password from the start and trust is never on
                PrivateFiles.write(initdbPassword, passwords.owner().password() + "\n");
                builder.setLocaleConfig("pwfile", initdbPassword.toString())
                        .setLocaleConfig("auth", "scram-sha-256");
            }
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedDatabase database;
            try {
                database = new EmbeddedDatabase(builder.start(), passwords);
            } finally {
                Files.deleteIfExists(initdbPassword);
            }
            PostgresBinaries.secure(binaries); // the library has made its folder writable by everyone again
            database.secure(earlier, passwordsFile, data);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + data, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the roles of the embedded PostgreSQL server in "
                    + data + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Sets the superuser's password (earlier versions), creates the app role and allows password logins only. */
    private void secure(boolean earlier, Path passwordsFile, Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), SUPERUSER, passwords.owner().password());
             Statement s = c.createStatement()) {
            if (earlier) {
                s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(passwords.owner().password()));
                passwords.save(passwordsFile); // only now: the password in the file is the one the server knows
            }
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + "; END IF; END $$");
            s.execute("ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD " + literal(passwords.app().password()));
            if (writeHba(data)) {
                s.execute("SELECT pg_reload_conf()");
            }
        }
        if (earlier) {
            log.info("The embedded PostgreSQL server in {} accepted logins without a password; it now takes "
                    + "password logins only, with the passwords in {}", data, passwordsFile);
        }
    }

    /** Writes Tutela's pg_hba.conf; true if it was different. */
    private static boolean writeHba(Path data) {
        if (hasTutelasHba(data)) {
            return false;
        }
        PrivateFiles.write(data.resolve("pg_hba.conf"), HBA);
        return true;
    }

    private static boolean hasTutelasHba(Path data) {
        Path hba = data.resolve("pg_hba.conf");
        try {
            return Files.isRegularFile(hba) && Files.readString(hba).equals(HBA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passwords are base64url, so they need no escaping; refuse anything else rather than build bad SQL. */
    private static String literal(String password) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalStateException("A password in " + PASSWORDS_FILE + " has characters other than "
                    + "letters, digits, '-' and '_'");
        }
        return "'" + password + "'";
    }

    /** Stops a PostgreSQL server left running on the folder by a process that died without stopping it. */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        Optional<ProcessHandle> orphan = postmasterOf(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("A PostgreSQL server (pid {}) is still running on {}; stopping it before starting again",
                server.pid(), dataDir);
        server.destroy(); // SIGTERM: a smart shutdown, which checkpoints and exits cleanly
        try {
            server.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + server.pid()
                    + ") running on " + dataDir + " did not stop within 60 seconds; stop it and start again", e);
        }
    }

    static Optional<ProcessHandle> postmasterOf(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    /** The JDBC URL of the database, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    Login owner() {
        return passwords.owner();
    }

    Login app() {
        return passwords.app();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** The two logins, kept in the passwords file. */
    private record Passwords(Login owner, Login app) {

        static Passwords random() {
            return new Passwords(new Login(SUPERUSER, randomPassword()), new Login(APP_ROLE, randomPassword()));
        }

        static Optional<Passwords> read(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String owner = p.getProperty("owner.password");
            String app = p.getProperty("app.password");
            if (owner == null || app == null) {
                throw new IllegalStateException(file + " lacks owner.password or app.password");
            }
            return Optional.of(new Passwords(new Login(SUPERUSER, owner), new Login(APP_ROLE, app)));
        }

        void save(Path file) {
            PrivateFiles.write(file, """
                    # The embedded PostgreSQL server's logins, created on first start. Keep this file private.
                    owner.username=%s
                    owner.password=%s
                    app.username=%s
                    app.password=%s
                    """.formatted(owner.username(), owner.password(), app.username(), app.password()));
        }

        private static String randomPassword() {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
