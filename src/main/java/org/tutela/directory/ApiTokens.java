package org.tutela.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.RecordNotFound;

/**
 * Personal API tokens: shown once, stored as a SHA-256 hash, valid for at most 90 days, revocable, and dead once
 * their user is disabled or their role, organization or password changes ({@link Accounts#endAccess}).
 */
@Service
class ApiTokens {

    static final int MAX_DAYS = 90;
    private static final String PREFIX = "tut_";

    record Issued(UUID id, String token, OffsetDateTime expiresAt) {
    }

    record TokenInfo(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                     OffsetDateTime revokedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A token for the user signed in with {@code signIn}: a change to the user since then makes it dead at once. */
    @Transactional
    Issued issue(CurrentUser user, SignIn signIn, String name, int days) {
        String token = Secrets.create(PREFIX);
        UUID id = UUID.randomUUID();
        OffsetDateTime expiresAt = jdbc.sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, created_at, expires_at, access_version)
                VALUES (?, ?, ?, ?, now(), now() + make_interval(days => ?), ?) RETURNING expires_at""")
                .params(id, user.id(), name, Secrets.hash(token), days, signIn.accessVersion())
                .query(OffsetDateTime.class).single();
        audit.record("CREATE", "API_TOKEN", id);
        return new Issued(id, token, expiresAt);
    }

    @Transactional(readOnly = true)
    List<TokenInfo> list(CurrentUser user) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_at, revoked_at FROM api_token
                WHERE user_id = ? ORDER BY created_at DESC""").param(user.id())
                .query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    @Transactional
    void revoke(CurrentUser user, UUID id) {
        int updated = jdbc.sql("""
                UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = ? AND user_id = ?""")
                .params(id, user.id()).update();
        if (updated == 0) {
            throw new RecordNotFound();
        }
        audit.record("REVOKE", "API_TOKEN", id);
    }

    /**
     * The user of a live token as they are now (role, organization, region), in one query: nobody when the token
     * is unknown, revoked or expired, or its user disabled, without a role, or changed since it was created.
     */
    Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + Accounts.USER_COLUMNS + " " + """
                FROM api_token t JOIN app_user u ON u.id = t.user_id JOIN organization o ON o.id = u.organization_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > now()
                  AND u.enabled AND u.role IS NOT NULL AND t.access_version = u.access_version""")
                .param(Secrets.hash(token)).query(Accounts::user).optional();
    }
}
