package org.tutela.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.Messages;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.Refused;

/**
 * Separation of duties (issue 7, and its second review): giving a user a role that reads cases (and with them
 * survivors' records), moving its holder to another organization, enabling them again, or making anyone an
 * administrator, is asked for by an administrator and takes effect only when someone else approves it. Who may
 * approve is fixed when it is asked: an enabled supervisor of the organization, or a second administrator for the
 * administrator role and where the organization has no supervisor then. The grant keeps what the user was when it
 * was asked (role, organization, state, password version), and approving is refused once any of it changed. Nobody
 * decides on their own request, on a grant to themselves, or where they could hold the password of someone
 * involved: a decider who issued the user's or the requester's latest one-time link, or whose own password came
 * from a link that the requester or the user issued and that nobody has confirmed since. Every request and decision
 * is audited; an organization's supervisors see its grants.
 */
@Service
class Grants {

    enum Status { PENDING, APPROVED, REFUSED, CANCELLED }

    /** Who decides on a grant, fixed when it is asked. */
    enum Approver { SUPERVISOR, ADMINISTRATOR }

    enum Decision { APPROVE, REFUSE }

    /** What a grant gives, and who decides on it ({@code null} when asked anew: decided by who can now). */
    record Asked(Role role, UUID organizationId, Approver approver) {
    }

    /**
     * A grant as its viewer sees it: what the user will see once it is approved ({@code disclosure}), the case
     * assignments that end with a move ({@code endsAssignments}), what to confirm with the user first
     * ({@code confirmWithUser}), why the viewer cannot decide on it and why nobody can approve it any more
     * ({@code cannotDecide} and {@code cannotApprove}, {@code null} when they can).
     */
    record View(UUID id, UUID userId, String username, String displayName, Role role, UUID organizationId,
                String organizationName, boolean afterPasswordReset, Role fromRole, UUID fromOrganizationId,
                String fromOrganizationName, boolean fromEnabled, UUID requestedById, String requestedBy,
                OffsetDateTime requestedAt, Status status, String decidedBy, OffsetDateTime decidedAt, String reason,
                Approver approver, Messages.Text disclosure, String endsAssignments, Messages.Text confirmWithUser,
                Messages.Text cannotDecide, Messages.Text cannotApprove) {
        boolean decidable() {
            return cannotDecide == null;
        }
    }

