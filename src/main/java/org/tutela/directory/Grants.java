package org.tutela.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.Refused;

/**
 * Separation of duties (issue 7, finding 3): giving a user a role that reads cases (and with them survivors'
 * records), moving its holder to another organization, or making anyone an administrator, is asked for by an
 * administrator and takes effect only when someone else approves it: an enabled supervisor of the organization, or
 * a second administrator for the administrator role and where the organization has no supervisor who could. Nobody
 * decides on their own request or on a grant to themselves, and approving a grant whose user changed since it was
 * asked for is refused. Every request and decision is audited; an organization's supervisors see its grants.
 */
@Service
class Grants {

    enum Status { PENDING, APPROVED, REFUSED, CANCELLED }

    /** Who decides on a grant. */
    enum Approver { SUPERVISOR, ADMINISTRATOR }

    enum Decision { APPROVE, REFUSE }

    /**
     * A grant as its viewer sees it, with the sentence that says what the user will see once it is approved, and
     * why the viewer cannot decide on it ({@code null} when they can).
     */
    record View(UUID id, UUID userId, String username, String displayName, Role role, UUID organizationId,
                String organizationName, boolean afterPasswordReset, Role fromRole, UUID fromOrganizationId,
                String fromOrganizationName, UUID requestedById, String requestedBy, OffsetDateTime requestedAt,
                Status status, String decidedBy, OffsetDateTime decidedAt, String reason, Approver approver,
                String disclosure, String cannotDecide) {
        boolean decidable() {
            return cannotDecide == null;
        }
    }

    private static final String SELECT = """
            SELECT g.id, g.user_id, u.username, u.display_name, g.role, g.organization_id, o.name AS organization_name,
                   r.name AS region_name, g.after_password_reset, g.from_role, g.from_organization_id,
                   fo.name AS from_organization_name, g.requested_by AS requested_by_id, q.username AS requested_by,
                   g.requested_at, g.status, d.username AS decided_by, g.decided_at, g.reason,
                   EXISTS (SELECT 1 FROM app_user s WHERE s.organization_id = g.organization_id AND s.role = 'SUPERVISOR'
                           AND s.enabled AND s.id <> g.user_id AND s.id <> g.requested_by) AS supervised
            FROM user_grant g JOIN app_user u ON u.id = g.user_id
            JOIN organization o ON o.id = g.organization_id JOIN region r ON r.id = o.region_id
            JOIN organization fo ON fo.id = g.from_organization_id
            JOIN app_user q ON q.id = g.requested_by LEFT JOIN app_user d ON d.id = g.decided_by
            WHERE (? OR g.organization_id = ?)""";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final MessageSource messages;

