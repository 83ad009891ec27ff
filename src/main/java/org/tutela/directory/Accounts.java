package org.tutela.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads users for sign-in and keeps the count of failed attempts that locks an account. */
@Component
class Accounts {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final String LOCK_DURATION = "15 minutes";

    record Account(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
    }

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.role, u.organization_id, o.type AS organization_type,
                   o.region_id, u.password_hash, u.enabled,
                   (u.locked_until IS NOT NULL AND u.locked_until > now()) AS locked
            FROM app_user u JOIN organization o ON o.id = u.organization_id""";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ?").param(username.trim().toLowerCase())
                .query(Accounts::account).optional();
    }

    Optional<CurrentUser> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE u.id = ? AND u.enabled").param(id).query(Accounts::account).optional()
                .map(Account::user);
    }

    /** Counts a failed attempt; the fifth in a row locks the account. A lock that has run out starts over. */
    void recordFailure(UUID id) {
        jdbc.sql("""
                UPDATE app_user SET
                  failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
                                         ELSE failed_attempts + 1 END,
                  locked_until = CASE
                    WHEN locked_until IS NOT NULL AND locked_until > now() THEN locked_until
                    WHEN locked_until IS NULL AND failed_attempts + 1 >= ? THEN now() + CAST(? AS interval)
                    ELSE NULL END
                WHERE id = ?""")
                .params(MAX_FAILED_ATTEMPTS, LOCK_DURATION, id).update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND failed_attempts > 0")
                .param(id).update();
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        CurrentUser user = new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("organization_id", UUID.class), OrganizationType.valueOf(rs.getString("organization_type")),
                rs.getObject("region_id", UUID.class));
        return new Account(user, rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("locked"));
    }
}