    private static final String SELECT = """
            SELECT g.id, g.user_id, u.username, u.display_name, g.role, g.organization_id, o.name AS organization_name,
                   r.name AS region_name, g.after_password_reset, g.from_role, g.from_organization_id,
                   fo.name AS from_organization_name, g.from_enabled, g.requested_by AS requested_by_id,
                   q.username AS requested_by, g.requested_at, g.status, d.username AS decided_by, g.decided_at,
                   g.reason, g.approver, u.password_issued_by AS user_link_by, l.username AS user_link_by_name,
                   q.password_issued_by AS requester_link_by,
                   u.enabled = g.from_enabled AND u.role IS NOT DISTINCT FROM g.from_role
                     AND u.organization_id = g.from_organization_id
                     AND u.password_version = g.from_password_version AS user_unchanged,
                   q.enabled AND q.role = 'ADMIN' AS requester_admin, u.password_hash IS NOT NULL AS password_set,
                   -- the case assignments that a move ends: to cases of any other organization (UserMoved)
                   CASE WHEN g.status = 'PENDING' AND g.organization_id <> u.organization_id THEN (
                       SELECT string_agg(x.n || E'\t' || x.name, E'\n' ORDER BY x.name)
                       FROM (SELECT count(*) AS n, co.name FROM case_assignment a
                             JOIN case_file c ON c.id = a.case_id JOIN organization co ON co.id = c.organization_id
                             WHERE a.user_id = g.user_id AND c.organization_id <> g.organization_id
                             GROUP BY co.name) x)
                   END AS ending_assignments
            FROM user_grant g JOIN app_user u ON u.id = g.user_id
            JOIN organization o ON o.id = g.organization_id JOIN region r ON r.id = o.region_id
            JOIN organization fo ON fo.id = g.from_organization_id
            JOIN app_user q ON q.id = g.requested_by LEFT JOIN app_user d ON d.id = g.decided_by
            LEFT JOIN app_user l ON l.id = u.password_issued_by
            WHERE (? OR g.organization_id = ?)""";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    Grants(JdbcClient jdbc, Accounts accounts, SignInThrottle throttle, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Whether giving {@code role} in {@code organization} to a user who has {@code fromRole} (none, or disabled:
     * null) in {@code fromOrganization} waits for approval.
     */
    static boolean needsApproval(Role role, UUID organization, Role fromRole, UUID fromOrganization) {
        if (role == Role.ADMIN) {
            return fromRole != Role.ADMIN;
        }
        return Role.CASE_READERS.contains(role) && (role != fromRole || !organization.equals(fromOrganization));
    }

    /**
     * Records a pending grant, with the user as they are now (role, organization, state, password version) as what
     * approving it requires them still to be; nothing of the user changes until it is approved. The caller holds
     * the user's row lock and has cancelled the grant that waited, if any.
     */
    UUID request(CurrentUser by, UUID userId, Asked asked, boolean afterPasswordReset) {
        Approver approver = asked.approver() != null ? asked.approver()
                : approverNow(asked.role(), asked.organizationId(), userId, by.id());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO user_grant (id, user_id, role, organization_id, after_password_reset, from_role,
                                        from_organization_id, from_enabled, from_password_version, requested_by,
                                        requested_at, status, approver)
                SELECT ?, u.id, ?, ?, ?, u.role, u.organization_id, u.enabled, u.password_version, ?, now(),
                       'PENDING', ?
                FROM app_user u WHERE u.id = ?""")
                .params(id, asked.role().name(), asked.organizationId(), afterPasswordReset, by.id(), approver.name(),
                        userId)
                .update();
        audit.record("REQUEST", "USER_GRANT", id);
        return id;
    }

    /** Cancels the user's pending grant, if any (any change to the user makes it stale), and answers what it asked. */
    Optional<Asked> cancelPending(CurrentUser by, UUID userId) {
        record Cancelled(UUID id, Asked asked) {
        }
        Optional<Cancelled> cancelled = jdbc.sql("""
                UPDATE user_grant SET status = 'CANCELLED', decided_by = ?, decided_at = now()
                WHERE user_id = ? AND status = 'PENDING' RETURNING id, role, organization_id, approver""")
                .params(by.id(), userId)
                .query((rs, n) -> new Cancelled(rs.getObject("id", UUID.class),
                        new Asked(Role.valueOf(rs.getString("role")), rs.getObject("organization_id", UUID.class),
                                Approver.valueOf(rs.getString("approver")))))
                .optional();
        cancelled.ifPresent(c -> audit.record("CANCEL", "USER_GRANT", c.id()));
        return cancelled.map(Cancelled::asked);
    }

    /** Pending grants and those of the last 90 days: all of them for administrators, their organization's for supervisors. */
    @Transactional(readOnly = true)
    List<View> visibleTo(CurrentUser me) {
        UUID myLinkBy = linkBy(me);
        return jdbc.sql(SELECT + """
                 AND (g.status = 'PENDING' OR g.requested_at > now() - interval '90 days')
                ORDER BY g.status = 'PENDING' DESC, g.requested_at DESC LIMIT 500""")
                .params(me.is(Role.ADMIN), me.is(Role.SUPERVISOR) ? me.organizationId() : null)
                .query((rs, n) -> view(me, myLinkBy, rs)).list();
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

    /**
     * Approves (the user gets the grant's role and organization and is enabled, their sessions, tokens and calendar
     * feed end) or refuses a grant.
     */
    @Transactional
    View decide(CurrentUser me, UUID id, Decision decision, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (decision == null) {
            throw new InvalidInput("decision", "invalid.grant.decision");
        }
        if (why != null && why.length() > 500) {
            throw new InvalidInput("reason", "invalid.grant.reasonLength");
        }
        if (decision == Decision.REFUSE && why == null) {
            throw new InvalidInput("reason", "invalid.grant.reasonNeeded");
        }
        UUID userId = jdbc.sql("SELECT user_id FROM user_grant WHERE id = ?").param(id).query(UUID.class).optional()
                .orElseThrow(RecordNotFound::new);
        // the user's row first, then the grant's: the order every change to a user takes
        jdbc.sql("SELECT id FROM app_user WHERE id = ? FOR NO KEY UPDATE").param(userId).query(UUID.class).single();
        jdbc.sql("SELECT id FROM user_grant WHERE id = ? FOR UPDATE").param(id).query(UUID.class).single();
        View grant = get(me, id);
        if (!grant.decidable()) {
            throw grant.status() != Status.PENDING ? Refused.conflict("grant.refused", grant.cannotDecide())
                    : Refused.notAllowed("grant.refused", grant.cannotDecide());
        }
        if (decision == Decision.APPROVE) {
            if (grant.cannotApprove() != null) {
                throw Refused.conflict("grant.refused", grant.cannotApprove());
            }
            accounts.setAccess(me, userId, grant.role(), grant.organizationId(), true);
            // the approver was asked to confirm with the user that they set their password themselves
            jdbc.sql("UPDATE app_user SET password_issued_by = NULL WHERE id = ?").param(userId).update();
            // attempts while the user could not sign in failed whatever the password: they start over
            throttle.clear(grant.username());
        }
        jdbc.sql("UPDATE user_grant SET status = ?, decided_by = ?, decided_at = now(), reason = ? WHERE id = ?")
                .params(decision == Decision.APPROVE ? Status.APPROVED.name() : Status.REFUSED.name(), me.id(), why, id)
                .update();
        audit.record(decision.name(), "USER_GRANT", id);
        return get(me, id);
    }

    private Optional<View> find(CurrentUser me, UUID id) {
        UUID myLinkBy = linkBy(me);
        return jdbc.sql(SELECT + " AND g.id = ?")
                .params(me.is(Role.ADMIN), me.is(Role.SUPERVISOR) ? me.organizationId() : null, id)
                .query((rs, n) -> view(me, myLinkBy, rs)).optional();
    }

    /** Who decides on a grant asked now: a supervisor of the organization if one could, else an administrator. */
    private Approver approverNow(Role role, UUID organization, UUID userId, UUID requester) {
        boolean supervised = role != Role.ADMIN && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM app_user WHERE organization_id = ? AND role = 'SUPERVISOR' AND enabled
                                                      AND id <> ? AND id <> ?)""")
                .params(organization, userId, requester).query(Boolean.class).single();
        return supervised ? Approver.SUPERVISOR : Approver.ADMINISTRATOR;
    }