    Grants(JdbcClient jdbc, Accounts accounts, AuditTrail audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Whether giving {@code role} in {@code organization} to a user who has {@code fromRole} (none: null) in
     * {@code fromOrganization} waits for approval.
     */
    static boolean needsApproval(Role role, UUID organization, Role fromRole, UUID fromOrganization) {
        if (role == Role.ADMIN) {
            return fromRole != Role.ADMIN;
        }
        return Role.CASE_READERS.contains(role) && (role != fromRole || !organization.equals(fromOrganization));
    }

    /** Records a pending grant; the user's role and organization stay as they are until it is approved. */
    UUID request(CurrentUser by, UUID userId, Role role, UUID organization, Role fromRole, UUID fromOrganization,
                 boolean afterPasswordReset) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO user_grant (id, user_id, role, organization_id, after_password_reset, from_role,
                                        from_organization_id, requested_by, requested_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), 'PENDING')""")
                .params(id, userId, role.name(), organization, afterPasswordReset,
                        Role.column(fromRole), fromOrganization, by.id())
                .update();
        audit.record("REQUEST", "USER_GRANT", id);
        return id;
    }

    /** Cancels the user's pending grant, if any: any change to the user makes it stale. */
    void cancelPending(CurrentUser by, UUID userId) {
        jdbc.sql("""
                UPDATE user_grant SET status = 'CANCELLED', decided_by = ?, decided_at = now()
                WHERE user_id = ? AND status = 'PENDING' RETURNING id""")
                .params(by.id(), userId).query(UUID.class).list()
                .forEach(id -> audit.record("CANCEL", "USER_GRANT", id));
    }

    /** Pending grants and those of the last 90 days: all of them for administrators, their organization's for supervisors. */
    @Transactional(readOnly = true)
    List<View> visibleTo(CurrentUser me) {
        return jdbc.sql(SELECT + """
                 AND (g.status = 'PENDING' OR g.requested_at > now() - interval '90 days')
                ORDER BY g.status = 'PENDING' DESC, g.requested_at DESC LIMIT 500""")
                .params(me.is(Role.ADMIN), me.is(Role.SUPERVISOR) ? me.organizationId() : null)
                .query((rs, n) -> view(me, rs)).list();
    }

    @Transactional(readOnly = true)
    View get(CurrentUser me, UUID id) {
        return find(me, id).orElseThrow(RecordNotFound::new);
    }

    /** How many grants wait for the user's decision. */
    @Transactional(readOnly = true)
    int awaiting(CurrentUser me) {
        return (int) visibleTo(me).stream().filter(g -> g.status() == Status.PENDING && g.decidable()).count();
    }

    /** Approves (the user's role and organization change, their sessions and tokens end) or refuses a grant. */
    @Transactional
    View decide(CurrentUser me, UUID id, Decision decision, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (decision == null) {
            throw new InvalidInput("decision", "must be APPROVE or REFUSE");
        }
        if (why != null && why.length() > 500) {
            throw new InvalidInput("reason", "must be at most 500 characters");
        }
        if (decision == Decision.REFUSE && why == null) {
            throw new InvalidInput("reason", "must say why the grant is refused");
        }
        UUID userId = jdbc.sql("SELECT user_id FROM user_grant WHERE id = ?").param(id).query(UUID.class).optional()
                .orElseThrow(RecordNotFound::new);
        // the user's row first, then the grant's: the order every change to a user takes
        jdbc.sql("SELECT id FROM app_user WHERE id = ? FOR UPDATE").param(userId).query(UUID.class).single();
        jdbc.sql("SELECT id FROM user_grant WHERE id = ? FOR UPDATE").param(id).query(UUID.class).single();
        View grant = get(me, id);
        if (!grant.decidable()) {
            throw grant.status() != Status.PENDING ? Refused.conflict(grant.cannotDecide())
                    : Refused.notAllowed(grant.cannotDecide());
        }
        if (decision == Decision.APPROVE) {
            boolean unchanged = jdbc.sql("""
                    SELECT enabled AND role IS NOT DISTINCT FROM CAST(? AS varchar) AND organization_id = ?
                    FROM app_user WHERE id = ?""")
                    .params(Role.column(grant.fromRole()), grant.fromOrganizationId(), userId)
                    .query(Boolean.class).single();
            if (!unchanged) {
                throw Refused.conflict("The user has changed since this grant was asked for: ask for it again.");
            }
            jdbc.sql("UPDATE app_user SET role = ?, organization_id = ? WHERE id = ?")
                    .params(grant.role().name(), grant.organizationId(), userId).update();
            accounts.endAccess(userId);
        }
        jdbc.sql("UPDATE user_grant SET status = ?, decided_by = ?, decided_at = now(), reason = ? WHERE id = ?")
                .params(decision == Decision.APPROVE ? Status.APPROVED.name() : Status.REFUSED.name(), me.id(), why, id)
                .update();
        audit.record(decision.name(), "USER_GRANT", id);
        return get(me, id);
    }

    private Optional<View> find(CurrentUser me, UUID id) {
        return jdbc.sql(SELECT + " AND g.id = ?")
                .params(me.is(Role.ADMIN), me.is(Role.SUPERVISOR) ? me.organizationId() : null, id)
                .query((rs, n) -> view(me, rs)).optional();
    }

    private View view(CurrentUser me, ResultSet rs) throws SQLException {
        Role role = Role.valueOf(rs.getString("role"));
        Approver approver = role != Role.ADMIN && rs.getBoolean("supervised") ? Approver.SUPERVISOR
                : Approver.ADMINISTRATOR;
        UUID userId = rs.getObject("user_id", UUID.class);
        UUID organizationId = rs.getObject("organization_id", UUID.class);
        UUID requestedById = rs.getObject("requested_by_id", UUID.class);
        Status status = Status.valueOf(rs.getString("status"));
        String organizationName = rs.getString("organization_name");
        String displayName = rs.getString("display_name");
        String disclosure = messages.getMessage("grant.sees." + role, new Object[] {displayName, organizationName,
                rs.getString("region_name")}, Locale.ENGLISH);
        String cannotDecide;
        if (status != Status.PENDING) {
            cannotDecide = "This grant is no longer pending.";
        } else if (me.id().equals(userId)) {
            cannotDecide = "Nobody decides on a grant to themselves.";
        } else if (me.id().equals(requestedById)) {
            cannotDecide = "Nobody decides on their own request: someone else must.";
        } else if (approver == Approver.SUPERVISOR
                && !(me.is(Role.SUPERVISOR) && me.organizationId().equals(organizationId))) {
            cannotDecide = "A supervisor of " + organizationName + " decides on this grant.";
        } else if (approver == Approver.ADMINISTRATOR && !me.is(Role.ADMIN)) {
            cannotDecide = "An administrator other than the one who asked decides on this grant.";
        } else {
            cannotDecide = null;
        }
        return new View(rs.getObject("id", UUID.class), userId, rs.getString("username"), displayName, role,
                organizationId, organizationName, rs.getBoolean("after_password_reset"),
                Role.stored(rs.getString("from_role")), rs.getObject("from_organization_id", UUID.class),
                rs.getString("from_organization_name"), requestedById, rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), status, rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"), approver, disclosure,
                cannotDecide);
    }
}
