package org.tutela.directory;

import java.io.Serial;
import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Users as sign-in and every signed-in request see them: the role, organization, region and state they have now,
 * read by primary key. Also ends a user's sessions and tokens when their access changes.
 */
@Component
class Accounts {

    /** A user found by username for sign-in; {@code user} is empty while they have no role (awaiting approval). */
    record Account(UUID id, String passwordHash, boolean enabled, int accessVersion, Optional<CurrentUser> user) {
    }

    /** Failed sign-ins since the previous successful one, told to the user once at their next sign-in. */
    record Notice(int failures, OffsetDateTime lastFailureAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The columns {@link #user} reads, from {@code app_user u JOIN organization o}. */
    static final String USER_COLUMNS = """
            u.id, u.username, u.display_name, u.role, u.organization_id, o.type AS organization_type, o.region_id,
            u.language""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    static String normalize(String username) {
        if (username != null && !org.tutela.shared.PlainText.acceptable(username)) {
            return "(unreadable)"; // no account has it, so it answers like any unknown name
        }
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + ", u.password_hash, u.enabled, u.access_version "
                        + "FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE u.username = ?")
                .param(normalize(username))
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), rs.getInt("access_version"),
                        rs.getString("role") == null ? Optional.empty() : Optional.of(user(rs, n))))
                .optional();
    }

    /**
     * The user as they are now, if they may still be signed in with the access version their session or token
     * began with: enabled, with a role, and nothing changed since (role, organization, password).
     */
    Optional<CurrentUser> current(UUID id, int accessVersion) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user u JOIN organization o ON o.id = u.organization_id "
                        + "WHERE u.id = ? AND u.access_version = ? AND u.enabled AND u.role IS NOT NULL")
                .params(id, accessVersion).query(Accounts::user).optional();
    }

    void recordFailure(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = now() WHERE id = ?")
                .param(id).update();
    }

    /** Starts the count of failed sign-ins over, and answers what it was. */
    Notice signedIn(UUID id) {
        Notice notice = jdbc.sql("SELECT failed_sign_ins, last_failed_sign_in_at FROM app_user WHERE id = ? FOR UPDATE")
                .param(id).query((rs, n) -> new Notice(rs.getInt(1), rs.getObject(2, OffsetDateTime.class))).single();
        if (notice.failures() > 0) {
            jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, last_failed_sign_in_at = NULL WHERE id = ?").param(id)
                    .update();
        }
        return notice;
    }

    /**
     * Gives the user this role (none: null), organization and state, in the caller's transaction, and ends their
     * sessions, tokens and calendar feed. A move to another organization ends what they held at others
     * ({@link UserMoved}). The caller holds the user's row lock and has decided that the change may take effect.
     */
    void setAccess(CurrentUser by, UUID id, Role role, UUID organizationId, boolean enabled) {
        UUID from = jdbc.sql("SELECT organization_id FROM app_user WHERE id = ?").param(id).query(UUID.class).single();
        jdbc.sql("UPDATE app_user SET role = ?, organization_id = ?, enabled = ? WHERE id = ?")
                .params(Role.column(role), organizationId, enabled, id).update();
        if (!from.equals(organizationId)) {
            events.publishEvent(new UserMoved(id, organizationId, by));
        }
        endAccess(id);
    }

    /**
     * Ends every session, API token and calendar feed of the user, in the caller's transaction: their sessions'
     * rows are deleted, their tokens revoked, their access version raised so that a session or token begun before
     * is refused at its next request whatever else happened meanwhile, and {@link AccessWithdrawn} published.
     */
    void endAccess(UUID id) {
        String username = jdbc.sql("UPDATE app_user SET access_version = access_version + 1 WHERE id = ? RETURNING username")
                .param(id).query(String.class).single();
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL").param(id).update();
        events.publishEvent(new AccessWithdrawn(id));
    }

    static CurrentUser user(ResultSet rs, int row) throws SQLException {
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("organization_id", UUID.class), OrganizationType.valueOf(rs.getString("organization_type")),
                rs.getObject("region_id", UUID.class), rs.getString("language"));
    }

    /** Keeps the language the user chose for their pages (en, es, ht). */
    void setLanguage(UUID id, String language) {
        jdbc.sql("UPDATE app_user SET language = ? WHERE id = ?").params(language, id).update();
    }
}
