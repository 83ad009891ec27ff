package org.tutela.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.BasWork;
import org.tutela.access.CaseAccess;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.documents.Document;
import org.tutela.documents.DocumentOwner;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Documents;
import org.tutela.documents.Download;
import org.tutela.documents.Upload;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.SubmittedPeriods;
import org.tutela.shared.AgencyTime;

/**
 * The perpetrator's obligations under monitoring (C.1.5): record them, check compliance with evidence, follow up
 * firearm surrender with law enforcement and the court, and escalate what stays unresolved. BAS users write; the
 * child welfare professionals of the case read.
 */
@Service
public class Obligations {

    /** The owner type of a check's evidence in the documents module. */
    static final String EVIDENCE_OWNER = "COMPLIANCE_CHECK";

    private static final String SELECT = """
            SELECT o.id, o.monitoring_id, m.case_id, c.case_number, o.source, o.injunction_kind, o.issuer,
                   o.order_number, o.ordered_on, o.requirement, o.due_on, o.recurrence, o.status, o.firearm_outcome,
                   o.firearm_outcome_on, o.firearm_evidence, o.professional_documented, o.version
            FROM obligation o JOIN monitoring m ON m.id = o.monitoring_id JOIN case_file c ON c.id = m.case_id""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final ComplianceMonitoring monitoring;
    private final ComplianceProperties properties;
    private final BasWork basWork;
    private final Documents documents;
    private final SubmittedPeriods submitted;

    Obligations(JdbcClient jdbc, CaseAccess access, AuditTrail audit, InputValidation validation,
                ComplianceMonitoring monitoring, ComplianceProperties properties, BasWork basWork,
                Documents documents, SubmittedPeriods submitted) {
        this.submitted = submitted;
        this.basWork = basWork;
        this.documents = documents;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.validation = validation;
        this.monitoring = monitoring;
        this.properties = properties;
    }

    // ---- obligations --------------------------------------------------------------------------------------

    @Transactional
    public UUID add(CurrentUser bas, UUID monitoringId, ObligationData data) {
        requireBas(bas);
        Monitoring m = monitoring.get(bas, monitoringId);
        basWork.actingFor(bas, BasWork.Kind.MONITORING, m.startedById());
        if (!m.running()) {
            throw new InvalidInput("monitoringId", "invalid.obligation.monitoringEnded");
        }
        validate(data);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if ((data.source() == ObligationSource.INJUNCTION) != (data.injunctionKind() != null)) {
            errors.add(new InvalidInput.FieldError("injunctionKind", data.source() == ObligationSource.INJUNCTION
                    ? "invalid.obligation.injunctionKind" : "invalid.obligation.onlyInjunction"));
        }
        if (data.source() == ObligationSource.FIREARM_SURRENDER && data.dueOn() == null) {
            errors.add(new InvalidInput.FieldError("dueOn", "invalid.obligation.firearmDue"));
        }
        if (data.dueOn() != null && data.dueOn().isBefore(data.orderedOn())) {
            errors.add(new InvalidInput.FieldError("dueOn", "invalid.obligation.dueBeforeOrder"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO obligation (id, monitoring_id, source, injunction_kind, issuer, order_number, ordered_on,
                                        requirement, due_on, recurrence, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, monitoringId, data.source().name(),
                        data.injunctionKind() == null ? null : data.injunctionKind().name(), data.issuer().trim(),
                        blankToNull(data.orderNumber()), data.orderedOn(), data.requirement().trim(), data.dueOn(),
                        blankToNull(data.recurrence()), bas.id())
                .update();
        audit.record("CREATE", "OBLIGATION", id);
        return id;
    }

    @Transactional(readOnly = true)
    public Obligation get(CurrentUser user, UUID id) {
        Obligation o = head(id);
        access.requireViewCase(user, o.caseId());
        return details(access.notesAsShownTo(user), o);
    }

    @Transactional(readOnly = true)
    public List<Obligation> forMonitoring(CurrentUser user, UUID monitoringId) {
        monitoring.get(user, monitoringId);
        BiFunction<UUID, String, String> notes = access.notesAsShownTo(user);
        return jdbc.sql(SELECT + " WHERE o.monitoring_id = ? ORDER BY o.ordered_on, o.created_at").param(monitoringId)
                .query(this::obligation).list().stream().map(o -> details(notes, o)).toList();
    }

    /** The obligations of a case's perpetrators, for the timeline and the court brief. */
    @Transactional(readOnly = true)
    public List<Obligation> forCase(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        BiFunction<UUID, String, String> notes = access.notesAsShownTo(user);
        return jdbc.sql(SELECT + " WHERE m.case_id = ? ORDER BY o.ordered_on, o.created_at").param(caseId)
                .query(this::obligation).list().stream().map(o -> details(notes, o)).toList();
    }

    /**
     * The BIP obligations of a case's perpetrator under running monitoring (seed 000 C.1.5), the latest ordered first:
     * what a referral to a BIP provider links to, for those who may see the case.
     */
    @Transactional(readOnly = true)
    public List<Obligation> bipOrders(CurrentUser user, UUID caseId, UUID perpetratorId) {
        access.requireViewCase(user, caseId);
        return jdbc.sql(SELECT + " WHERE m.case_id = ? AND o.source = 'BIP' AND m.ended_on IS NULL"
                        + " AND (m.perpetrator_id = ? OR m.perpetrator_id IS NULL)"
                        + " ORDER BY o.ordered_on DESC, o.created_at DESC")
                .params(caseId, perpetratorId).query(this::obligation).list();
    }

    /**
     * A BIP provider's monthly report, as a compliance check of the perpetrator's BIP obligation (information source
     * {@code BIP_REPORT}, recorded by the provider's user who sent it): the bip module calls this once it has decided
     * the report is the provider's to send. The obligation is the one given, or else the perpetrator's latest BIP
     * obligation under running monitoring; nothing is recorded when there is none, or its monitoring has ended. Not
     * the BAS's own check, so it counts in no STOP BAS report. {@code latestMonth}: whether no report of a later month
     * was sent already (only then does its finding become the obligation's status).
     */
    @Transactional
    public Optional<UUID> checkFromBipReport(UUID obligationId, UUID caseId, UUID perpetratorId, UUID sentBy,
                                             LocalDate checkedOn, ObligationStatus finding, String note,
                                             boolean latestMonth) {
        Optional<UUID> target = jdbc.sql("""
                SELECT o.id FROM obligation o JOIN monitoring m ON m.id = o.monitoring_id
                WHERE o.source = 'BIP' AND m.ended_on IS NULL AND m.case_id = ?
                  AND (o.id = ? OR (CAST(? AS uuid) IS NULL AND (m.perpetrator_id = ? OR m.perpetrator_id IS NULL)))
                ORDER BY o.ordered_on DESC, o.created_at DESC LIMIT 1""")
                .params(caseId, obligationId, obligationId, perpetratorId).query(UUID.class).optional();
        target.ifPresent(id -> {
            Obligation o = head(id);
            UUID check = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO compliance_check (id, obligation_id, checked_on, information_source, finding, note,
                                                  created_by) VALUES (?, ?, ?, 'BIP_REPORT', ?, ?, ?)""")
                    .params(check, id, checkedOn, finding.name(), note, sentBy).update();
            // a late report of an earlier month is kept, but the status is the latest month's
            if (latestMonth && o.status() != finding) {
                jdbc.sql("""
                        INSERT INTO obligation_status_change (obligation_id, from_status, to_status, changed_on,
                                                              check_id, changed_by) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, o.status().name(), finding.name(), checkedOn, check, sentBy).update();
                jdbc.sql("UPDATE obligation SET status = ?, version = version + 1 WHERE id = ?")
                        .params(finding.name(), id).update();
            }
            audit.record("CREATE", "COMPLIANCE_CHECK", check);
        });
        return target;
    }

    // ---- compliance checks --------------------------------------------------------------------------------

    /** Records a check; its finding becomes the obligation's status, with the change kept in the history. */
    @Transactional
    public UUID check(CurrentUser bas, UUID obligationId, CheckData data, Optional<Upload> evidence) {
        requireBas(bas);
        Obligation o = get(bas, obligationId);
        actOnMonitoring(bas, o.monitoringId());
        validate(data);
        evidence.ifPresent(e -> documents.check("file", DocumentPurpose.EVIDENCE, e));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO compliance_check (id, obligation_id, checked_on, information_source, finding, note,
                                              created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, obligationId, data.checkedOn(), data.source().name(), data.finding().name(),
                        data.note().trim(), bas.id())
                .update();
        // the report counts the checks made in its period (C.1.5): one dated in a submitted quarter is an amendment
        submitted.amend(bas.organizationId(), List.of(data.checkedOn()), SubmittedPeriods.Change.CREATE,
                "COMPLIANCE_CHECK", id, o.caseId(), data.amendmentReason(), bas.id());
        evidence.ifPresent(e -> documents.store(bas, EVIDENCE_OWNER, id, DocumentPurpose.EVIDENCE, "file", e));
        if (o.status() != data.finding()) {
            jdbc.sql("""
                    INSERT INTO obligation_status_change (obligation_id, from_status, to_status, changed_on, check_id,
                                                          changed_by) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(obligationId, o.status().name(), data.finding().name(), data.checkedOn(), id, bas.id())
                    .update();
            jdbc.sql("UPDATE obligation SET status = ?, version = version + 1 WHERE id = ?")
                    .params(data.finding().name(), obligationId).update();
        }
        audit.record("CREATE", "COMPLIANCE_CHECK", id);
        return id;
    }

    /** The evidence attached to a check, read through the documents module (which audits the read). */
    @Transactional
    public Download attachment(CurrentUser user, UUID checkId) {
        Document evidence = documents.of(EVIDENCE_OWNER, checkId).stream().findFirst()
                .orElseThrow(RecordNotFound::new);
        return documents.read(user, evidence.id());
    }

    /** A check's evidence is read by those who read the check: the case practice roles who may see the case. */
    @org.springframework.stereotype.Component
    static class EvidenceOwner implements DocumentOwner {

        private final JdbcClient jdbc;
        private final CaseAccess access;

        EvidenceOwner(JdbcClient jdbc, CaseAccess access) {
            this.jdbc = jdbc;
            this.access = access;
        }

        @Override
        public String ownerType() {
            return EVIDENCE_OWNER;
        }

        @Override
        public void requireRead(CurrentUser user, UUID checkId) {
            UUID caseId = jdbc.sql("""
                    SELECT m.case_id FROM compliance_check k JOIN obligation o ON o.id = k.obligation_id
                    JOIN monitoring m ON m.id = o.monitoring_id WHERE k.id = ?""").param(checkId)
                    .query(UUID.class).optional().orElseThrow(RecordNotFound::new);
            if (!Role.CASE_PRACTICE.contains(user.role())) {
                throw new RecordNotFound();
            }
            access.requireViewCase(user, caseId);
        }
    }

    // ---- firearm surrender follow-up ----------------------------------------------------------------------

    @Transactional
    public UUID addContact(CurrentUser bas, UUID obligationId, FirearmContactData data) {
        requireFirearm(bas, obligationId);
        validate(data);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO firearm_contact (id, obligation_id, contacted_on, party, agency, contact_name, outcome,
                                             created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, obligationId, data.contactedOn(), data.party().name(), data.agency().trim(),
                        data.contactName().trim(), data.outcome().trim(), bas.id())
                .update();
        audit.record("CREATE", "FIREARM_CONTACT", id);
        return id;
    }

    @Transactional
    public void recordOutcome(CurrentUser bas, UUID obligationId, FirearmOutcomeData data) {
        requireFirearm(bas, obligationId);
        validate(data);
        if (data.outcome() == FirearmOutcome.SURRENDERED && (data.evidence() == null || data.evidence().isBlank())) {
            throw new InvalidInput("evidence", "invalid.firearm.surrenderEvidence");
        }
        if (data.outcome() == FirearmOutcome.NO_FIREARMS_REPORTED
                && (data.evidence() == null || data.evidence().isBlank())) {
            throw new InvalidInput("evidence", "invalid.firearm.noFirearmsEvidence");
        }
        jdbc.sql("""
                UPDATE obligation SET firearm_outcome = ?, firearm_outcome_on = ?, firearm_evidence = ?,
                       professional_documented = ?, version = version + 1 WHERE id = ?""")
                .params(data.outcome().name(), data.confirmedOn(), blankToNull(data.evidence()),
                        data.professionalDocumented(), obligationId)
                .update();
        audit.record("UPDATE", "OBLIGATION", obligationId);
    }

    @Transactional
    public UUID escalate(CurrentUser bas, UUID obligationId, EscalationData data) {
        requireFirearm(bas, obligationId);
        validate(data);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO escalation (id, obligation_id, escalated_on, channel, escalated_to, concern, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, obligationId, data.escalatedOn(), data.channel().trim(), data.escalatedTo().trim(),
                        data.concern().trim(), bas.id())
                .update();
        audit.record("CREATE", "ESCALATION", id);
        return id;
    }

    @Transactional
    public UUID respond(CurrentUser bas, UUID escalationId, EscalationResponse data) {
        requireBas(bas);
        UUID obligationId = jdbc.sql("SELECT obligation_id FROM escalation WHERE id = ?").param(escalationId)
                .query(UUID.class).optional().orElseThrow(RecordNotFound::new);
        actOnMonitoring(bas, get(bas, obligationId).monitoringId());
        validate(data);
        jdbc.sql("""
                UPDATE escalation SET response = ?, responded_on = ?, resolved = ?, version = version + 1
                WHERE id = ?""").params(data.response().trim(), data.respondedOn(), data.resolved(), escalationId)
                .update();
        audit.record("UPDATE", "ESCALATION", escalationId);
        return obligationId;
    }

    /** Firearm follow-ups on the cases the user may see, overdue first; only the overdue ones when asked. */
    @Transactional(readOnly = true)
    public List<FirearmFollowUps.Item> firearmFollowUps(CurrentUser user, boolean overdueOnly, UUID caseId) {
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder sql = new StringBuilder("""
                SELECT o.id, m.case_id, c.case_number, p.first_name || ' ' || p.last_name AS perpetrator_name, o.issuer,
                       o.order_number, o.due_on, o.firearm_outcome,
                       o.firearm_outcome_on,
                       (SELECT e.resolved FROM escalation e WHERE e.obligation_id = o.id
                        ORDER BY e.escalated_on DESC, e.created_at DESC LIMIT 1) AS latest_resolved,
                       (SELECT e.responded_on FROM escalation e WHERE e.obligation_id = o.id
                        ORDER BY e.escalated_on DESC, e.created_at DESC LIMIT 1) AS latest_response_on,
                       (SELECT count(*) FROM firearm_contact f WHERE f.obligation_id = o.id) AS contacts,
                       (SELECT count(*) FROM escalation e WHERE e.obligation_id = o.id) AS escalations,
                       (SELECT count(*) FROM firearm_worker_contact w WHERE w.obligation_id = o.id) AS worker_contacts,
                       (SELECT w.outcome FROM firearm_worker_contact w WHERE w.obligation_id = o.id
                        ORDER BY w.contacted_on DESC, w.created_at DESC LIMIT 1) AS worker_outcome
                FROM obligation o JOIN monitoring m ON m.id = o.monitoring_id JOIN case_file c ON c.id = m.case_id
                     LEFT JOIN person p ON p.id = m.perpetrator_id
                WHERE o.source = 'FIREARM_SURRENDER'""").append(" AND ").append(visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        if (caseId != null) {
            sql.append(" AND m.case_id = ?");
            params.add(caseId);
        }
        LocalDate today = AgencyTime.today();
        int grace = properties.firearmGraceDays();
        List<FirearmFollowUps.Item> items = jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            FirearmOutcome outcome = rs.getString("firearm_outcome") == null ? null
                    : FirearmOutcome.valueOf(rs.getString("firearm_outcome"));
            boolean resolved = FirearmFollowUps.resolved(outcome, rs.getObject("firearm_outcome_on", LocalDate.class),
                    (Boolean) rs.getObject("latest_resolved"), rs.getObject("latest_response_on", LocalDate.class));
            return new FirearmFollowUps.Item(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                    rs.getString("case_number"), rs.getString("perpetrator_name"), rs.getString("issuer"),
                    rs.getString("order_number"), due, FirearmFollowUps.overdueAfter(due, grace), outcome, resolved,
                    FirearmFollowUps.overdue(due, grace, resolved, today), rs.getInt("contacts"),
                    rs.getInt("escalations"), rs.getInt("worker_contacts"),
                    rs.getString("worker_outcome") == null ? null
                            : WorkerContactOutcome.valueOf(rs.getString("worker_outcome")));
        }).list();
        return items.stream().filter(i -> !overdueOnly || i.overdue())
                .sorted(Comparator.comparing(FirearmFollowUps.Item::overdue).reversed()
                        .thenComparing(FirearmFollowUps.Item::dueOn))
                .toList();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    private Obligation head(UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(this::obligation).optional()
                .orElseThrow(RecordNotFound::new);
    }

    private Obligation obligation(ResultSet rs, int n) throws SQLException {
        ObligationSource source = ObligationSource.valueOf(rs.getString("source"));
        Obligation.FirearmFollowUp firearm = null;
        if (source == ObligationSource.FIREARM_SURRENDER) {
            FirearmOutcome outcome = rs.getString("firearm_outcome") == null ? null
                    : FirearmOutcome.valueOf(rs.getString("firearm_outcome"));
            Boolean documented = (Boolean) rs.getObject("professional_documented");
            firearm = new Obligation.FirearmFollowUp(outcome, rs.getObject("firearm_outcome_on", LocalDate.class),
                    rs.getString("firearm_evidence"), documented, null, false, false, List.of(), List.of(), List.of());
        }
        return new Obligation(rs.getObject("id", UUID.class), rs.getObject("monitoring_id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getString("case_number"), source,
                rs.getString("injunction_kind") == null ? null : InjunctionKind.valueOf(rs.getString("injunction_kind")),
                rs.getString("issuer"), rs.getString("order_number"), rs.getObject("ordered_on", LocalDate.class),
                rs.getString("requirement"), rs.getObject("due_on", LocalDate.class), rs.getString("recurrence"),
                ObligationStatus.valueOf(rs.getString("status")), List.of(), List.of(), firearm, rs.getInt("version"));
    }

    /** The obligation with its checks, history and firearm follow-up; the professionals' notes as {@code notes} shows them. */
    private Obligation details(BiFunction<UUID, String, String> notes, Obligation o) {
        List<Obligation.Check> checks = jdbc.sql("""
                SELECT k.id, k.checked_on, k.information_source, k.finding, k.note, u.display_name, k.created_at
                FROM compliance_check k JOIN app_user u ON u.id = k.created_by
                WHERE k.obligation_id = ? ORDER BY k.checked_on DESC, k.created_at DESC""").param(o.id())
                .query((rs, n) -> new Obligation.Check(rs.getObject("id", UUID.class),
                        rs.getObject("checked_on", LocalDate.class),
                        InformationSource.valueOf(rs.getString("information_source")),
                        ObligationStatus.valueOf(rs.getString("finding")), rs.getString("note"), null, null, null, null,
                        rs.getString("display_name"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
        java.util.Map<UUID, List<Document>> evidence = documents.of(EVIDENCE_OWNER,
                checks.stream().map(Obligation.Check::id).toList());
        checks = checks.stream().map(k -> k.withEvidence(evidence.getOrDefault(k.id(), List.of()).stream()
                .findFirst())).toList();
        List<Obligation.StatusChange> history = jdbc.sql("""
                SELECT s.from_status, s.to_status, s.changed_on, u.display_name
                FROM obligation_status_change s JOIN app_user u ON u.id = s.changed_by
                WHERE s.obligation_id = ? ORDER BY s.changed_on, s.id""").param(o.id())
                .query((rs, n) -> new Obligation.StatusChange(ObligationStatus.valueOf(rs.getString("from_status")),
                        ObligationStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("changed_on", LocalDate.class), rs.getString("display_name")))
                .list();
        Obligation.FirearmFollowUp firearm = o.firearm();
        if (firearm != null) {
            List<Obligation.Contact> contacts = jdbc.sql("""
                    SELECT id, contacted_on, party, agency, contact_name, outcome FROM firearm_contact
                    WHERE obligation_id = ? ORDER BY contacted_on, created_at""").param(o.id())
                    .query((rs, n) -> new Obligation.Contact(rs.getObject("id", UUID.class),
                            rs.getObject("contacted_on", LocalDate.class), ContactParty.valueOf(rs.getString("party")),
                            rs.getString("agency"), rs.getString("contact_name"), rs.getString("outcome")))
                    .list();
            List<Obligation.Escalation> escalations = jdbc.sql("""
                    SELECT id, escalated_on, channel, escalated_to, concern, response, responded_on, resolved
                    FROM escalation WHERE obligation_id = ? ORDER BY escalated_on, created_at""").param(o.id())
                    .query((rs, n) -> new Obligation.Escalation(rs.getObject("id", UUID.class),
                            rs.getObject("escalated_on", LocalDate.class), rs.getString("channel"),
                            rs.getString("escalated_to"), rs.getString("concern"), rs.getString("response"),
                            rs.getObject("responded_on", LocalDate.class), rs.getBoolean("resolved")))
                    .list();
            Obligation.Escalation latest = escalations.isEmpty() ? null : escalations.get(escalations.size() - 1);
            boolean resolved = FirearmFollowUps.resolved(firearm.outcome(), firearm.outcomeOn(),
                    latest == null ? null : latest.resolved(), latest == null ? null : latest.respondedOn());
            int grace = properties.firearmGraceDays();
            firearm = new Obligation.FirearmFollowUp(firearm.outcome(), firearm.outcomeOn(), firearm.evidence(),
                    firearm.professionalDocumented(), FirearmFollowUps.overdueAfter(o.dueOn(), grace), resolved,
                    FirearmFollowUps.overdue(o.dueOn(), grace, resolved, AgencyTime.today()), contacts, escalations,
                    FirearmWorkerContacts.read(jdbc, o.id()).stream().map(w -> new Obligation.WorkerContact(w.id(),
                            w.contactedOn(), w.party(), w.outcome(), notes.apply(o.caseId(), w.note()),
                            w.recordedBy(), w.recordedByRole(), w.recordedAt())).toList());
        }
        return new Obligation(o.id(), o.monitoringId(), o.caseId(), o.caseNumber(), o.source(), o.injunctionKind(),
                o.issuer(), o.orderNumber(), o.orderedOn(), o.requirement(), o.dueOn(), o.recurrence(), o.status(),
                checks, history, firearm, o.version());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Checks the obligation is a firearm surrender the BAS may act on (see {@link #actOnMonitoring}). */
    private void requireFirearm(CurrentUser bas, UUID obligationId) {
        requireBas(bas);
        Obligation o = get(bas, obligationId);
        if (o.source() != ObligationSource.FIREARM_SURRENDER) {
            throw new InvalidInput("obligationId", "invalid.firearm.notFirearm");
        }
        actOnMonitoring(bas, o.monitoringId());
    }

    /** The region's BAS may act on a colleague's monitoring for continuity; the change then names both. */
    private void actOnMonitoring(CurrentUser bas, UUID monitoringId) {
        basWork.actingFor(bas, BasWork.Kind.MONITORING, monitoring.get(bas, monitoringId).startedById());
    }

    private static void requireBas(CurrentUser user) {
        if (user.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS monitors compliance");
        }
    }

    private <T> void validate(T value) {
        validation.check(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
