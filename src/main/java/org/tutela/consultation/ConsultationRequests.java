package org.tutela.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.ContactMatcher;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.Messages;
import org.tutela.shared.PageOf;

/**
 * Requests for a BAS consultation: a CPI, case manager or supervisor asks the BAS about one of their cases, with a
 * reason from {@link ConsultationReason} and an optional short note; the request waits on the home page of the BAS of
 * the case's region until a BAS logs a consultation on the case, which answers it. A request carries no protected
 * contact value: the note is checked against the case's (C.1.1), and only the BAS and the case's workers read it.
 */
@Service
public class ConsultationRequests {

    /** The longest note: a line or two of context, not a case narrative. */
    public static final int NOTE_MAX = 300;

    /** How long an answered request stays on its requester's home page. */
    public static final int ANSWERED_SHOWN_DAYS = 30;

    private static final String SELECT = """
            SELECT r.id, r.case_id, c.case_number, r.reason, r.note, r.requested_by,
                   u.display_name AS requested_by_name, r.requested_at, r.consultation_id, r.answered_at,
                   b.display_name AS bas_name, k.consulted_on
            FROM consultation_request r JOIN case_file c ON c.id = r.case_id JOIN app_user u ON u.id = r.requested_by
                 LEFT JOIN consultation k ON k.id = r.consultation_id LEFT JOIN app_user b ON b.id = k.bas_user_id""";

    /** Open requests first, the longest waiting first; then answered ones, the latest answer first. */
    private static final String ORDER = " ORDER BY (r.answered_at IS NULL) DESC, "
            + "CASE WHEN r.answered_at IS NULL THEN r.requested_at END, r.answered_at DESC, r.id";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;

