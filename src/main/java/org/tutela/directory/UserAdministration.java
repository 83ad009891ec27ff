package org.tutela.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
 * administrator role, given, moved or enabled again, wait for someone else's approval ({@link Grants}); taking
 * access away is immediate and ends the user's sessions, tokens and calendar feed in the same transaction. No
 * administrator changes their own account.
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
                   u.password_hash IS NOT NULL AS password_set, u.password_version,
                   -- SignInThrottle's account key: the SHA-256 of the (lower-case) username
                   (SELECT max(t.blocked_until) FROM sign_in_throttle t
                    WHERE t.account_key = sha256(convert_to(u.username, 'UTF8'))
                      AND t.blocked_until > now()) AS delayed_until,
                   g.id AS grant_id, g.role AS grant_role, g.organization_id AS grant_organization_id,
                   go.name AS grant_organization_name, g.after_password_reset, g.requested_at, g.approver
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
        PasswordLinks.Issued link = links.issue(admin, id);
        audit.record("CREATE", "USER", id);
        if (waits) {
            grants.request(admin, id, new Grants.Asked(user.role(), user.organizationId(), null), false);
        }
        return new WithLink(id, link);
    }

    /**
     * Applies a merge patch of role, organization and enabled state. Disabling, and a role that does not read
     * cases, take effect at once; a role that reads cases (given, moved to another organization, or given back by
     * enabling its holder: a disabled user reads nothing) and the administrator role wait for approval, and nothing
     * changes until then. Whatever takes effect ends the user's sessions, tokens and calendar feed, and any change
     * cancels a grant that was waiting.
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
        if (enabled && Grants.needsApproval(role, organization, current.enabled() ? current.role() : null,
                current.organizationId())) {
            grants.request(admin, id, new Grants.Asked(role, organization, null), false);
            return Outcome.PENDING;
        }
        accounts.setAccess(admin, id, role, organization, enabled);
        if (enabled && !current.enabled()) {
            // attempts while the user could not sign in failed whatever the password: they start over
            clearDelays(id);
        }
        audit.record("UPDATE", "USER", id);
        return Outcome.APPLIED;
    }

    /**
     * Makes the password unusable, ends the user's sessions, tokens and calendar feed, and gives a new one-time link
     * (the old one dies). Whoever holds the link could set the password, the resetting administrator included: so
     * an enabled user's role that reads cases is held back, and it, or the grant that was waiting, is asked again
     * with the resetter as its requester (who can then never approve it) and the approver told to confirm with the
     * user in person. A grant asked again keeps its approver. {@code expectedVersion}, when given, is the password
     * version the administrator saw: a form sent twice (a reload) resets once.
     */
    @Transactional
    WithLink resetPassword(CurrentUser admin, UUID id, Integer expectedVersion) {
        requireOther(admin, id);
        Current current = lock(id);
        if (expectedVersion != null && expectedVersion != current.passwordVersion()) {
            throw Refused.conflict("user.refused.resetTwice");
        }
        Optional<Grants.Asked> waiting = grants.cancelPending(admin, id);
        boolean suspends = current.enabled() && current.role() != null && Role.CASE_READERS.contains(current.role());
        jdbc.sql("UPDATE app_user SET password_hash = NULL, role = ? WHERE id = ?")
                .params(suspends ? null : Role.column(current.role()), id).update();
        accounts.endAccess(id);
        PasswordLinks.Issued link = links.issue(admin, id);
        audit.record("RESET_PASSWORD", "USER", id);
        Optional<Grants.Asked> again = suspends
                ? waiting.or(() -> Optional.of(new Grants.Asked(current.role(), current.organizationId(), null)))
                : waiting;
        again.ifPresent(asked -> grants.request(admin, id, asked, true));
        return new WithLink(id, link);
    }

    /**
     * Clears the user's sign-in delays from every address (not the administrator's own: nobody acts on their own
     * account here). Their sessions and tokens go on.
     */
    @Transactional
    void unlock(CurrentUser admin, UUID id) {
        requireOther(admin, id);
        clearDelays(id);
        audit.record("UNLOCK", "USER", id);
    }

    private void clearDelays(UUID id) {
        String username = jdbc.sql("SELECT username FROM app_user WHERE id = ?").param(id).query(String.class)
                .optional().orElseThrow(RecordNotFound::new);
        throttle.clear(username);
    }

    private record Current(Role role, UUID organizationId, boolean enabled, int passwordVersion) {
    }

    /** The user's row, locked against other changes to the user (not against rows that refer to it). */
    private Current lock(UUID id) {
        return jdbc.sql("""
                SELECT role, organization_id, enabled, password_version FROM app_user WHERE id = ?
                FOR NO KEY UPDATE""").param(id)
                .query((rs, n) -> new Current(Role.stored(rs.getString("role")),
                        rs.getObject("organization_id", UUID.class), rs.getBoolean("enabled"),
                        rs.getInt("password_version")))
                .optional().orElseThrow(RecordNotFound::new);
    }

    private void requireOther(CurrentUser admin, UUID id) {
        if (admin.id().equals(id)) {
            throw Refused.notAllowed("user.refused.own");
        }
    }

    private void requireOrganization(String field, UUID id) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE id = ?)").param(id).query(Boolean.class).single()) {
            throw new InvalidInput(field, "user.error.organizationUnknown");
        }
    }

    static UserAccount account(ResultSet rs, int row) throws SQLException {
        UserAccount.PendingGrant pending = rs.getObject("grant_id") == null ? null
                : new UserAccount.PendingGrant(rs.getObject("grant_id", UUID.class), Role.valueOf(rs.getString("grant_role")),
                        rs.getObject("grant_organization_id", UUID.class), rs.getString("grant_organization_name"),
                        rs.getBoolean("after_password_reset"), rs.getObject("requested_at", OffsetDateTime.class),
                        Grants.Approver.valueOf(rs.getString("approver")));
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.stored(rs.getString("role")), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), rs.getBoolean("enabled"), rs.getBoolean("password_set"),
                rs.getObject("delayed_until", OffsetDateTime.class), rs.getInt("password_version"), pending);
    }

    /** Keeps the language a user chose for their own pages; audited like any change to a user. */
    @Transactional
    public void chooseLanguage(CurrentUser me, String language) {
        accounts.setLanguage(me.id(), language);
        audit.record("CHOOSE_LANGUAGE", "USER", me.id());
    }
}
