package org.tutela.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.Refused;

/**
 * What administrators do to users: create them (without a password: the user gets a one-time link), change their
 * role, organization or state, reset their password, clear their sign-in delays. A role that reads cases and the
 * administrator role wait for someone else's approval ({@link Grants}); taking access away is immediate and ends
 * the user's sessions and tokens in the same transaction. No administrator changes their own account.
 */
@Service
class UserAdministration {

    /** A created user, or one whose password was reset, with the one-time link to hand over. */
    record WithLink(UUID userId, PasswordLinks.Issued link) {
    }

    /** A merge patch of a user: a {@code null} field stays as it is. */
    record Changes(Role role, UUID organizationId, Boolean enabled) {
    }

    /** What a change did: nothing, took effect, or waits for approval. */
    enum Outcome { UNCHANGED, APPLIED, PENDING }

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.role, u.organization_id, o.name AS organization_name, u.enabled,
                   u.password_hash IS NOT NULL AS password_set,
                   -- SignInThrottle's account key: the SHA-256 of the (lower-case) username
                   (SELECT max(t.blocked_until) FROM sign_in_throttle t
                    WHERE t.account_key = sha256(convert_to(u.username, 'UTF8'))
                      AND t.blocked_until > now()) AS delayed_until,
                   g.id AS grant_id, g.role AS grant_role, g.organization_id AS grant_organization_id,
                   go.name AS grant_organization_name, g.after_password_reset, g.requested_at
            FROM app_user u JOIN organization o ON o.id = u.organization_id
            LEFT JOIN user_grant g ON g.user_id = u.id AND g.status = 'PENDING'
            LEFT JOIN organization go ON go.id = g.organization_id""";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Grants grants;
    private final PasswordLinks links;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    UserAdministration(JdbcClient jdbc, Accounts accounts, Grants grants, PasswordLinks links, SignInThrottle throttle,
                       AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.grants = grants;
        this.links = links;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<UserAccount> accounts() {
        return jdbc.sql(SELECT + " ORDER BY u.username").query(UserAdministration::account).list();
    }

    @Transactional(readOnly = true)
    UserAccount account(UUID id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(UserAdministration::account).optional()
                .orElseThrow(RecordNotFound::new);
    }

    /** Creates the user without a role until a role that waits for approval is approved, and their first link. */
    @Transactional
    WithLink create(CurrentUser admin, NewUser user) {
        requireOrganization("organizationId", user.organizationId());
        UUID id = UUID.randomUUID();
        boolean waits = Grants.needsApproval(user.role(), user.organizationId(), null, user.organizationId());
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash)
                VALUES (?, ?, ?, ?, ?, NULL)""")
                .params(id, Accounts.normalize(user.username()), user.displayName().trim(),
                        waits ? null : user.role().name(), user.organizationId())
                .update();
        PasswordLinks.Issued link = links.issue(id);
        audit.record("CREATE", "USER", id);
        if (waits) {
            grants.request(admin, id, user.role(), user.organizationId(), null, user.organizationId(), false);
        }
        return new WithLink(id, link);
    }

    /**
     * Applies a merge patch of role, organization and enabled state. Disabling, and a role that does not read
     * cases, take effect at once; a role that reads cases (or a move to another organization with one) and the
     * administrator role wait for approval. Whatever takes effect ends the user's sessions and tokens, and any
     * change cancels a grant that was waiting.
     */
    @Transactional
    Outcome change(CurrentUser admin, UUID id, Changes changes) {
        requireOther(admin, id);
        Current current = lock(id);
        Role role = changes.role() != null ? changes.role() : current.role();
        UUID organization = changes.organizationId() != null ? changes.organizationId() : current.organizationId();
        boolean enabled = changes.enabled() != null ? changes.enabled() : current.enabled();
        if (!organization.equals(current.organizationId())) {
            requireOrganization("organizationId", organization);
        }
        boolean moves = role != current.role() || !organization.equals(current.organizationId());
        if (!moves && enabled == current.enabled()) {
            return Outcome.UNCHANGED;
        }
        grants.cancelPending(admin, id);
        boolean waits = moves && Grants.needsApproval(role, organization, current.role(), current.organizationId());
        boolean applied = enabled != current.enabled() || moves && !waits;
        if (applied) {
            jdbc.sql("UPDATE app_user SET enabled = ?, role = ?, organization_id = ? WHERE id = ?")
                    .params(enabled, Role.column(waits ? current.role() : role),
                            waits ? current.organizationId() : organization, id)
                    .update();
            accounts.endAccess(id);
            audit.record("UPDATE", "USER", id);
        }
        if (waits) {
            grants.request(admin, id, role, organization, current.role(), current.organizationId(), false);
            return Outcome.PENDING;
        }
        return Outcome.APPLIED;
    }

    /**
     * Makes the password unusable, ends the user's sessions and tokens, and gives a new one-time link (the old one
     * dies). Whoever holds the link could set the password, the administrator included: so a user whose role reads
     * cases gets it back only when a supervisor (or a second administrator) approves, once the user says they set
     * the password themselves. A grant that was already waiting (a new user's first role) goes on waiting.
     */
    @Transactional
    WithLink resetPassword(CurrentUser admin, UUID id) {
        requireOther(admin, id);
        Current current = lock(id);
        boolean suspends = current.role() != null && Role.CASE_READERS.contains(current.role());
        if (suspends) {
            grants.cancelPending(admin, id);
        }
        jdbc.sql("UPDATE app_user SET password_hash = NULL, role = ? WHERE id = ?")
                .params(suspends ? null : Role.column(current.role()), id).update();
        accounts.endAccess(id);
        PasswordLinks.Issued link = links.issue(id);
        audit.record("RESET_PASSWORD", "USER", id);
        if (suspends) {
            grants.request(admin, id, current.role(), current.organizationId(), null, current.organizationId(), true);
        }
        return new WithLink(id, link);
    }

    /** Clears the user's sign-in delays from every address. Their sessions and tokens go on. */
    @Transactional
    void unlock(UUID id) {
        String username = jdbc.sql("SELECT username FROM app_user WHERE id = ?").param(id).query(String.class)
                .optional().orElseThrow(RecordNotFound::new);
        throttle.clear(username);
        audit.record("UNLOCK", "USER", id);
    }

    private record Current(Role role, UUID organizationId, boolean enabled) {
    }

    private Current lock(UUID id) {
        return jdbc.sql("SELECT role, organization_id, enabled FROM app_user WHERE id = ? FOR UPDATE").param(id)
                .query((rs, n) -> new Current(Role.stored(rs.getString("role")),
                        rs.getObject("organization_id", UUID.class), rs.getBoolean("enabled")))
                .optional().orElseThrow(RecordNotFound::new);
    }

    private static void requireOther(CurrentUser admin, UUID id) {
        if (admin.id().equals(id)) {
            throw Refused.notAllowed("Nobody changes their own account here: ask another administrator.");
        }
    }

    private void requireOrganization(String field, UUID id) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE id = ?)").param(id).query(Boolean.class).single()) {
            throw new InvalidInput(field, "is not a known organization");
        }
    }

    static UserAccount account(ResultSet rs, int row) throws SQLException {
        UserAccount.PendingGrant pending = rs.getObject("grant_id") == null ? null
                : new UserAccount.PendingGrant(rs.getObject("grant_id", UUID.class), Role.valueOf(rs.getString("grant_role")),
                        rs.getObject("grant_organization_id", UUID.class), rs.getString("grant_organization_name"),
                        rs.getBoolean("after_password_reset"), rs.getObject("requested_at", OffsetDateTime.class));
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.stored(rs.getString("role")), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), rs.getBoolean("enabled"), rs.getBoolean("password_set"),
                rs.getObject("delayed_until", OffsetDateTime.class), pending);
    }
}