    ConsultationRequests(JdbcClient jdbc, CaseAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Asks the BAS for a consultation on a case the user may see (CPIs, case managers, supervisors). A rule broken is
     * an {@link InvalidInput} naming the field; nothing is saved. A case the user may not see is a missing one.
     */
    @Transactional
    public UUID request(CurrentUser user, UUID caseId, ConsultationRequestData data) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR)) {
            throw new AccessDeniedException("only child welfare professionals ask the BAS for a consultation");
        }
        access.requireViewCase(user, caseId);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (data == null || data.reason() == null) {
            errors.add(new InvalidInput.FieldError("reason", "consultationRequest.error.reason"));
        }
        String note = data == null || data.note() == null || data.note().isBlank() ? null : data.note().trim();
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(new InvalidInput.FieldError("note", "consultationRequest.error.noteLength", NOTE_MAX,
                    note.length()));
        } else if (note != null) {
            // the note reaches the BAS: none of the case's protected contact values (the writer sees them all, so the
            // refusal tells them nothing new)
            Set<ContactMatcher.Kind> found = access.contactGuard(caseId).find(note);
            if (!found.isEmpty()) {
                errors.add(new InvalidInput.FieldError("note", "consultationRequest.error.noteContact"));
            }
        }
        if (errors.isEmpty()) {
            open(caseId).ifPresent(asked -> errors.add(new InvalidInput.FieldError("reason",
                    "consultationRequest.error.alreadyAsked", new Messages.Day(asked.atZoneSameInstant(AgencyTime.ZONE)
                            .toLocalDate()))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO consultation_request (id, case_id, requested_by, reason, note) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(id, caseId, user.id(), data.reason().name(), note).update();
        if (inserted == 0) {
            // asked by someone else a moment ago (the one open request per case)
            throw new InvalidInput("reason", "consultationRequest.error.alreadyAsked", new Messages.Day(AgencyTime.today()));
        }
        audit.record("CREATE", "CONSULTATION_REQUEST", id);
        return id;
    }

    /** When the case's open request was made, if it has one. */
    private java.util.Optional<OffsetDateTime> open(UUID caseId) {
        return jdbc.sql("SELECT requested_at FROM consultation_request WHERE case_id = ? AND answered_at IS NULL")
                .param(caseId).query(OffsetDateTime.class).optional();
    }

    /** A consultation logged on a case answers the requests on it made before it was logged, in its transaction. */
    @EventListener
    void on(ConsultationLogged logged) {
        List<UUID> answered = jdbc.sql("""
                UPDATE consultation_request r SET consultation_id = k.id, answered_at = now()
                FROM consultation k
                WHERE k.id = ? AND r.case_id = k.case_id AND r.answered_at IS NULL AND r.requested_at <= k.created_at
                RETURNING r.id""").param(logged.consultationId()).query(UUID.class).list();
        answered.forEach(id -> audit.record("ANSWER", "CONSULTATION_REQUEST", id));
    }

    /** The number of a case the user may see, and its open request if it has one, for the request form. */
    @Transactional(readOnly = true)
    public CaseAsked caseAsked(CurrentUser user, UUID caseId) {
        requireReader(user);
        access.requireViewCase(user, caseId);
        String caseNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId)
                .query(String.class).single();
        java.util.Optional<ConsultationRequest> open = jdbc.sql(SELECT + " WHERE r.case_id = ? AND r.answered_at IS NULL")
                .param(caseId).query(ConsultationRequests::request).optional();
        return new CaseAsked(caseId, caseNumber, open.orElse(null));
    }

    /** A case's number and its open request for a consultation (null when it has none). */
    public record CaseAsked(UUID caseId, String caseNumber, ConsultationRequest open) {
    }

    /** One request, on a case the user may see. */
    @Transactional(readOnly = true)
    public ConsultationRequest get(CurrentUser user, UUID id) {
        requireReader(user);
        ConsultationRequest r = jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(ConsultationRequests::request)
                .optional().orElseThrow(org.tutela.shared.RecordNotFound::new);
        access.requireViewCase(user, r.caseId());
        return shown(access.notesAsShownTo(user), r);
    }

    /** The request with its note as its reader may see it ({@link CaseAccess#notesAsShownTo}). */
    private static ConsultationRequest shown(java.util.function.BiFunction<UUID, String, String> notes,
                                             ConsultationRequest r) {
        String note = notes.apply(r.caseId(), r.note());
        return java.util.Objects.equals(note, r.note()) ? r : new ConsultationRequest(r.id(), r.caseId(), r.caseNumber(),
                r.reason(), note, r.requestedById(), r.requestedByName(), r.requestedAt(), r.consultationId(),
                r.answeredAt(), r.basName(), r.consultedOn());
    }

    /**
     * Requests on the cases the user may see (for the BAS, those of their region): open ones first, the longest
     * waiting first, then answered ones; {@code open} true or false for only those, null for all.
     */
    @Transactional(readOnly = true)
    public PageOf<ConsultationRequest> list(CurrentUser user, Boolean open, int page, int size) {
        requireReader(user);
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        if (open != null) {
            where.append(open ? " AND r.answered_at IS NULL" : " AND r.answered_at IS NOT NULL");
        }
        long total = jdbc.sql("SELECT count(*) FROM consultation_request r JOIN case_file c ON c.id = r.case_id"
                + where).params(visible.params()).query(Long.class).single();
        java.util.function.BiFunction<UUID, String, String> notes = access.notesAsShownTo(user);
        List<ConsultationRequest> items = jdbc.sql(SELECT + where + ORDER + " LIMIT ? OFFSET ?")
                .params(visible.params()).params(size, (long) page * size).query(ConsultationRequests::request)
                .list().stream().map(r -> shown(notes, r)).toList();
        return new PageOf<>(items, page, size, total);
    }

    /** The open requests on these cases, those the user may see, by case. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, ConsultationRequest> openOn(CurrentUser user, java.util.Collection<UUID> caseIds) {
        requireReader(user);
        java.util.Map<UUID, ConsultationRequest> open = new java.util.LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return open;
        }
        SqlCondition visible = access.visibleCases(user, "c");
        java.util.function.BiFunction<UUID, String, String> notes = access.notesAsShownTo(user);
        jdbc.sql(SELECT + " WHERE " + visible.sql() + " AND r.answered_at IS NULL AND r.case_id = ANY(?::uuid[])")
                .params(visible.params()).param(caseIds.stream().map(UUID::toString).toArray(String[]::new)).query(ConsultationRequests::request)
                .list().forEach(r -> open.put(r.caseId(), shown(notes, r)));
        return open;
    }

    /**
     * The user's own requests on cases they may still see: the open ones, and those answered in the last
     * {@link #ANSWERED_SHOWN_DAYS} days; the latest news first (an answer, or a request just made).
     */
    @Transactional(readOnly = true)
    public List<ConsultationRequest> madeBy(CurrentUser user, int limit) {
        requireReader(user);
        SqlCondition visible = access.visibleCases(user, "c");
        return jdbc.sql(SELECT + " WHERE " + visible.sql() + " AND r.requested_by = ?"
                        + " AND (r.answered_at IS NULL OR r.answered_at > now() - make_interval(days => ?))"
                        + " ORDER BY coalesce(r.answered_at, r.requested_at) DESC, r.id LIMIT ?")
                .params(visible.params()).params(user.id(), ANSWERED_SHOWN_DAYS, limit)
                .query(ConsultationRequests::request).list();
    }

    private static void requireReader(CurrentUser user) {
        if (!Role.CASE_PRACTICE.contains(user.role())) {
            throw new AccessDeniedException("may not read requests for a consultation");
        }
    }

    static ConsultationRequest request(ResultSet rs, int n) throws SQLException {
        return new ConsultationRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), ConsultationReason.valueOf(rs.getString("reason")), rs.getString("note"),
                rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
                local(rs, "requested_at"), rs.getObject("consultation_id", UUID.class), local(rs, "answered_at"),
                rs.getString("bas_name"), rs.getObject("consulted_on", LocalDate.class));
    }

    private static OffsetDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(AgencyTime.ZONE).toOffsetDateTime();
    }
}
