package org.tutela.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.ProviderRecords;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.documents.Delivery;
import org.tutela.documents.Document;
import org.tutela.documents.DocumentOwner;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Documents;
import org.tutela.documents.Upload;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.SubmittedPeriods;
import org.tutela.shared.SubmittedPeriods.AmendmentReason;

/**
 * The meeting module's API (C.1.6, C.2.5.4): the provider's BAS and DV advocates record meetings, their attendees,
 * files, barriers and action items, and keep the leadership committee's roster; they and the region's contract
 * managers and program leaders read them ({@link ProviderRecords}).
 */
@Service
public class Meetings {

    static final String OWNER = "MEETING";
    /** A meeting as the STOP BAS report's amendments after submission name it. */
    public static final String RECORD_TYPE = "MEETING";

    /** The files a meeting keeps: its agenda, and the proof of attendance (C.2.5.4.2 to C.2.5.4.4). */
    public static final List<DocumentPurpose> PURPOSES = List.of(DocumentPurpose.AGENDA, DocumentPurpose.SIGN_IN_SHEET,
            DocumentPurpose.ONLINE_ROLL);

    private static final String SELECT = """
            SELECT m.id, m.provider_id, o.name AS provider_name, m.type, m.title, m.starts_at, m.length_minutes,
                   m.delivery, m.agenda, m.notes, m.version
            FROM meeting m JOIN organization o ON o.id = m.provider_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final Documents documents;
    private final ProviderRecords providers;
    private final CaseAccess access;
    private final SubmittedPeriods submitted;

    Meetings(JdbcClient jdbc, AuditTrail audit, InputValidation validation, Documents documents,
             ProviderRecords providers, CaseAccess access, SubmittedPeriods submitted) {
        this.access = access;
        this.submitted = submitted;
        this.jdbc = jdbc;
        this.audit = audit;
        this.validation = validation;
        this.documents = documents;
        this.providers = providers;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /**
     * The meetings the user may see that begin in [from, to] (days of the agency), soonest first: their attendees,
     * files and documentation, without their items (read one meeting at a time: {@link #get}).
     */
    @Transactional(readOnly = true)
    public List<Meeting> list(CurrentUser user, LocalDate from, LocalDate to) {
        SqlCondition v = providers.readable(user, "o");
        return complete(jdbc.sql(SELECT + " WHERE " + v.sql() + " AND m.starts_at >= ? AND m.starts_at < ?"
                        + " ORDER BY m.starts_at, m.id LIMIT 1000")
                .params(v.params()).params(start(from), start(to.plusDays(1))).query(Meetings::head).list(), false)
                .stream().map(m -> withItems(m, List.of())).toList();
    }

    /**
     * A meeting with its items as the user may see them: a survivor discussed (C.1.6.1) is shown to the center's
     * advocates, to its BAS only while the release that allowed it is live (each reading audited), to nobody else.
     */
    @Transactional
    public Meeting get(CurrentUser user, UUID id) {
        SqlCondition v = providers.readable(user, "o");
        Meeting m = complete(List.of(jdbc.sql(SELECT + " WHERE m.id = ? AND " + v.sql()).param(id).params(v.params())
                .query(Meetings::head).optional().orElseThrow(RecordNotFound::new)), true).get(0);
        List<UUID> releases = m.items().stream().filter(i -> i.kind() == ActionItemData.Kind.SURVIVOR)
                .map(Meeting.Item::releaseId).toList();
        if (releases.isEmpty()) {
            return m;
        }
        Set<UUID> shown = user.is(org.tutela.directory.Role.DV_ADVOCATE) ? Set.copyOf(releases)
                : user.is(org.tutela.directory.Role.BAS) ? access.liveReleases(m.providerId(), releases,
                CaseAccess.ReleaseScope.SURVIVOR_DISCUSSION) : Set.of();
        if (user.is(org.tutela.directory.Role.BAS)) {
            shown.forEach(access::readUnderRelease);
        }
        return withItems(m, m.items().stream().filter(i -> i.kind() != ActionItemData.Kind.SURVIVOR
                || shown.contains(i.releaseId())).toList());
    }

    private static Meeting withItems(Meeting m, List<Meeting.Item> items) {
        return new Meeting(m.id(), m.providerId(), m.providerName(), m.type(), m.title(), m.startsAt(),
                m.lengthMinutes(), m.delivery(), m.agenda(), m.notes(), m.version(), m.attendees(), m.documents(),
                items, m.carried(), m.held(), m.missing());
    }

    /**
     * The cadence of the user's provider (a contract manager's or program leader's: {@code providerId}, of their
     * region) over a period: which required meetings were held, are missing or still to come.
     */
    @Transactional(readOnly = true)
    public Cadence cadence(CurrentUser user, UUID providerId, LocalDate from, LocalDate to) {
        UUID provider = requireProvider(user, providerId);
        record Held(UUID id, MeetingType type, LocalDate day) {
        }
        // C.1.6.1: the period's weeks are those whose Monday is in it (a week across the period's end is the period's,
        // a week across its start the one before's), so that no week is counted twice or cut short
        LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(6);
        LocalDate readFrom = from.isBefore(firstMonday) ? from : firstMonday;
        LocalDate readTo = lastSunday.isAfter(to) ? lastSunday : to;
        OffsetDateTime now = OffsetDateTime.now();
        List<Held> held = jdbc.sql("""
                SELECT id, type, starts_at FROM meeting
                WHERE provider_id = ? AND starts_at >= ? AND starts_at < ?
                  AND starts_at + make_interval(mins => length_minutes) <= ?""")
                .params(provider, start(readFrom), start(readTo.plusDays(1)), now)
                .query((rs, n) -> new Held(rs.getObject("id", UUID.class), MeetingType.valueOf(rs.getString("type")),
                        rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(AgencyTime.ZONE)
                                .toLocalDate()))
                .list();
        LocalDate today = AgencyTime.today();
        List<Cadence.Requirement> requirements = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            List<LocalDate[]> periods = new ArrayList<>();
            if (type.cadence() == MeetingType.Cadence.WEEKLY) {
                for (LocalDate monday = firstMonday; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
                    periods.add(new LocalDate[] {monday, monday.plusDays(6)});
                }
            } else {
                periods.add(new LocalDate[] {from, to});
            }
            List<Cadence.Slot> slots = periods.stream().map(p -> {
                List<UUID> in = held.stream().filter(h -> h.type() == type && !h.day().isBefore(p[0])
                        && !h.day().isAfter(p[1])).map(Held::id).toList();
                Cadence.State state = !in.isEmpty() ? Cadence.State.HELD
                        : type.cadence() == MeetingType.Cadence.AS_HELD ? Cadence.State.NONE
                        : p[1].isBefore(today) ? Cadence.State.MISSING : Cadence.State.UPCOMING;
                return new Cadence.Slot(p[0], p[1], state, in);
            }).toList();
            requirements.add(new Cadence.Requirement(type, slots));
        }
        boolean closing = !today.isAfter(to) && !today.plusDays(Cadence.WARN_DAYS).isBefore(to);
        List<MeetingType> atRisk = closing ? requirements.stream()
                .filter(r -> r.type().cadence() == MeetingType.Cadence.QUARTERLY && r.held() == 0)
                .map(Cadence.Requirement::type).toList() : List.of();
        return new Cadence(from, to, requirements, atRisk);
    }

    /** The provider's leadership committee roster, active members first. */
    @Transactional(readOnly = true)
    public List<LeadershipMember> members(CurrentUser user, UUID providerId) {
        UUID provider = requireProvider(user, providerId);
        return jdbc.sql("""
                SELECT id, provider_id, name, organization, role, kind, active FROM leadership_member
                WHERE provider_id = ? ORDER BY active DESC, name""").param(provider)
                .query((rs, n) -> new LeadershipMember(rs.getObject("id", UUID.class),
                        rs.getObject("provider_id", UUID.class), rs.getString("name"), rs.getString("organization"),
                        rs.getString("role"), LeaderKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
                .list();
    }

    /** The providers whose records the user reads (their own; the region's DV centers for a contract manager). */
    @Transactional(readOnly = true)
    public List<Provider> providers(CurrentUser user) {
        SqlCondition v = providers.readable(user, "o");
        return jdbc.sql("SELECT o.id, o.name FROM organization o WHERE o.type = 'DV_CENTER' AND " + v.sql()
                        + " ORDER BY o.name").params(v.params())
                .query((rs, n) -> new Provider(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public record Provider(UUID id, String name) {
    }

    public boolean canKeep(CurrentUser user) {
        return providers.keptBy(user).isPresent();
    }

    // ---- writing ------------------------------------------------------------------------------------------

    @Transactional
    public UUID create(CurrentUser user, MeetingData data) {
        UUID provider = keeper(user);
        MeetingData d = check(data);
        requireNoSurvivorContact(user, provider, d);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO meeting (id, provider_id, type, title, starts_at, length_minutes, delivery, agenda, notes,
                                     created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, provider, d.type().name(), d.title(), d.startsAt(), d.lengthMinutes(), d.delivery().name(),
                        d.agenda(), d.notes(), user.id())
                .update();
        submitted.amend(provider, List.of(AgencyTime.day(d.startsAt())), SubmittedPeriods.Change.CREATE, RECORD_TYPE,
                id, null, data.amendmentReason(), user.id());
        audit.record("CREATE", "MEETING", id);
        return id;
    }

    @Transactional
    public void update(CurrentUser user, UUID id, MeetingData data, int version) {
        Meeting m = writable(user, id);
        MeetingData d = check(data);
        requireNoSurvivorContact(user, m.providerId(), d);
        submitted.amend(m.providerId(), List.of(AgencyTime.day(m.startsAt()), AgencyTime.day(d.startsAt())),
                SubmittedPeriods.Change.UPDATE, RECORD_TYPE, id, null, data.amendmentReason(), user.id());
        if (jdbc.sql("""
                UPDATE meeting SET type = ?, title = ?, starts_at = ?, length_minutes = ?, delivery = ?, agenda = ?,
                                   notes = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(d.type().name(), d.title(), d.startsAt(), d.lengthMinutes(), d.delivery().name(), d.agenda(),
                        d.notes(), id, version).update() == 0) {
            throw new EditConflict(false);
        }
        audit.record("UPDATE", "MEETING", id);
    }

    @Transactional
    public UUID addAttendee(CurrentUser user, UUID id, AttendeeData data) {
        validation.check(data);
        amending(user, id, data.amendmentReason());
        UUID attendeeId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO meeting_attendee (id, meeting_id, printed_name, title, organization, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(attendeeId, id, data.printedName().strip(), data.title().strip(),
                data.organization().strip(), user.id()).update();
        audit.record("CREATE", "MEETING_ATTENDEE", attendeeId);
        return attendeeId;
    }

    @Transactional
    public void removeAttendee(CurrentUser user, UUID id, UUID attendeeId, AmendmentReason reason) {
        amending(user, id, reason);
        if (jdbc.sql("DELETE FROM meeting_attendee WHERE id = ? AND meeting_id = ?").params(attendeeId, id)
                .update() == 0) {
            throw new RecordNotFound();
        }
        audit.record("DELETE", "MEETING_ATTENDEE", attendeeId);
    }

    @Transactional
    public UUID addDocument(CurrentUser user, UUID id, DocumentPurpose purpose, Upload upload, AmendmentReason reason) {
        Meeting m = writable(user, id);
        if (purpose == null || !PURPOSES.contains(purpose)) {
            throw new InvalidInput("purpose", "invalid.meeting.purpose");
        }
        if (upload == null) {
            throw new InvalidInput("file", "invalid.file.none");
        }
        amended(user, m, reason);
        return documents.store(user, OWNER, id, purpose, "file", upload);
    }

    /** A barrier or an action item raised at a weekly or leadership meeting (C.1.6.1, C.1.6.3). */
    @Transactional
    public UUID addItem(CurrentUser user, UUID id, ActionItemData data) {
        Meeting m = writable(user, id);
        validation.check(data);
        if (!m.type().recordsBarriers()) {
            throw new InvalidInput("kind", "invalid.meeting.noItems");
        }
        String owner = data.owner() == null || data.owner().isBlank() ? null : data.owner().strip();
        requireNoSurvivorContact(user, m.providerId(), Map.of("description", data.description(), "owner",
                owner == null ? "" : owner));
        if (data.kind() == ActionItemData.Kind.ACTION && (owner == null || data.dueOn() == null)) {
            throw new InvalidInput(owner == null ? "owner" : "dueOn", "invalid.meeting.actionOwnerDue");
        }
        boolean survivor = data.kind() == ActionItemData.Kind.SURVIVOR;
        // C.1.6.1: a survivor is discussed at the weekly meeting only under a live release of this center naming it
        if (survivor && m.type() != MeetingType.BAS_ADVOCATE_WEEKLY) {
            throw new InvalidInput("kind", "invalid.meeting.survivorWeekly");
        }
        if (survivor && (data.releaseId() == null || access.liveReleases(m.providerId(), List.of(data.releaseId()),
                CaseAccess.ReleaseScope.SURVIVOR_DISCUSSION).isEmpty())) {
            throw new InvalidInput("releaseId", "invalid.meeting.release");
        }
        UUID itemId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO meeting_item (id, meeting_id, kind, description, owner, due_on, status, created_by,
                                          release_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, id, data.kind().name(), data.description().strip(), owner,
                        data.kind() == ActionItemData.Kind.ACTION ? data.dueOn() : null,
                        data.kind() == ActionItemData.Kind.ACTION ? "OPEN" : null, user.id(),
                        survivor ? data.releaseId() : null)
                .update();
        audit.record("CREATE", "MEETING_ITEM", itemId);
        return itemId;
    }

    /** Marks an action item done or dropped (or open again); returns the meeting it was raised at. */
    @Transactional
    public UUID setStatus(CurrentUser user, UUID itemId, ActionStatus status) {
        UUID meetingId = jdbc.sql("SELECT meeting_id FROM meeting_item WHERE id = ? AND kind = 'ACTION'").param(itemId)
                .query(UUID.class).optional().orElseThrow(RecordNotFound::new);
        writable(user, meetingId);
        if (status == null) {
            throw new InvalidInput("status", "invalid.required");
        }
        jdbc.sql("UPDATE meeting_item SET status = ?, updated_by = ?, updated_at = now() WHERE id = ?")
                .params(status.name(), user.id(), itemId).update();
        audit.record("UPDATE", "MEETING_ITEM", itemId);
        return meetingId;
    }

    @Transactional
    public UUID addMember(CurrentUser user, MemberData data) {
        UUID provider = keeper(user);
        validation.check(data);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO leadership_member (id, provider_id, name, organization, role, kind, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, provider, data.name().strip(), data.organization().strip(),
                data.role().strip(), data.kind().name(), user.id()).update();
        audit.record("CREATE", "LEADERSHIP_MEMBER", id);
        return id;
    }

    /** A member leaves the committee (kept on the roster as former) or comes back. */
    @Transactional
    public void setActive(CurrentUser user, UUID memberId, boolean active) {
        UUID provider = keeper(user);
        if (jdbc.sql("UPDATE leadership_member SET active = ? WHERE id = ? AND provider_id = ?")
                .params(active, memberId, provider).update() == 0) {
            throw new RecordNotFound();
        }
        audit.record("UPDATE", "LEADERSHIP_MEMBER", memberId);
    }

    // ---- rules and rows -----------------------------------------------------------------------------------

    /** A meeting's files are read by those who read the meeting. */
    @org.springframework.stereotype.Component
    static class Files implements DocumentOwner {

        private final JdbcClient jdbc;
        private final ProviderRecords providers;

        Files(JdbcClient jdbc, ProviderRecords providers) {
            this.jdbc = jdbc;
            this.providers = providers;
        }

        @Override
        public String ownerType() {
            return OWNER;
        }

        @Override
        public void requireRead(CurrentUser user, UUID meetingId) {
            SqlCondition v = providers.readable(user, "o");
            if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting m JOIN organization o ON o.id = m.provider_id"
                    + " WHERE m.id = ? AND " + v.sql() + ")").param(meetingId).params(v.params()).query(Boolean.class)
                    .single()) {
                throw new RecordNotFound();
            }
        }
    }

    private UUID keeper(CurrentUser user) {
        return providers.keptBy(user).orElseThrow(
                () -> new AccessDeniedException("only the provider's BAS and advocates keep its meetings"));
    }

    private Meeting writable(CurrentUser user, UUID id) {
        keeper(user);
        return get(user, id);
    }

    /** A change to a meeting after its quarter's STOP BAS report was submitted needs a reason and is kept. */
    private void amending(CurrentUser user, UUID id, AmendmentReason reason) {
        amended(user, writable(user, id), reason);
    }

    /** {@link #amending} of a meeting already read. */
    private void amended(CurrentUser user, Meeting m, AmendmentReason reason) {
        submitted.amend(m.providerId(), List.of(AgencyTime.day(m.startsAt())), SubmittedPeriods.Change.UPDATE,
                RECORD_TYPE, m.id(), null, reason, user.id());
    }

    /** The provider asked for, when the user reads its records; their own when none is named. */
    private UUID requireProvider(CurrentUser user, UUID providerId) {
        List<Provider> readable = providers(user);
        if (providerId == null) {
            return providers.keptBy(user).or(() -> readable.size() == 1 ? java.util.Optional.of(readable.get(0).id())
                    : java.util.Optional.empty()).orElseThrow(() -> new InvalidInput("providerId",
                    "invalid.meeting.provider"));
        }
        return readable.stream().map(Provider::id).filter(providerId::equals).findFirst()
                .orElseThrow(RecordNotFound::new);
    }

    /**
     * A meeting's texts reach the center's BAS, and the region's contract managers and program leaders: an advocate,
     * who sees the referred survivors' contact details, may not write one of them there (C.1.6.1). Only an advocate's
     * texts are compared: a refusal tells them nothing they do not see already.
     */
    private void requireNoSurvivorContact(CurrentUser user, UUID providerId, Map<String, String> texts) {
        if (!user.is(Role.DV_ADVOCATE)) {
            return;
        }
        var guard = access.centerGuard(providerId);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        new java.util.TreeMap<>(texts).forEach((field, text) -> {
            var found = guard.find(text);
            if (!found.isEmpty()) {
                errors.add(new InvalidInput.FieldError(field, "invalid.meeting.survivorContact",
                        org.tutela.access.ContactMatcher.describe(found)));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void requireNoSurvivorContact(CurrentUser user, UUID providerId, MeetingData d) {
        requireNoSurvivorContact(user, providerId, Map.of("title", d.title(), "agenda", d.agenda(), "notes",
                d.notes() == null ? "" : d.notes()));
    }

    private MeetingData check(MeetingData data) {
        validation.check(data);
        if (!InputValidation.plausibleYear(data.startsAt().getYear())) {
            throw new InvalidInput("startsAt", InputValidation.DATE_RANGE);
        }
        return new MeetingData(data.type(), data.title().strip(), data.startsAt(), data.lengthMinutes(),
                data.delivery(), data.agenda().strip(), data.notes() == null || data.notes().isBlank() ? null
                : data.notes().strip());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(AgencyTime.ZONE).toOffsetDateTime();
    }

    private record Head(UUID id, UUID providerId, String providerName, MeetingType type, String title,
                        OffsetDateTime startsAt, int lengthMinutes, Delivery delivery, String agenda, String notes,
                        int version) {
    }

    private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"), MeetingType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getInt("length_minutes"),
                Delivery.valueOf(rs.getString("delivery")), rs.getString("agenda"), rs.getString("notes"),
                rs.getInt("version"));
    }

    private static Meeting.Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("status");
        return new Meeting.Item(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                ActionItemData.Kind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("owner"),
                rs.getObject("due_on", LocalDate.class), status == null ? null : ActionStatus.valueOf(status),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("release_id", UUID.class));
    }

    /** The meetings with their parts, one statement per part for the whole list. */
    private List<Meeting> complete(List<Head> heads, boolean withCarried) {
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.stream().map(Head::id).toArray(UUID[]::new);
        record Row<T>(UUID meetingId, T value) {
        }
        Map<UUID, List<Meeting.Attendee>> attendees = jdbc.sql("""
                SELECT id, meeting_id, printed_name, title, organization FROM meeting_attendee
                WHERE meeting_id = ANY (?) ORDER BY created_at, id""").param(ids)
                .query((rs, n) -> new Row<>(rs.getObject("meeting_id", UUID.class), new Meeting.Attendee(
                        rs.getObject("id", UUID.class), rs.getString("printed_name"), rs.getString("title"),
                        rs.getString("organization"))))
                .list().stream().collect(Collectors.groupingBy(Row::meetingId,
                        Collectors.mapping(Row::value, Collectors.toList())));
        Map<UUID, List<Meeting.Item>> items = jdbc.sql("""
                SELECT id, meeting_id, kind, description, owner, due_on, status, created_at, release_id
                FROM meeting_item WHERE meeting_id = ANY (?) ORDER BY created_at, id""").param(ids)
                .query(Meetings::item).list().stream().collect(Collectors.groupingBy(Meeting.Item::meetingId));
        Map<UUID, List<Document>> files = documents.of(OWNER, java.util.Arrays.asList(ids));
        OffsetDateTime now = OffsetDateTime.now();
        List<Meeting> meetings = new ArrayList<>();
        for (Head h : heads) {
            List<Document> kept = files.getOrDefault(h.id(), List.of());
            Set<DocumentPurpose> purposes = kept.stream().map(Document::purpose)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentPurpose.class)));
            List<Meeting.Missing> missing = new ArrayList<>();
            if (h.delivery().needsSignInSheet() && !purposes.contains(DocumentPurpose.SIGN_IN_SHEET)) {
                missing.add(Meeting.Missing.NO_SIGN_IN_SHEET);
            }
            if (h.delivery().needsOnlineRoll() && !purposes.contains(DocumentPurpose.ONLINE_ROLL)) {
                missing.add(Meeting.Missing.NO_ONLINE_ROLL);
            }
            // C.1.6.1: the open action items of the earlier meetings of its type come to this one
            List<Meeting.Item> carried = withCarried && h.type().recordsBarriers() ? jdbc.sql("""
                    SELECT i.id, i.meeting_id, i.kind, i.description, i.owner, i.due_on, i.status, i.created_at,
                           i.release_id
                    FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id
                    WHERE m.provider_id = ? AND m.type = ? AND m.starts_at < ? AND i.kind = 'ACTION'
                      AND i.status = 'OPEN' ORDER BY i.due_on, i.created_at""")
                    .params(h.providerId(), h.type().name(), h.startsAt()).query(Meetings::item).list() : List.of();
            meetings.add(new Meeting(h.id(), h.providerId(), h.providerName(), h.type(), h.title(), h.startsAt(),
                    h.lengthMinutes(), h.delivery(), h.agenda(), h.notes(), h.version(),
                    attendees.getOrDefault(h.id(), List.of()), kept, items.getOrDefault(h.id(), List.of()), carried,
                    !h.startsAt().plusMinutes(h.lengthMinutes()).isAfter(now), missing));
        }
        return meetings;
    }
}
