package org.tutela.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.database.EmbeddedDatabase;
import org.tutela.database.TestServers;

/**
 * In a database whose encoding is not UTF-8 (SQL_ASCII, which an external PostgreSQL may well have), an audit row
 * that the sealer could not hash would stop sealing for good: it can be neither hashed nor removed. So the app role
 * cannot insert one.
 */
class AuditEncodingTests {

    @TempDir
    Path home;

    @Test
    void aRowTheSealerCouldNotHashIsRefusedAndSealingGoesOn() throws Exception {
        try (EmbeddedDatabase server = TestServers.start(home)) {
            Properties logins = new Properties();
            try (Reader in = Files.newBufferedReader(home.resolve("database-passwords"))) {
                logins.load(in);
            }
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), logins.getProperty("owner.username"),
                    logins.getProperty("owner.password")); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE tutela_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' "
                        + "TEMPLATE template0");
            }
            String url = server.jdbcUrl().replaceFirst("/postgres$", "/tutela_ascii");
            Flyway.configure()
                    .dataSource(url, logins.getProperty("owner.username"), logins.getProperty("owner.password"))
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", logins.getProperty("app.username")))
                    .load().migrate();
            try (Connection app = DriverManager.getConnection(url, logins.getProperty("app.username"),
                    logins.getProperty("app.password")); Statement s = app.createStatement()) {
                s.execute("INSERT INTO audit_event (actor, action) VALUES ('before', 'LOGIN_SUCCESS')");
                // bytes that are no UTF-8 text: the hash converts every field to UTF-8
                assertThatThrownBy(() -> s.execute("INSERT INTO audit_event (actor, action) "
                        + "VALUES (convert_from('\\xff'::bytea, 'SQL_ASCII'), 'LOGIN_SUCCESS')"))
                        .isInstanceOf(SQLException.class);
                s.execute("INSERT INTO audit_event (actor, action) VALUES ('after', 'LOGIN_SUCCESS')");
                try (ResultSet rs = s.executeQuery("SELECT audit_seal(100)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
        }
    }
}
