package org.tutela.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;

/**
 * C.1.5: "ensure child welfare professionals follow up on any court-ordered firearm surrender ... and support them in
 * documenting this follow-up". The professionals of a case (its CPI and case manager, their supervisor: whoever may
 * open and change the case) document their contacts with law enforcement or the court and what came of them; the BAS
 * reads them on the follow-up and the perpetrator's timeline. A reported surrender does not close the follow-up: the
 * BAS confirms it with the receipt or inventory ({@link Obligations#recordOutcome}), as the existing model demands.
 */
@Service
public class FirearmWorkerContacts {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final Obligations obligations;

    FirearmWorkerContacts(JdbcClient jdbc, CaseAccess access, AuditTrail audit, InputValidation validation,
                          Obligations obligations) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.validation = validation;
        this.obligations = obligations;
    }

    /** Whether the user documents follow-ups on this case: a professional who may open and change it. */
    public boolean canDocument(CurrentUser user, UUID caseId) {
        return access.canEditCase(user) && access.canViewCase(user, caseId);
    }

    /**
     * The firearm surrender obligation a professional may document a follow-up on; a BAS or another role is refused
     * (403), an obligation of a case the user may not open is not found (404), another kind of obligation is a 400.
     */
    @Transactional(readOnly = true)
    public Obligation requireDocumentable(CurrentUser user, UUID obligationId) {
        if (!access.canEditCase(user)) {
            throw new AccessDeniedException("the case's child welfare professionals document their follow-up");
        }
        Obligation o = obligations.get(user, obligationId);
        if (o.source() != ObligationSource.FIREARM_SURRENDER) {
            throw new InvalidInput("obligationId", "invalid.firearm.notFirearm");
        }
        return o;
    }

    /** Records the professional's documented follow-up, audited in the same transaction. */
    @Transactional
    public UUID document(CurrentUser worker, UUID obligationId, WorkerContactData data) {
        Obligation o = requireDocumentable(worker, obligationId);
        List<InvalidInput.FieldError> errors = new ArrayList<>(validation.violations(data));
        if (data.party() == WorkerContactParty.OTHER && (data.note() == null || data.note().isBlank())) {
            errors.add(new InvalidInput.FieldError("note", "invalid.workerContact.whom"));
        }
        // the note reaches the BAS: none of the case's protected contact values (its writer sees them all, so the
        // refusal tells them nothing new)
        if (data.note() != null && !access.contactGuard(o.caseId()).find(data.note()).isEmpty()) {
            errors.add(new InvalidInput.FieldError("note", "invalid.workerContact.noteContact"));
        }
        if (data.contactedOn() != null && o.orderedOn() != null && data.contactedOn().isBefore(o.orderedOn())
                && errors.stream().noneMatch(e -> e.field().equals("contactedOn"))) {
            errors.add(new InvalidInput.FieldError("contactedOn", "invalid.workerContact.beforeOrder",
                    new org.tutela.shared.Messages.Day(o.orderedOn())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO firearm_worker_contact (id, obligation_id, contacted_on, party, outcome, note, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, obligationId, data.contactedOn(), data.party().name(), data.outcome().name(),
                        data.note() == null || data.note().isBlank() ? null : data.note().trim(), worker.id())
                .update();
        audit.record("CREATE", "FIREARM_WORKER_CONTACT", id);
        return id;
    }

    /** The documented follow-ups of an obligation, oldest first (the caller has checked the obligation's case). */
    static List<Obligation.WorkerContact> read(JdbcClient jdbc, UUID obligationId) {
        return jdbc.sql("""
                SELECT w.id, w.contacted_on, w.party, w.outcome, w.note, u.display_name, u.role, w.created_at
                FROM firearm_worker_contact w JOIN app_user u ON u.id = w.created_by
                WHERE w.obligation_id = ? ORDER BY w.contacted_on, w.created_at""").param(obligationId)
                .query((rs, n) -> new Obligation.WorkerContact(rs.getObject("id", UUID.class),
                        rs.getObject("contacted_on", LocalDate.class),
                        WorkerContactParty.valueOf(rs.getString("party")),
                        WorkerContactOutcome.valueOf(rs.getString("outcome")), rs.getString("note"),
                        rs.getString("display_name"),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }
}
