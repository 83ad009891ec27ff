package org.tutela.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.RecordNotFound;

/** Personal API tokens: shown once, stored as a SHA-256 hash, valid for at most 90 days, revocable. */
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
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Accounts accounts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    Issued issue(CurrentUser user, String name, int days) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        OffsetDateTime expiresAt = jdbc.sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, now(), now() + make_interval(days => ?)) RETURNING expires_at""")
                .params(id, user.id(), name, hash(token), days).query(OffsetDateTime.class).single();
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

    /** The user a live token belongs to. */
    Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT user_id FROM api_token
                WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > now()""")
                .param(hash(token)).query(UUID.class).optional()
                .flatMap(accounts::byId);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
