package org.tutela.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * The region's meeting places, kept by its supervisors and administrators and read by those who request staffings and
 * hearings (CPIs, case managers, supervisors). The BAS sees a place only as the place of an event, once it has been
 * checked against that event's case by {@link EventPlaces}: a careless supervisor's "home visit at ..." place never
 * reaches the BAS as a bare list entry. Places typed on one case before the list existed are not the region's: they
 * are seen only through that case's events. A place's name and address stay as they are once an event uses it, so that
 * a change can neither rewrite what the BAS saw nor be used to probe a case's protected values.
 */
@Service
public class MeetingPlaces {

    private static final String SELECT = """
            SELECT id, region_id, kind, name, address, status, version FROM meeting_place""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InputValidation validation;

    MeetingPlaces(JdbcClient jdbc, AuditTrail audit, InputValidation validation) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validation = validation;
    }

    /** The places of the user's region, active ones first, then by name; retired ones only when asked. */
    @Transactional(readOnly = true)
    public List<MeetingPlace> list(CurrentUser user, boolean includeRetired) {
        requireReader(user);
        return jdbc.sql(SELECT + " WHERE region_id = ? AND case_id IS NULL"
                        + (includeRetired ? "" : " AND status = 'ACTIVE'")
                        + " ORDER BY CASE status WHEN 'ACTIVE' THEN 0 ELSE 1 END, lower(name)")
                .param(user.regionId()).query(MeetingPlaces::place).list();
    }

    /** How a place is used: by how many staffings and hearings in all, and by how many not over yet. */
    public record Usage(long events, long upcoming) {
    }

    /** The usage of the places of the user's region that any event uses. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Usage> usage(CurrentUser user) {
        requireKeeper(user);
        java.util.Map<UUID, Usage> usage = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT e.place_id, count(*) AS events,
                       count(*) FILTER (WHERE e.ends_at > now() AND e.status IN ('REQUESTED', 'ATTENDING')) AS upcoming
                FROM event e JOIN meeting_place p ON p.id = e.place_id
                WHERE p.region_id = ? AND p.case_id IS NULL GROUP BY e.place_id""").param(user.regionId())
                .query(rs -> {
                    usage.put(rs.getObject("place_id", UUID.class),
                            new Usage(rs.getLong("events"), rs.getLong("upcoming")));
                });
        return usage;
    }

    /** The places a new event may take place at. */
    @Transactional(readOnly = true)
    public List<MeetingPlace> active(CurrentUser user) {
        return list(user, false);
    }

    @Transactional(readOnly = true)
    public MeetingPlace get(CurrentUser user, UUID id) {
        requireReader(user);
        return jdbc.sql(SELECT + " WHERE id = ? AND region_id = ? AND case_id IS NULL").params(id, user.regionId())
                .query(MeetingPlaces::place).optional().orElseThrow(RecordNotFound::new);
    }

    /** Adds a place to the user's region (supervisors and administrators). */
    @Transactional
    public UUID create(CurrentUser user, MeetingPlaceData data) {
        requireKeeper(user);
        check(data);
        if (data.status() != null && data.status() != PlaceStatus.ACTIVE) {
            throw new InvalidInput("status", "invalid.place.newStatus");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO meeting_place (id, region_id, kind, name, address, status, created_by, updated_by)
                    VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
                    .params(id, user.regionId(), data.kind().name(), data.name().trim(), address(data), user.id(),
                            user.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "invalid.place.duplicate");
        }
        audit.record("CREATE", "MEETING_PLACE", id);
        return id;
    }

    /**
     * Changes a place: its status (retire it, or bring it back), and its kind, name and address as long as no event
     * uses it.
     */
    @Transactional
    public void update(CurrentUser user, UUID id, MeetingPlaceData data, Integer expectedVersion,
                       boolean precondition) {
        requireKeeper(user);
        MeetingPlace before = get(user, id);
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new EditConflict(precondition);
        }
        check(data);
        PlaceStatus status = data.status() == null ? before.status() : data.status();
        if (status == PlaceStatus.TYPED) {
            throw new InvalidInput("status", "invalid.place.status");
        }
        boolean rewritten = data.kind() != before.kind() || !data.name().trim().equals(before.name())
                || !java.util.Objects.equals(address(data), before.address());
        if (rewritten && jdbc.sql("SELECT EXISTS (SELECT 1 FROM event WHERE place_id = ?)").param(id)
                .query(Boolean.class).single()) {
            throw new InvalidInput("name", "invalid.place.inUse");
        }
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE meeting_place SET kind = ?, name = ?, address = ?, status = ?, updated_by = ?,
                        updated_at = now(), version = version + 1
                    WHERE id = ? AND version = ?""")
                    .params(data.kind().name(), data.name().trim(), address(data), status.name(), user.id(), id,
                            before.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "invalid.place.duplicate");
        }
        if (updated == 0) {
            throw new EditConflict(precondition);
        }
        audit.record("UPDATE", "MEETING_PLACE", id);
    }

    /** The place as written, for an edit form or a PATCH. */
    @Transactional(readOnly = true)
    public MeetingPlaceData data(CurrentUser user, UUID id) {
        requireKeeper(user);
        MeetingPlace p = get(user, id);
        return new MeetingPlaceData(p.kind(), p.name(), p.address(), p.status());
    }

    public static boolean canKeep(CurrentUser user) {
        return user.is(Role.SUPERVISOR, Role.ADMIN);
    }

    private void check(MeetingPlaceData data) {
        List<InvalidInput.FieldError> errors = new ArrayList<>(validation.violations(data));
        if (errors.isEmpty() && data.kind().hasAddress() && (data.address() == null || data.address().isBlank())) {
            errors.add(new InvalidInput.FieldError("address", "invalid.place.addressNeeded"));
        }
        if (errors.isEmpty() && !data.kind().hasAddress() && data.address() != null && !data.address().isBlank()) {
            errors.add(new InvalidInput.FieldError("address", "invalid.place.videoAddress"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String address(MeetingPlaceData data) {
        return data.address() == null || data.address().isBlank() ? null : data.address().trim();
    }

    private static void requireReader(CurrentUser user) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("may not read meeting places");
        }
    }

    private static void requireKeeper(CurrentUser user) {
        if (!canKeep(user)) {
            throw new AccessDeniedException("only supervisors and administrators keep the meeting places");
        }
    }

    static MeetingPlace place(ResultSet rs, int n) throws SQLException {
        return new MeetingPlace(rs.getObject("id", UUID.class), rs.getObject("region_id", UUID.class),
                PlaceKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("address"),
                PlaceStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
