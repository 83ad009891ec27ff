package org.tutela.directory;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.InvalidInput;

/**
 * One-time links to set a password, so that no administrator ever chooses or knows one: shown once, kept only as
 * a SHA-256 hash, valid 24 hours, used once; a new link for the user kills the one before.
 */
@Service
class PasswordLinks {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String PREFIX = "pw_";

    record Issued(String token, OffsetDateTime expiresAt) {
        /** The address to hand over, on the host and scheme the current request came in by. */
        String url() {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path("/account/password")
                    .queryParam("token", token).toUriString();
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PasswordLinks(JdbcClient jdbc, PasswordEncoder passwordEncoder, Accounts accounts, SignInThrottle throttle,
                  AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * A new link for the user, issued by {@code by}, in the caller's transaction; the user's earlier link no longer
     * works. The user's password version moves on, and {@code by} is recorded as who could hold the password set
     * with it until someone else confirms with the user that they set it themselves ({@link Grants}).
     */
    Issued issue(CurrentUser by, UUID userId) {
        jdbc.sql("UPDATE app_user SET password_version = password_version + 1, password_issued_by = ? WHERE id = ?")
                .params(by.id(), userId).update();
        String token = Secrets.create(PREFIX);
        OffsetDateTime expiresAt = jdbc.sql("""
                INSERT INTO password_link (user_id, token_hash, created_at, expires_at)
                VALUES (?, ?, now(), now() + interval '24 hours')
                ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at,
                                                    expires_at = excluded.expires_at
                RETURNING expires_at""")
                .params(userId, Secrets.hash(token)).query(OffsetDateTime.class).single();
        return new Issued(token, expiresAt);
    }

    /** The username of a live link; empty for an unknown, used or expired one alike. */
    @Transactional(readOnly = true)
    Optional<String> username(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.username FROM password_link l JOIN app_user u ON u.id = l.user_id
                WHERE l.token_hash = ? AND l.expires_at > now()""")
                .param(Secrets.hash(token)).query(String.class).optional();
    }

    /**
     * Sets the user's password and uses the link up. False, with nothing changed, for an unknown, used or expired
     * link alike. A password of the wrong length is refused before the link is touched. Whatever sessions or
     * tokens the user had end, and their sign-in delays are cleared.
     */
    @Transactional
    boolean redeem(String token, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInput("password", "invalid.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (!wellFormed(token)) {
            return false;
        }
        Optional<UUID> userId = jdbc.sql("""
                DELETE FROM password_link WHERE token_hash = ? AND expires_at > now() RETURNING user_id""")
                .param(Secrets.hash(token)).query(UUID.class).optional();
        if (userId.isEmpty()) {
            return false;
        }
        String username = jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ? RETURNING username")
                .params(passwordEncoder.encode(password), userId.get()).query(String.class).single();
        accounts.endAccess(userId.get());
        throttle.clear(username);
        audit.record("SET_PASSWORD", "USER", userId.get());
        return true;
    }

    private static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() <= 100;
    }
}
