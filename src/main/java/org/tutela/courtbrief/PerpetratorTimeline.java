package org.tutela.courtbrief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Messages;
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

    /**
     * Every arm gives the day, the kind, up to three codes (enum values, read through the message files) and two
     * free texts (names, the requirement), the record's own note as detail, and the page it opens: the words are
     * chosen in Java, in the reader's language.
     */
    private static final String TIMELINE = """
            SELECT k.consulted_on AS day, 'CONSULTATION' AS kind, k.compliance_monitoring AS a, k.guided_safety_actions AS b,
                   array_to_string(k.topics, ',') AS c, k.professional_name || ', ' || k.professional_role AS t1,
                   o.name AS t2, NULL AS detail, '/consultations/' || k.id AS href, k.id AS record_id
            FROM consultation k JOIN organization o ON o.id = k.organization_id WHERE k.case_id = :case
            UNION ALL
            SELECT m.started_on, 'MONITORING_STARTED', NULL, NULL, NULL, NULL, NULL, NULL, '/monitoring/' || m.id, m.id
            FROM monitoring m WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT m.ended_on, 'MONITORING_ENDED', NULL, NULL, NULL, NULL, NULL, m.end_reason, '/monitoring/' || m.id, m.id
            FROM monitoring m WHERE m.case_id = :case AND m.ended_on IS NOT NULL
              AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT b.ordered_on, 'OBLIGATION', b.source, b.status, b.due_on::text, b.requirement,
                   b.issuer || coalesce(', ' || b.order_number, ''), NULL, '/obligations/' || b.id, b.id
            FROM obligation b JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT c.checked_on, 'COMPLIANCE_CHECK', b.source, c.finding, c.information_source, NULL, NULL, c.note,
                   '/obligations/' || b.id, c.id
            FROM compliance_check c JOIN obligation b ON b.id = c.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT f.contacted_on, 'FIREARM_CONTACT', f.party, NULL, NULL, f.agency || ', ' || f.contact_name, NULL, f.outcome,
                   '/obligations/' || b.id, f.id
            FROM firearm_contact f JOIN obligation b ON b.id = f.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT w.contacted_on, 'FIREARM_WORKER_CONTACT', w.party, w.outcome, NULL, u.display_name, NULL, w.note,
                   '/obligations/' || b.id, w.id
            FROM firearm_worker_contact w JOIN app_user u ON u.id = w.created_by
                 JOIN obligation b ON b.id = w.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT b.firearm_outcome_on, 'FIREARM_OUTCOME', b.firearm_outcome, NULL, NULL, NULL, NULL, b.firearm_evidence,
                   '/obligations/' || b.id, b.id
            FROM obligation b JOIN monitoring m ON m.id = b.monitoring_id
            WHERE b.firearm_outcome IS NOT NULL AND m.case_id = :case
              AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT e.escalated_on, 'ESCALATION', NULL, NULL, NULL, e.channel, e.escalated_to, e.concern,
                   '/obligations/' || b.id, e.id
            FROM escalation e JOIN obligation b ON b.id = e.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE m.case_id = :case AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT e.responded_on, 'ESCALATION_RESPONSE', CASE WHEN e.resolved THEN 'RESOLVED' ELSE 'NOT_RESOLVED' END,
                   NULL, NULL, NULL, NULL, e.response, '/obligations/' || b.id, e.id
            FROM escalation e JOIN obligation b ON b.id = e.obligation_id JOIN monitoring m ON m.id = b.monitoring_id
            WHERE e.responded_on IS NOT NULL AND m.case_id = :case
              AND (m.perpetrator_id = :person OR m.perpetrator_id IS NULL)
            UNION ALL
            SELECT (v.starts_at AT TIME ZONE :zone)::date,
                   CASE WHEN v.type LIKE '%HEARING' THEN 'HEARING' ELSE 'STAFFING' END, v.type, v.status, NULL,
                   sp.shown_place, NULL, v.accountability_notes, NULL, v.id
            FROM event v JOIN event_place sp ON sp.event_id = v.id WHERE v.case_id = :case
            UNION ALL
            SELECT r.referred_on, 'BIP_REFERRAL', r.status, NULL, r.expires_on::text, o.name, NULL, NULL,
                   '/bip/referrals/' || r.id, r.id
            FROM bip_referral r JOIN organization o ON o.id = r.provider_id
            WHERE r.case_id = :case AND r.perpetrator_id = :person
            UNION ALL
            SELECT (m.sent_at AT TIME ZONE :zone)::date, 'BIP_REPORT', to_char(m.month, 'YYYY-MM-DD'),
                   m.sessions_attended || ',' || m.sessions_held || ',' || m.cumulative, NULL, o.name, NULL, m.comment,
                   '/bip/monthly-reports/' || m.id, m.id
            FROM bip_monthly_report m JOIN bip_referral r ON r.id = m.referral_id
                 JOIN organization o ON o.id = r.provider_id
            WHERE r.case_id = :case AND r.perpetrator_id = :person
            UNION ALL
            SELECT (al.raised_at AT TIME ZONE :zone)::date, 'BIP_ALERT', CASE WHEN al.threat AND al.ideation THEN 'both'
                   WHEN al.threat THEN 'threat' ELSE 'ideation' END, NULL, NULL, o.name, NULL, NULL,
                   '/bip/referrals/' || r.id, al.id
            FROM bip_alert al JOIN bip_referral r ON r.id = al.referral_id JOIN organization o ON o.id = r.provider_id
            WHERE r.case_id = :case AND r.perpetrator_id = :person
            UNION ALL
            SELECT r.discharged_on, 'BIP_DISCHARGE', r.discharge_reason, NULL, NULL, o.name, NULL, r.discharge_note,
                   '/bip/referrals/' || r.id, r.id
            FROM bip_referral r JOIN organization o ON o.id = r.provider_id
            WHERE r.case_id = :case AND r.perpetrator_id = :person AND r.discharged_on IS NOT NULL
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
        java.util.function.BiFunction<UUID, String, String> notes = access.notesAsShownTo(user);
        List<TimelineEntry> entries = new ArrayList<>(jdbc.sql("SELECT * FROM (" + TIMELINE + ") t WHERE t.day IS NOT NULL")
                .param("case", p.caseId()).param("person", p.id())
                .param("zone", org.tutela.shared.AgencyTime.ZONE.getId()) // the day as the agency counts it
                .query((rs, n) -> entry(rs)).list().stream()
                // a professional's note, as the reader may see it
                .map(e -> e.kind() != TimelineEntry.Kind.FIREARM_WORKER_CONTACT ? e
                        : new TimelineEntry(e.date(), e.kind(), e.summary(), notes.apply(p.caseId(), e.detail()),
                        e.href(), e.recordId())).toList());
        entries.removeIf(e -> (!kinds.isEmpty() && !kinds.contains(e.kind()))
                || (from != null && e.date().isBefore(from)) || (to != null && e.date().isAfter(to)));
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(e -> e.kind().ordinal()));
        return entries;
    }

    /** A row in the reader's words: enum values by their one label, days as the language writes them. */
    private static TimelineEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        TimelineEntry.Kind kind = TimelineEntry.Kind.valueOf(rs.getString("kind"));
        String a = rs.getString("a");
        String b = rs.getString("b");
        String c = rs.getString("c");
        String t1 = rs.getString("t1");
        String t2 = rs.getString("t2");
        String detail = rs.getString("detail");
        String summary = switch (kind) {
            case CONSULTATION -> {
                detail = Messages.text("timeline.consultation.detail", Messages.text("answer." + a),
                        Messages.text("answer." + b), c == null || c.isEmpty() ? "—" : String.join(", ",
                                Arrays.stream(c.split(",")).map(t -> Messages.text("topic." + t)).toList()));
                yield Messages.text("timeline.summary.CONSULTATION", t1, t2);
            }
            case MONITORING_STARTED, MONITORING_ENDED -> Messages.text("timeline.summary." + kind);
            case OBLIGATION -> {
                detail = t2 + (c == null ? "" : " · " + Messages.text("timeline.due", new Messages.Day(LocalDate.parse(c))))
                        + " · " + Messages.text("obligationStatus." + b);
                yield Messages.text("timeline.summary.OBLIGATION", Messages.text("source." + a), t1);
            }
            case COMPLIANCE_CHECK -> Messages.text("timeline.summary.COMPLIANCE_CHECK", Messages.text("source." + a),
                    Messages.text("obligationStatus." + b), Messages.text("informationSource." + c));
            case FIREARM_CONTACT -> Messages.text("timeline.summary.FIREARM_CONTACT", Messages.text("party." + a), t1);
            case FIREARM_WORKER_CONTACT -> Messages.text("timeline.summary.FIREARM_WORKER_CONTACT",
                    Messages.text("workerParty." + a), Messages.text("workerOutcome." + b), t1);
            case FIREARM_OUTCOME -> Messages.text("timeline.summary.FIREARM_OUTCOME", Messages.text("firearmOutcome." + a));
            case ESCALATION -> Messages.text("timeline.summary.ESCALATION", t1, t2);
            case ESCALATION_RESPONSE -> Messages.text("timeline.response." + a);
            case STAFFING, HEARING -> Messages.text(t1 == null ? "timeline.summary.eventUnplaced" : "timeline.summary.event",
                    Messages.text("eventType." + a), Messages.text("eventStatus." + b), t1 == null ? "" : t1);
            // seed 001: the referral (expired a year after it was made, while still open), the monthly reports with
            // the attendance as "n of 26", and the end of the program
            case BIP_REFERRAL -> Messages.text("timeline.summary.BIP_REFERRAL", t1, Messages.text("bip.status."
                    + org.tutela.bip.ReferralStatus.shown(a, LocalDate.parse(c), org.tutela.shared.AgencyTime.today())));
            case BIP_REPORT -> {
                String[] n = b.split(",");
                yield Messages.text("timeline.summary.BIP_REPORT", new org.tutela.shared.Dates().month(LocalDate.parse(a)),
                        Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]), 26, t1);
            }
            case BIP_ALERT -> Messages.text("timeline.summary.BIP_ALERT", Messages.text("bip.alert." + a), t1);
            case BIP_DISCHARGE -> Messages.text("timeline.summary.BIP_DISCHARGE", t1,
                    Messages.text("bip.dischargeReason." + a));
        };
        return new TimelineEntry(rs.getObject("day", LocalDate.class), kind, summary, detail, rs.getString("href"),
                rs.getObject("record_id", UUID.class));
    }
}
