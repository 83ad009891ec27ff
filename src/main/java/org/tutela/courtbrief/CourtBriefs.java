package org.tutela.courtbrief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.audit.AuditTrail;
import org.tutela.caseload.Maltreatment;
import org.tutela.compliance.Obligations;
import org.tutela.consultation.ConsultationFilter;
import org.tutela.consultation.ConsultationLog;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Messages;
import org.tutela.shared.PageOf;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.AgencyTime;

/** Makes court briefs; every brief made, as a page, JSON or PDF, is audited as an export. */
@Service
public class CourtBriefs {

    static final int MAX_CONSULTATIONS = 12;
    static final int MAX_EVENTS = 12;

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Obligations obligations;
    private final ConsultationLog consultations;
    private final org.tutela.bip.BipReferrals bip;

    CourtBriefs(JdbcClient jdbc, CaseAccess access, AuditTrail audit, Obligations obligations,
                ConsultationLog consultations, org.tutela.bip.BipReferrals bip) {
        this.bip = bip;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.obligations = obligations;
        this.consultations = consultations;
    }

    @Transactional
    public CourtBrief brief(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        record Head(String caseNumber, String status, String maltreatments) {
        }
        Head head = jdbc.sql("""
                SELECT c.case_number, c.status,
                       (SELECT string_agg(m.code, ',' ORDER BY m.code) FROM case_maltreatment m WHERE m.case_id = c.id)
                           AS maltreatments
                FROM case_file c WHERE c.id = ?""").param(caseId)
                .query((rs, n) -> new Head(rs.getString("case_number"), rs.getString("status"),
                        rs.getString("maltreatments")))
                .optional().orElseThrow(RecordNotFound::new);
        // only the perpetrators' own identity: no survivor or child appears in a brief
        List<CourtBrief.Perpetrator> perpetrators = jdbc.sql("""
                SELECT p.id, p.first_name || ' ' || p.last_name AS name, p.date_of_birth,
                       (SELECT min(m.started_on) FROM monitoring m WHERE m.case_id = p.case_id
                            AND (m.perpetrator_id = p.id OR m.perpetrator_id IS NULL)) AS monitored_since,
                       (SELECT max(m.ended_on) FROM monitoring m WHERE m.case_id = p.case_id
                            AND (m.perpetrator_id = p.id OR m.perpetrator_id IS NULL)
                            AND NOT EXISTS (SELECT 1 FROM monitoring r WHERE r.case_id = p.case_id
                                AND (r.perpetrator_id = p.id OR r.perpetrator_id IS NULL) AND r.ended_on IS NULL))
                           AS monitoring_ended_on
                FROM person p WHERE p.case_id = ? AND p.role = 'PERPETRATOR' ORDER BY p.last_name, p.first_name""")
                .param(caseId)
                .query((rs, n) -> new CourtBrief.Perpetrator(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getObject("monitored_since", LocalDate.class),
                        rs.getObject("monitoring_ended_on", LocalDate.class)))
                .list();
        List<CourtBrief.Event> events = jdbc.sql("""
                SELECT e.type, e.starts_at, sp.shown_place, e.status, e.attended, e.accountability_notes
                FROM event e JOIN event_place sp ON sp.event_id = e.id
                WHERE e.case_id = ? AND e.status IN ('ATTENDING', 'ATTENDED', 'NOT_ATTENDED')
                ORDER BY e.starts_at DESC LIMIT ?""").params(caseId, MAX_EVENTS)
                // a brief leaves Tutela: the place only as the BAS and the feeds may see it (null: to be confirmed)
                .query((rs, n) -> new CourtBrief.Event(rs.getString("type"),
                        rs.getObject("starts_at", OffsetDateTime.class)
                                .atZoneSameInstant(AgencyTime.ZONE).toOffsetDateTime(),
                        rs.getString("shown_place"),
                        rs.getString("status"),
                        (Boolean) rs.getObject("attended"), rs.getString("accountability_notes")))
                .list();
        PageOf<org.tutela.consultation.Consultation> logged = consultations.list(user,
                new ConsultationFilter(caseId, null, null, null, null, null), 0, MAX_CONSULTATIONS);
        List<String> maltreatments = head.maltreatments() == null ? List.of()
                : Arrays.stream(head.maltreatments().split(",")).map(code -> Messages.text("maltreatment." + Maltreatment.valueOf(code))).toList();
        CourtBrief brief = new CourtBrief(caseId, head.caseNumber(), head.status(), maltreatments, AgencyTime.today(),
                user.displayName(), perpetrators, obligations.forCase(user, caseId), bip.list(user, caseId), events,
                logged.items(),
                logged.total());
        audit.record("EXPORT", "COURT_BRIEF", caseId); // last: the audit insert holds the chain's lock to commit
        return brief;
    }
}
