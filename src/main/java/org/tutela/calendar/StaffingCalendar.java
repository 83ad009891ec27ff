package org.tutela.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.BasWork;
import org.tutela.access.CaseAccess;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.caseload.Maltreatment;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.PageOf;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.SubmittedPeriods;

/**
 * The calendar module's API: staffings and hearings the BAS is asked to attend (C.1.3). CPIs, case managers and
 * supervisors request the BAS for an event of a case they can see; the BAS of the case's region attends or
 * declines before it starts and records attendance, with notes on the perpetrator's accountability, after it. Every
 * read goes through {@link CaseAccess}: an event of a case the user may not see is a missing one.
 */
@Service
public class StaffingCalendar {

    /** C.1.3: "Intimate Partner Violence Threatens Child" / "Household Violence Threatens Child". */
    private static final String IPV_CODES = Arrays.stream(Maltreatment.values()).filter(Maltreatment::violence)
            .map(m -> "'" + m.name() + "'").collect(Collectors.joining(", "));

    private static final String FROM = """
            FROM event e JOIN case_file c ON c.id = e.case_id JOIN app_user r ON r.id = e.requested_by
                 JOIN event_place sp ON sp.event_id = e.id
                 LEFT JOIN app_user b ON b.id = e.bas_user_id LEFT JOIN app_user pb ON pb.id = e.previous_bas_user_id""";

    private static final String SELECT = """
            SELECT e.id, e.case_id, c.case_number, e.type, e.starts_at, e.ends_at, e.place_id,
                   sp.place, sp.shown_place, sp.place_hold, e.requested_by,
                   r.display_name AS requested_by_name, e.requested_at, e.status, e.bas_user_id,
                   b.display_name AS bas_name, pb.display_name AS previous_bas_name, e.decision_reason, e.decided_at, e.attended, e.accountability_notes,
                   e.attendance_recorded_at, e.version,
                   EXISTS (SELECT 1 FROM case_maltreatment m WHERE m.case_id = e.case_id AND m.code IN (%s)) AS ipv_case,
                   EXISTS (SELECT 1 FROM monitoring mo WHERE mo.case_id = e.case_id AND mo.ended_on IS NULL)
                       AS monitored_case
            """.formatted(IPV_CODES) + FROM;

    /** The BAS calendar's order: cases with IPV maltreatments first (C.1.3), then by time. */
    private static final String IPV_FIRST = " ORDER BY ipv_case DESC, e.starts_at, e.id";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final EventPlaces places;
    private final BasWork basWork;
    private final SubmittedPeriods submitted;

    StaffingCalendar(JdbcClient jdbc, CaseAccess access, AuditTrail audit, InputValidation validation,
                     EventPlaces places, BasWork basWork, SubmittedPeriods submitted) {
        this.submitted = submitted;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.validation = validation;
        this.places = places;
        this.basWork = basWork;
    }

