package org.tutela.database;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the database is and Tutela's two logins to it (docs/adr/0007-two-database-roles.md): the owner runs the
 * migrations and owns every table; the app role, which the connection pool uses, may read and write the tables
 * but only read and add to the audit trail. Closing it lets go of the embedded server.
 */
final class DatabaseLogins implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLogins.class);

    /** A role and its password; the password never shows in {@code toString}. */
    record Login(String username, String password) {
        @Override
        public String toString() {
            return username;
        }
    }

    private final String url;
    private final Login owner;
    private final Login app;
    private final Runnable onClose;

    private DatabaseLogins(String url, Login owner, Login app, Runnable onClose) {
        this.url = url;
        this.owner = owner;
        this.app = app;
        this.onClose = onClose;
    }

    static DatabaseLogins of(DatabaseProperties properties) {
        Path home = Path.of(properties.dataDir()).toAbsolutePath();
        if (properties.fresh()) {
            EmbeddedServers.emptyOnce(home);
        }
        if (properties.external()) {
            Login app = new Login(properties.username(), properties.password());
            if (properties.ownerUsername() == null || properties.ownerUsername().isBlank()) {
                log.warn("TUTELA_DB_OWNER_USERNAME is not set: migrations and requests use one role ({}), so the "
                        + "app's own credentials can change or delete audit rows. Give Tutela an owner role and an "
                        + "app role (README, External PostgreSQL)", app);
                return new DatabaseLogins(properties.url(), app, app, () -> { });
            }
            return new DatabaseLogins(properties.url(),
                    new Login(properties.ownerUsername(), properties.ownerPassword()), app, () -> { });
        }
        EmbeddedDatabase embedded = EmbeddedServers.acquire(home, Path.of(properties.binariesDir()).toAbsolutePath(),
                properties.durable());
        log.info("Using the embedded PostgreSQL server on port {} with data in {}", embedded.port(), home);
        return new DatabaseLogins(embedded.jdbcUrl(), embedded.owner(), embedded.app(),
                () -> EmbeddedServers.release(home));
    }

    String url() {
        return url;
    }

    Login owner() {
        return owner;
    }

    Login app() {
        return app;
    }

    /** False when an external database is used with one role for everything (no owner configured). */
    boolean separateRoles() {
        return !owner.username().equals(app.username());
    }

    @Override
    public void close() {
        onClose.run();
    }
}
