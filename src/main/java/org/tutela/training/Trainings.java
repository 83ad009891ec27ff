package org.tutela.training;

import org.tutela.documents.Delivery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.tutela.access.ProviderRecords;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
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
 * The training module's API (C.1.2, C.2.5.4). The BAS plans a training of their provider (the DV center that employs
 * them), submits its materials and documents it; the contract manager of the provider's region approves or returns
 * the materials. The provider's BAS and DV advocates, and the region's contract managers and program leaders, read.
 */
@Service
public class Trainings {

    /** The owner type of a training's files in the documents module. */
    static final String OWNER = "TRAINING";
    /** A training as the STOP BAS report's amendments after submission name it. */
    public static final String RECORD_TYPE = "TRAINING";

    /** The files a training keeps (the agenda is made from the record, but one may also be uploaded). */
    public static final List<DocumentPurpose> PURPOSES = List.of(DocumentPurpose.TRAINING_MATERIALS,
            DocumentPurpose.AGENDA, DocumentPurpose.SIGN_IN_SHEET, DocumentPurpose.ONLINE_ROLL);

    private static final String SELECT = """
            SELECT t.id, t.provider_id, o.name AS provider_name, t.title, t.topics, t.other_topic, t.description,
                   t.objectives, t.starts_at, t.length_minutes, t.delivery, t.audience, t.status, t.first_submitted_at,
                   t.approved_at, t.version
            FROM training t JOIN organization o ON o.id = t.provider_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final Documents documents;

    private final ProviderRecords providers;
    private final SubmittedPeriods submitted;

    Trainings(JdbcClient jdbc, AuditTrail audit, InputValidation validation, Documents documents,
              ProviderRecords providers, SubmittedPeriods submitted) {
        this.providers = providers;
        this.submitted = submitted;
        this.jdbc = jdbc;
        this.audit = audit;
        this.validation = validation;
        this.documents = documents;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The trainings the user may see, from {@code from} on (all when null), soonest first. */
    @Transactional(readOnly = true)
    public List<Training> list(CurrentUser user, LocalDate from) {
        SqlCondition v = providers.readable(user, "o");
        OffsetDateTime since = from == null ? null : from.atStartOfDay(AgencyTime.ZONE).toOffsetDateTime();
        return complete(jdbc.sql(SELECT + " WHERE " + v.sql() + " AND (CAST(? AS timestamptz) IS NULL OR t.starts_at >= ?)"
                        + " ORDER BY t.starts_at, t.id LIMIT 500")
                .params(v.params()).params(since, since).query(Trainings::head).list());
    }

    @Transactional(readOnly = true)
    public Training get(CurrentUser user, UUID id) {
        SqlCondition v = providers.readable(user, "o");
        Head head = jdbc.sql(SELECT + " WHERE t.id = ? AND " + v.sql()).param(id).params(v.params())
                .query(Trainings::head).optional().orElseThrow(RecordNotFound::new);
        return complete(List.of(head)).get(0);
    }

    /** A provider's trainings that began in a period, for the report (the caller decides who may read it). */
    @Transactional(readOnly = true)
    public List<Training> heldBetween(UUID providerId, LocalDate from, LocalDate to) {
        return complete(jdbc.sql(SELECT + " WHERE t.provider_id = ? AND t.starts_at >= ? AND t.starts_at < ?"
                        + " ORDER BY t.starts_at, t.id")
                .params(providerId, from.atStartOfDay(AgencyTime.ZONE).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(AgencyTime.ZONE).toOffsetDateTime())
                .query(Trainings::head).list());
    }

    /** A training's files are read by those who read the training. */
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
        public void requireRead(CurrentUser user, UUID trainingId) {
            SqlCondition v = providers.readable(user, "o");
            if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM training t JOIN organization o ON o.id = t.provider_id"
                    + " WHERE t.id = ? AND " + v.sql() + ")").param(trainingId).params(v.params()).query(Boolean.class)
                    .single()) {
                throw new RecordNotFound();
            }
        }
    }

    public boolean canPlan(CurrentUser user) {
        return user.is(Role.BAS);
    }

    public boolean canReview(CurrentUser user) {
        return user.is(Role.CONTRACT_MANAGER);
    }

    // ---- the BAS's changes --------------------------------------------------------------------------------

    @Transactional
    public UUID create(CurrentUser bas, TrainingData data) {
        requireBas(bas);
        TrainingData d = check(data);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training (id, provider_id, title, topics, other_topic, description, objectives, starts_at,
                                      length_minutes, delivery, audience, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, bas.organizationId(), d.title(), topics(d), d.otherTopic(), d.description(), d.objectives(),
                        d.startsAt(), d.lengthMinutes(), d.delivery().name(), d.audience(), bas.id())
                .update();
        instructors(id, d);
        submitted.amend(bas.organizationId(), List.of(AgencyTime.day(d.startsAt())), SubmittedPeriods.Change.CREATE,
                RECORD_TYPE, id, null, data.amendmentReason(), bas.id());
        audit.record("CREATE", "TRAINING", id);
        return id;
    }

    /** Changes a training while its materials are not with the contract manager; {@code version} as read. */
    @Transactional
    public void update(CurrentUser bas, UUID id, TrainingData data, int version) {
        Training t = writable(bas, id);
        if (!t.editable()) {
            throw new InvalidInput("status", "invalid.training.notEditable");
        }
        TrainingData d = check(data);
        int changed = jdbc.sql("""
                UPDATE training SET title = ?, topics = ?, other_topic = ?, description = ?, objectives = ?,
                                    starts_at = ?, length_minutes = ?, delivery = ?, audience = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.title(), topics(d), d.otherTopic(), d.description(), d.objectives(), d.startsAt(),
                        d.lengthMinutes(), d.delivery().name(), d.audience(), id, version)
                .update();
        if (changed == 0) {
            throw new EditConflict(false);
        }
        jdbc.sql("DELETE FROM training_instructor WHERE training_id = ?").param(id).update();
        instructors(id, d);
        submitted.amend(t.providerId(), List.of(AgencyTime.day(t.startsAt()), AgencyTime.day(d.startsAt())),
                SubmittedPeriods.Change.UPDATE, RECORD_TYPE, id, null, data.amendmentReason(), bas.id());
        audit.record("UPDATE", "TRAINING", id);
    }

    /** Submits the materials to the contract manager (C.1.2); after the due date it is marked late. */
    @Transactional
    public void submit(CurrentUser bas, UUID id) {
        Training t = writable(bas, id);
        if (!t.editable()) {
            throw new InvalidInput("status", "invalid.training.notSubmittable");
        }
        if (!t.hasMaterials()) {
            throw new InvalidInput("file", "invalid.training.noMaterials");
        }
        boolean late = AgencyTime.today().isAfter(t.materialsDueOn());
        jdbc.sql("""
                UPDATE training SET status = 'SUBMITTED', first_submitted_at = coalesce(first_submitted_at, now()),
                                    version = version + 1 WHERE id = ?""").param(id).update();
        step(id, "SUBMITTED", null, late, bas);
        audit.record("SUBMIT", "TRAINING", id);
    }

    @Transactional
    public UUID addAttendee(CurrentUser bas, UUID id, AttendeeData data) {
        validation.check(data);
        amending(bas, id, data.amendmentReason());
        UUID attendeeId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_attendee (id, training_id, printed_name, title, organization, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(attendeeId, id, data.printedName().strip(), data.title().strip(), data.organization().strip(),
                        bas.id())
                .update();
        audit.record("CREATE", "TRAINING_ATTENDEE", attendeeId);
        return attendeeId;
    }

    /** Removes an attendee entered by mistake. */
    @Transactional
    public void removeAttendee(CurrentUser bas, UUID id, UUID attendeeId, AmendmentReason reason) {
        amending(bas, id, reason);
        if (jdbc.sql("DELETE FROM training_attendee WHERE id = ? AND training_id = ?").params(attendeeId, id)
                .update() == 0) {
            throw new RecordNotFound();
        }
        audit.record("DELETE", "TRAINING_ATTENDEE", attendeeId);
    }

    /** Keeps a file of the training; materials only while they may change (before submission or once returned). */
    @Transactional
    public UUID addDocument(CurrentUser bas, UUID id, DocumentPurpose purpose, Upload upload, AmendmentReason reason) {
        Training t = writable(bas, id);
        if (purpose == null || !PURPOSES.contains(purpose)) {
            throw new InvalidInput("purpose", "invalid.training.purpose");
        }
        if (purpose == DocumentPurpose.TRAINING_MATERIALS && !t.editable()) {
            throw new InvalidInput("purpose", "invalid.training.materialsFrozen");
        }
        if (upload == null) {
            throw new InvalidInput("file", "invalid.file.none");
        }
        amended(bas, t, reason);
        UUID documentId = documents.store(bas, OWNER, id, purpose, "file", upload);
        jdbc.sql("UPDATE training SET version = version + 1 WHERE id = ?").param(id).update();
        return documentId;
    }

    // ---- the contract manager's review --------------------------------------------------------------------

    @Transactional
    public void review(CurrentUser manager, UUID id, ReviewData data) {
        if (!canReview(manager)) {
            throw new AccessDeniedException("only a contract manager reviews training materials");
        }
        Training t = get(manager, id);
        validation.check(data);
        if (t.status() != TrainingStatus.SUBMITTED) {
            throw new InvalidInput("decision", "invalid.training.notSubmitted");
        }
        String comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        if (data.decision() == ReviewData.Decision.RETURNED && comment == null) {
            throw new InvalidInput("comment", "invalid.training.returnComment");
        }
        boolean approved = data.decision() == ReviewData.Decision.APPROVED;
        jdbc.sql("UPDATE training SET status = ?, approved_at = CASE WHEN ? THEN now() END, version = version + 1"
                + " WHERE id = ?").params(approved ? "APPROVED" : "RETURNED", approved, id).update();
        step(id, data.decision().name(), comment, false, manager);
        audit.record(approved ? "APPROVE" : "RETURN", "TRAINING", id);
    }

    // ---- rules and rows -----------------------------------------------------------------------------------


    private Training writable(CurrentUser bas, UUID id) {
        requireBas(bas);
        return get(bas, id);
    }

    /** A change to a training after its quarter's STOP BAS report was submitted needs a reason and is kept. */
    private void amending(CurrentUser bas, UUID id, AmendmentReason reason) {
        amended(bas, writable(bas, id), reason);
    }

    /** {@link #amending} of a training already read. */
    private void amended(CurrentUser bas, Training t, AmendmentReason reason) {
        submitted.amend(t.providerId(), List.of(AgencyTime.day(t.startsAt())), SubmittedPeriods.Change.UPDATE,
                RECORD_TYPE, t.id(), null, reason, bas.id());
    }

    private static void requireBas(CurrentUser user) {
        if (!user.is(Role.BAS)) {
            throw new AccessDeniedException("only the BAS plans and documents trainings");
        }
    }

    private TrainingData check(TrainingData data) {
        validation.check(data);
        boolean other = data.topics().contains(TrainingTopic.OTHER);
        String otherTopic = data.otherTopic() == null || data.otherTopic().isBlank() ? null : data.otherTopic().strip();
        if (other && otherTopic == null) {
            throw new InvalidInput("otherTopic", "invalid.training.otherTopic");
        }
        if (!InputValidation.plausibleYear(data.startsAt().getYear())) {
            throw new InvalidInput("startsAt", InputValidation.DATE_RANGE);
        }
        return new TrainingData(data.title().strip(), data.topics().stream().distinct().toList(),
                other ? otherTopic : null, data.description().strip(), data.objectives().strip(), data.startsAt(),
                data.lengthMinutes(), data.delivery(), data.instructors().stream()
                .map(i -> new Instructor(i.name().strip(), i.title().strip(), i.bipCoFacilitator())).toList(),
                data.audience().strip());
    }

    private static String[] topics(TrainingData d) {
        return d.topics().stream().map(Enum::name).toArray(String[]::new);
    }

    private void instructors(UUID id, TrainingData d) {
        for (int i = 0; i < d.instructors().size(); i++) {
            Instructor in = d.instructors().get(i);
            jdbc.sql("""
                    INSERT INTO training_instructor (training_id, position, name, title, bip_co_facilitator)
                    VALUES (?, ?, ?, ?, ?)""").params(id, i, in.name(), in.title(), in.bipCoFacilitator()).update();
        }
    }

    private void step(UUID id, String kind, String comment, boolean late, CurrentUser by) {
        jdbc.sql("INSERT INTO training_step (training_id, kind, comment, late, done_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, kind, comment, late, by.id()).update();
    }

    /** A training row, before its parts are read. */
    private record Head(UUID id, UUID providerId, String providerName, String title, List<TrainingTopic> topics,
                        String otherTopic, String description, String objectives, OffsetDateTime startsAt,
                        int lengthMinutes, Delivery delivery, String audience, TrainingStatus status,
                        OffsetDateTime firstSubmittedAt, OffsetDateTime approvedAt, int version) {
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        Array topics = rs.getArray("topics");
        return new Head(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"), rs.getString("title"),
                Arrays.stream((String[]) topics.getArray()).map(TrainingTopic::valueOf).toList(),
                rs.getString("other_topic"), rs.getString("description"), rs.getString("objectives"),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getInt("length_minutes"),
                Delivery.valueOf(rs.getString("delivery")), rs.getString("audience"),
                TrainingStatus.valueOf(rs.getString("status")), rs.getObject("first_submitted_at", OffsetDateTime.class),
                rs.getObject("approved_at", OffsetDateTime.class), rs.getInt("version"));
    }

    /** The trainings with their parts, read in one statement per part for the whole list, and the rules applied. */
    private List<Training> complete(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.stream().map(Head::id).toArray(UUID[]::new);
        record Row<T>(UUID trainingId, T value) {
        }
        Map<UUID, List<Instructor>> instructors = jdbc.sql("""
                SELECT training_id, name, title, bip_co_facilitator FROM training_instructor
                WHERE training_id = ANY (?) ORDER BY position""").param(ids)
                .query((rs, n) -> new Row<>(rs.getObject("training_id", UUID.class), new Instructor(
                        rs.getString("name"), rs.getString("title"), rs.getBoolean("bip_co_facilitator"))))
                .list().stream().collect(Collectors.groupingBy(Row::trainingId,
                        Collectors.mapping(Row::value, Collectors.toList())));
        Map<UUID, List<Training.Attendee>> attendees = jdbc.sql("""
                SELECT id, training_id, printed_name, title, organization FROM training_attendee
                WHERE training_id = ANY (?) ORDER BY created_at, id""").param(ids)
                .query((rs, n) -> new Row<>(rs.getObject("training_id", UUID.class), new Training.Attendee(
                        rs.getObject("id", UUID.class), rs.getString("printed_name"), rs.getString("title"),
                        rs.getString("organization"))))
                .list().stream().collect(Collectors.groupingBy(Row::trainingId,
                        Collectors.mapping(Row::value, Collectors.toList())));
        Map<UUID, List<Training.Step>> steps = jdbc.sql("""
                SELECT s.training_id, s.kind, s.comment, s.late, u.display_name, s.done_at
                FROM training_step s JOIN app_user u ON u.id = s.done_by
                WHERE s.training_id = ANY (?) ORDER BY s.id""").param(ids)
                .query((rs, n) -> new Row<>(rs.getObject("training_id", UUID.class), new Training.Step(
                        rs.getString("kind"), rs.getString("comment"), rs.getBoolean("late"),
                        rs.getString("display_name"), rs.getObject("done_at", OffsetDateTime.class))))
                .list().stream().collect(Collectors.groupingBy(Row::trainingId,
                        Collectors.mapping(Row::value, Collectors.toList())));
        Map<UUID, List<Document>> files = documents.of(OWNER, Arrays.asList(ids));
        LocalDate today = AgencyTime.today();
        OffsetDateTime now = OffsetDateTime.now();
        List<Training> trainings = new ArrayList<>();
        for (Head h : heads) {
            List<Training.Attendee> present = attendees.getOrDefault(h.id(), List.of());
            List<Document> kept = files.getOrDefault(h.id(), List.of());
            Set<DocumentPurpose> purposes = kept.stream().map(Document::purpose)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentPurpose.class)));
            TrainingRules.Facts facts = new TrainingRules.Facts(h.startsAt(), h.lengthMinutes(), h.delivery(),
                    h.status(), h.firstSubmittedAt(), h.approvedAt(), present.size(), purposes);
            trainings.add(new Training(h.id(), h.providerId(), h.providerName(), h.title(), h.topics(), h.otherTopic(),
                    h.description(), h.objectives(), h.startsAt(), h.lengthMinutes(), h.delivery(), h.audience(),
                    h.status(), h.firstSubmittedAt(), h.approvedAt(), h.version(),
                    instructors.getOrDefault(h.id(), List.of()), present, kept,
                    steps.getOrDefault(h.id(), List.of()), TrainingRules.materialsDueOn(h.startsAt()),
                    TrainingRules.materials(facts, today), TrainingRules.held(facts, now),
                    TrainingRules.exceptions(facts, today, now), TrainingRules.notCounted(facts, now)));
        }
        return trainings;
    }
}