    /** The administrator who issued the user's latest link, while nobody has confirmed that the user set it. */
    private UUID linkBy(CurrentUser user) {
        return jdbc.sql("SELECT password_issued_by FROM app_user WHERE id = ?").param(user.id())
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional().orElse(null);
    }

    private View view(CurrentUser me, UUID myLinkBy, ResultSet rs) throws SQLException {
        Role role = Role.valueOf(rs.getString("role"));
        Approver approver = Approver.valueOf(rs.getString("approver"));
        UUID userId = rs.getObject("user_id", UUID.class);
        UUID organizationId = rs.getObject("organization_id", UUID.class);
        UUID requestedById = rs.getObject("requested_by_id", UUID.class);
        String requestedBy = rs.getString("requested_by");
        Status status = Status.valueOf(rs.getString("status"));
        String organizationName = rs.getString("organization_name");
        String displayName = rs.getString("display_name");
        boolean afterPasswordReset = rs.getBoolean("after_password_reset");
        UUID userLinkBy = rs.getObject("user_link_by", UUID.class);
        Messages.Text disclosure = new Messages.Text("grant.sees." + role, displayName, organizationName, rs.getString("region_name"));
        Messages.Text cannotDecide;
        if (status != Status.PENDING) {
            cannotDecide = new Messages.Text("grant.cannot.notPending");
        } else if (me.id().equals(userId)) {
            cannotDecide = new Messages.Text("grant.cannot.self");
        } else if (me.id().equals(requestedById)) {
            cannotDecide = new Messages.Text("grant.cannot.ownRequest");
        } else if (approver == Approver.SUPERVISOR
                && !(me.is(Role.SUPERVISOR) && me.organizationId().equals(organizationId))) {
            cannotDecide = new Messages.Text("grant.cannot.supervisorOf", organizationName);
        } else if (approver == Approver.ADMINISTRATOR && !me.is(Role.ADMIN)) {
            cannotDecide = new Messages.Text("grant.cannot.otherAdmin");
        } else if (me.id().equals(userLinkBy)) {
            cannotDecide = new Messages.Text("grant.cannot.linkHolder", rs.getString("username"));
        } else if (me.id().equals(rs.getObject("requester_link_by", UUID.class))) {
            cannotDecide = new Messages.Text("grant.cannot.requesterLink", requestedBy);
        } else if (myLinkBy != null && (myLinkBy.equals(requestedById) || myLinkBy.equals(userId))) {
            cannotDecide = new Messages.Text("grant.cannot.ownLink",
                    myLinkBy.equals(requestedById) ? requestedBy : rs.getString("username"));
        } else {
            cannotDecide = null;
        }
        Messages.Text cannotApprove = null;
        Messages.Text confirmWithUser = null;
        if (status == Status.PENDING) {
            if (!rs.getBoolean("user_unchanged")) {
                cannotApprove = new Messages.Text("grant.cannot.userChanged");
            } else if (!rs.getBoolean("requester_admin")) {
                cannotApprove = new Messages.Text("grant.cannot.requesterGone", requestedBy);
            } else if (!rs.getBoolean("password_set")) {
                // approved first, the link could still be used by whoever holds it
                cannotApprove = new Messages.Text("grant.cannot.noPassword", displayName);
            }
            if (afterPasswordReset) {
                confirmWithUser = new Messages.Text("approval.afterReset", displayName, requestedBy);
            } else if (userLinkBy != null) {
                confirmWithUser = new Messages.Text("approval.linkUnconfirmed", displayName, rs.getString("user_link_by_name"));
            }
        }
        return new View(rs.getObject("id", UUID.class), userId, rs.getString("username"), displayName, role,
                organizationId, organizationName, afterPasswordReset, Role.stored(rs.getString("from_role")),
                rs.getObject("from_organization_id", UUID.class), rs.getString("from_organization_name"),
                rs.getBoolean("from_enabled"), requestedById, requestedBy,
                rs.getObject("requested_at", OffsetDateTime.class),
                status, rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("reason"), approver, disclosure, endingAssignments(rs.getString("ending_assignments")),
                confirmWithUser, cannotDecide, cannotApprove);
    }

    /** "Their 2 case assignments at DCF ... end." for each organization, from "count TAB name" lines. */
    private String endingAssignments(String lines) {
        if (lines == null) {
            return null;
        }
        return lines.lines().map(line -> line.split("\t", 2))
                .map(part -> message("grant.assignmentsEnd", Integer.parseInt(part[0]), part[1]))
                .collect(Collectors.joining(" "));
    }

    private static String message(String key, Object... args) {
        return org.tutela.shared.Messages.text(key, args);
    }
}
