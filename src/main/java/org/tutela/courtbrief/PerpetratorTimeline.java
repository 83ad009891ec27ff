package org.tutela.courtbrief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.RecordNotFound;

/**
 * One timeline per perpetrator: consultations, monitoring, obligations, compliance checks, firearm follow-up (the
 * BAS's and the one the case's professionals documented) and escalations, staffings and hearings, in date order. A read model over those modules' tables.
 */
@Service
public class PerpetratorTimeline {

    /** The perpetrator a timeline is about. */
    public record Perpetrator(UUID id, UUID caseId, String caseNumber, String name) {
    }

    private static final String TIMELINE = """
            SELECT k.consulted_on AS day, 'CONSULTATION' AS kind,
                   k.professional_name || ', ' || k.professional_role || ' (' || o.name || ')' AS summary,
                   'E.1.1 ' || CASE k.compliance_monitoring WHEN 'NOT_APPLICABLE' THEN 'N/A' ELSE initcap(k.compliance_monitoring) END || ' · E.1.2 ' || initcap(k.guided_safety_actions)
                       || ' · ' || lower(replace(array_to_string(k.topics, ', '), '_', ' ')) AS detail,
                   '/consultations/' || k.id AS href, k.id AS record_id
            FROM consultation k JOIN organization o ON o.id = k.organization_id WHERE k.case_id = :case
            UNION ALL
            SELECT m.started_on, 'MONITORING_STARTED', 'Compliance monitoring started', NULL, '/monitoring/' || m.id, m.id
            FROM monitoring m WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT m.ended_on, 'MONITORING_ENDED', 'Compliance monitoring ended', m.end_reason, '/monitoring/' || m.id, m.id
            FROM monitoring m WHERE m.case_id = :case AND m.ended_on IS NOT NULL
              AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT b.ordered_on, 'OBLIGATION', initcap(replace(b.source, '_', ' ')) || ': ' || b.requirement,
                   b.issuer || coalesce(' · ' || b.order_number, '') || coalesce(' · due ' || b.due_on, '')
                       || ' · status ' || lower(replace(b.status, '_', ' ')),
                   '/obligations/' || b.id, b.id
            FROM obligation b JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT c.checked_on, 'COMPLIANCE_CHECK', initcap(replace(b.source, '_', ' ')) || ': ' || lower(replace(c.finding, '_', ' '))
                       || ' (' || lower(replace(c.information_source, '_', ' ')) || ')',
                   c.note, '/obligations/' || b.id, c.id
            FROM compliance_check c JOIN obligation b ON b.id = c.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT f.contacted_on, 'FIREARM_CONTACT', initcap(replace(f.party, '_', ' ')) || ': ' || f.agency || ', ' || f.contact_name, f.outcome,
                   '/obligations/' || b.id, f.id
            FROM firearm_contact f JOIN obligation b ON b.id = f.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT w.contacted_on, 'FIREARM_WORKER_CONTACT',
                   initcap(replace(w.party, '_', ' ')) || ': ' || lower(replace(w.outcome, '_', ' ')) || ' (' || u.display_name || ')',
                   w.note, '/obligations/' || b.id, w.id
            FROM firearm_worker_contact w JOIN app_user u ON u.id = w.created_by
                 JOIN obligation b ON b.id = w.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT b.firearm_outcome_on, 'FIREARM_OUTCOME', 'Firearm surrender: ' || lower(replace(b.firearm_outcome, '_', ' ')), b.firearm_evidence,
                   '/obligations/' || b.id, b.id
            FROM obligation b JOIN monitoring m ON m.id = b.monitoring_id
            WHERE b.firearm_outcome IS NOT NULL AND m.case_id = :case
              AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT e.escalated_on, 'ESCALATION', e.channel || ' to ' || e.escalated_to, e.concern, '/obligations/' || b.id, e.id
            FROM escalation e JOIN obligation b ON b.id = e.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT e.responded_on, 'ESCALATION_RESPONSE', CASE WHEN e.resolved THEN 'Resolved' ELSE 'Not resolved' END,
                   e.response, '/obligations/' || b.id, e.id
            FROM escalation e JOIN obligation b ON b.id = e.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE e.responded_on IS NOT NULL AND m.case_id = :case
              AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT (v.starts_at AT TIME ZONE :zone)::date,
                   CASE WHEN v.type LIKE '%HEARING' THEN 'HEARING' ELSE 'STAFFING' END,
                   initcap(replace(v.type, '_', ' ')) || coalesce(' at ' || sp.shown_place, ', place to be confirmed')
                       || ' (' || lower(replace(v.status, '_', ' ')) || ')', v.accountability_notes, NULL, v.id
            FROM event v JOIN event_place sp ON sp.event_id = v.id WHERE v.case_id = :case
            """;

    private final JdbcClient jdbc;
    private final CaseAccess access;

    PerpetratorTimeline(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The perpetrator, when the user may see their case; a survivor, child or unknown id is not found. */
    @Transactional(readOnly = true)
    public Perpetrator perpetrator(CurrentUser user, UUID personId) {
        Perpetrator p = jdbc.sql("""
                SELECT p.id, p.case_id, c.case_number, p.first_name || ' ' || p.last_name AS name
                FROM person p JOIN case_file c ON c.id = p.case_id WHERE p.id = ? AND p.role = 'PERPETRATOR'""")
                .param(personId)
                .query((rs, n) -> new Perpetrator(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("case_number"), rs.getString("name")))
                .optional().orElseThrow(RecordNotFound::new);
        access.requireViewCase(user, p.caseId());
        return p;
    }

    /** The timeline in date order, oldest first, limited to the given kinds (all when empty) and dates. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(CurrentUser user, UUID personId, Set<TimelineEntry.Kind> kinds, LocalDate from,
                                       LocalDate to) {
        Perpetrator p = perpetrator(user, personId);
        List<TimelineEntry> entries = new ArrayList<>(jdbc.sql("SELECT * FROM (" + TIMELINE + ") t WHERE t.day IS NOT NULL")
                .param("case", p.caseId()).param("person", p.id())
                .param("zone", org.tutela.shared.AgencyTime.ZONE.getId()) // the day as the agency counts it
                .query((rs, n) -> new TimelineEntry(rs.getObject("day", LocalDate.class),
                        TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("summary"),
                        rs.getString("detail"), rs.getString("href"), rs.getObject("record_id", UUID.class)))
                .list());
        entries.removeIf(e -> (!kinds.isEmpty() && !kinds.contains(e.kind()))
                || (from != null && e.date().isBefore(from)) || (to != null && e.date().isAfter(to)));
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(e -> e.kind().ordinal()));
        return entries;
    }
}