    /**
     * Requests the BAS for a staffing or hearing (CPI, case manager, supervisor) of a case the user can see. A rule
     * broken is an {@link InvalidInput} naming the field; nothing is saved.
     */
    @Transactional
    public UUID request(CurrentUser user, EventData data) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR)) {
            throw new AccessDeniedException("only child welfare professionals request the BAS");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>(violations(data));
        errors.addAll(EventRules.request(data, OffsetDateTime.now()));
        if (errors.isEmpty() && !access.checkViewCase(user, data.caseId())) {
            errors.add(new InvalidInput.FieldError("caseId", "invalid.event.unknownCase"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // C.1.1: the place reaches the BAS and the BAS's calendar feed: one of the region's meeting places, and not
        // one that holds a protected contact value of someone in the case
        places.requireUsable(data.caseId(), data.placeId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, data.caseId(), data.type().name(), data.startsAt(), data.endsAt(), data.placeId(),
                        user.id())
                .update();
        audit.record("CREATE", "EVENT", id);
        return id;
    }

    /**
     * Moves a staffing or hearing not yet begun to another meeting place (its requesters: CPIs, case managers,
     * supervisors of the case), for example when its place is held back from the BAS; without a place, withdraws the
     * place, which the BAS and the feeds then see as "to be confirmed" until one is chosen.
     */
    @Transactional
    public void changePlace(CurrentUser user, UUID id, UUID placeId, Integer expectedVersion, boolean precondition) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR)) {
            throw new AccessDeniedException("only child welfare professionals change an event's place");
        }
        Event event = get(user, id);
        if (expectedVersion != null && expectedVersion != event.version()) {
            throw new EditConflict(precondition);
        }
        if (!event.startsAt().isAfter(OffsetDateTime.now())) {
            throw new InvalidInput("placeId", "invalid.event.begunPlace");
        }
        if (placeId == null) {
            places.hold(id, PlaceHold.WITHDRAWN);
            return;
        }
        if (placeId.equals(event.placeId()) && !event.placeConfirmed()) {
            // a held place shown again would tell the BAS why it was held (someone moved away)
            throw new InvalidInput("placeId", "invalid.event.samePlace");
        }
        places.requireUsable(event.caseId(), placeId);
        int updated = jdbc.sql("""
                UPDATE event SET place_id = ?, place_hold = NULL, version = version + 1, updated_at = now()
                WHERE id = ? AND version = ?""").params(placeId, id, event.version()).update();
        if (updated == 0) {
            throw new EditConflict(precondition);
        }
        audit.record("UPDATE", "EVENT", id);
    }

    /**
     * The BAS attends or declines (with a reason) before the event starts; the last decision stands. Another BAS of
     * the region may replace a colleague's decision (continuity); the event then names both.
     */
    @Transactional
    public void decide(CurrentUser bas, UUID id, DecisionData data) {
        requireBas(bas);
        Event event = get(bas, id);
        UUID previous = basWork.actingFor(bas, BasWork.Kind.EVENT_ANSWER, event.basUserId()).orElse(null);
        List<InvalidInput.FieldError> errors = new ArrayList<>(violations(data));
        if (errors.isEmpty()) {
            errors.addAll(EventRules.decision(event, data, OffsetDateTime.now()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        EventStatus status = data.decision() == Decision.ATTEND ? EventStatus.ATTENDING : EventStatus.DECLINED;
        int updated = jdbc.sql("""
                UPDATE event SET status = ?, bas_user_id = ?, previous_bas_user_id = ?, decision_reason = ?,
                    decided_at = now(), version = version + 1, updated_at = now()
                WHERE id = ? AND version = ?""")
                .params(status.name(), bas.id(), previous, blankToNull(data.reason()), id, event.version()).update();
        if (updated == 0) {
            throw new EditConflict(false);
        }
        audit.record("UPDATE", "EVENT", id);
    }

    /** After the event the BAS records whether they attended, with notes on the perpetrator's accountability. */
    @Transactional
    public void recordAttendance(CurrentUser bas, UUID id, AttendanceData data) {
        requireBas(bas);
        Event event = get(bas, id);
        UUID previous = basWork.actingFor(bas, BasWork.Kind.EVENT_ANSWER, event.basUserId()).orElse(null);
        List<InvalidInput.FieldError> errors = new ArrayList<>(violations(data));
        if (errors.isEmpty()) {
            errors.addAll(EventRules.attendance(event, data, OffsetDateTime.now()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        EventStatus status = data.attended() ? EventStatus.ATTENDED : EventStatus.NOT_ATTENDED;
        int updated = jdbc.sql("""
                UPDATE event SET status = ?, bas_user_id = ?,
                    previous_bas_user_id = coalesce(?, previous_bas_user_id), attended = ?, accountability_notes = ?,
                    attendance_recorded_at = now(), version = version + 1, updated_at = now()
                WHERE id = ? AND version = ?""")
                .params(status.name(), bas.id(), previous, data.attended(), blankToNull(data.accountabilityNotes()),
                        id, event.version())
                .update();
        if (updated == 0) {
            throw new EditConflict(false);
        }
        // the report counts the staffings and hearings attended (C.1.3): one answered after submission is an amendment
        submitted.amend(bas.organizationId(), List.of(AgencyTime.day(event.startsAt())), SubmittedPeriods.Change.UPDATE,
                "EVENT", id, event.caseId(), data.amendmentReason(), bas.id());
        audit.record("UPDATE", "EVENT", id);
    }

    /** An event of a case the user may see (the BAS, and the case's CPIs, case managers and supervisors). */
    @Transactional(readOnly = true)
    public Event get(CurrentUser user, UUID id) {
        requireReader(user);
        Event event = jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(reader(user)).optional()
                .orElseThrow(RecordNotFound::new);
        access.requireViewCase(user, event.caseId());
        return event;
    }

    /** Events of the cases the user may see, those of cases with IPV maltreatments first, then by time. */
    @Transactional(readOnly = true)
    public PageOf<Event> list(CurrentUser user, EventFilter filter, int page, int size) {
        requireReader(user);
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        if (filter.caseId() != null) {
            where.append(" AND e.case_id = ?");
            params.add(filter.caseId());
        }
        if (filter.status() != null) {
            where.append(" AND e.status = ?");
            params.add(filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND e.ends_at > ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.starts_at < ?");
            params.add(filter.to());
        }
        long total = jdbc.sql("SELECT count(*) " + FROM + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Event> items = jdbc.sql(SELECT + where + IPV_FIRST + " LIMIT ? OFFSET ?").params(pageParams)
                .query(reader(user)).list();
        return new PageOf<>(items, page, size, total);
    }

    /** The BAS calendar: events of the region not over yet, IPV cases first. */
    @Transactional(readOnly = true)
    public List<Event> upcoming(CurrentUser bas) {
        requireBas(bas);
        return list(bas, new EventFilter(null, null, OffsetDateTime.now(), null), 0, PageOf.MAX_SIZE).items();
    }

    /**
     * Events of the cases the user may see that are not over, soonest first: in this status when given, requested by
     * the user when {@code mine}, starting before {@code until} when given; at most {@code limit}. The home pages'
     * requests awaiting an answer, answers and calendars.
     */
    @Transactional(readOnly = true)
    public List<Event> soonest(CurrentUser user, EventStatus status, boolean mine, OffsetDateTime until, int limit) {
        requireReader(user);
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql()).append(" AND e.ends_at > now()");
        List<Object> params = new ArrayList<>(visible.params());
        if (status != null) {
            where.append(" AND e.status = ?");
            params.add(status.name());
        }
        if (mine) {
            where.append(" AND e.requested_by = ?");
            params.add(user.id());
        }
        if (until != null) {
            where.append(" AND e.starts_at < ?");
            params.add(until);
        }
        params.add(limit);
        return jdbc.sql(SELECT + where + " ORDER BY e.starts_at, e.id LIMIT ?").params(params).query(reader(user))
                .list();
    }

    /** Events that are over, which the BAS attends or nobody has answered yet: their attendance is to record. */
    @Transactional(readOnly = true)
    public List<Event> awaitingAttendance(CurrentUser bas) {
        requireBas(bas);
        SqlCondition visible = access.visibleCases(bas, "c");
        return jdbc.sql(SELECT + " WHERE " + visible.sql() + """
                 AND e.ends_at <= now() AND (e.status = 'REQUESTED' OR (e.status = 'ATTENDING' AND e.bas_user_id = ?))
                ORDER BY e.starts_at DESC LIMIT 50""")
                .params(visible.params()).param(bas.id()).query(reader(bas)).list();
    }

    /**
     * The overlapping events on the BAS's calendar (open requests of the region and events the BAS attends, not
     * over yet), each pair with the one to attend: see {@link Conflict#between}.
     */
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(CurrentUser bas) {
        requireBas(bas);
        SqlCondition visible = access.visibleCases(bas, "c");
        List<Event> candidates = jdbc.sql(SELECT + " WHERE " + visible.sql() + """
                 AND e.ends_at > now() AND (e.status = 'REQUESTED' OR (e.status = 'ATTENDING' AND e.bas_user_id = ?))
                ORDER BY e.starts_at LIMIT 500""")
                .params(visible.params()).param(bas.id()).query(reader(bas)).list();
        return Conflict.among(candidates);
    }

    /** The number of a case the user may see, for the request form. */
    @Transactional(readOnly = true)
    public String caseNumber(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        return jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
    }

    /** The events of the BAS's ICS feed: those they attend or attended, from 90 days back. */
    List<Event> feedEvents(CurrentUser bas) {
        SqlCondition visible = access.visibleCases(bas, "c");
        return jdbc.sql(SELECT + " WHERE " + visible.sql() + """
                 AND e.bas_user_id = ? AND e.status IN ('ATTENDING', 'ATTENDED')
                 AND e.ends_at > now() - interval '90 days'
                ORDER BY e.starts_at LIMIT 1000""")
                .params(visible.params()).param(bas.id()).query(reader(bas)).list();
    }

    private <T> List<InvalidInput.FieldError> violations(T data) {
        return validation.violations(data);
    }

    static void requireBas(CurrentUser user) {
        if (user.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS answers requests and records attendance");
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!Role.CASE_PRACTICE.contains(user.role())) {
            throw new AccessDeniedException("may not read staffings and hearings");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(AgencyTime.ZONE).toOffsetDateTime();
    }

    /**
     * Reads events as this user may see them: the case's workers, who see the family's contact details, see the
     * meeting place whatever its state; everyone else sees it only once it may be shown (view event_place).
     */
    private RowMapper<Event> reader(CurrentUser user) {
        boolean insider = access.canViewProtectedContact(user, "SURVIVOR");
        return (rs, n) -> event(rs, insider);
    }

    static Event event(ResultSet rs, boolean insider) throws SQLException {
        String shown = rs.getString("shown_place");
        return new Event(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), EventType.valueOf(rs.getString("type")), local(rs, "starts_at"),
                // a held place's id would name it by another event's place: withheld with the place
                local(rs, "ends_at"), insider || shown != null ? rs.getObject("place_id", UUID.class) : null,
                insider ? rs.getString("place") : shown,
                shown != null, insider && rs.getString("place_hold") != null
                        ? PlaceHold.valueOf(rs.getString("place_hold")) : null, rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"), local(rs, "requested_at"),
                EventStatus.valueOf(rs.getString("status")), rs.getObject("bas_user_id", UUID.class),
                rs.getString("bas_name"), rs.getString("previous_bas_name"), rs.getString("decision_reason"),
                local(rs, "decided_at"),
                rs.getObject("attended", Boolean.class), rs.getString("accountability_notes"),
                local(rs, "attendance_recorded_at"), rs.getBoolean("ipv_case"), rs.getBoolean("monitored_case"),
                rs.getInt("version"));
    }
}
