package org.tutela.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.BasWork;
import org.tutela.access.CaseAccess;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.ConsultationLogged;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.AgencyTime;

/** The compliance module's API: start, end and read batterer compliance monitoring. */
@Service
public class ComplianceMonitoring {

    private static final String SELECT = """
            SELECT m.id, m.case_id, c.case_number, m.perpetrator_id,
                   p.first_name || ' ' || p.last_name AS perpetrator_name, m.started_on, u.display_name AS started_by,
                   m.consultation_id, m.ended_on, m.end_reason, m.version, m.started_by AS started_by_id,
                   x.display_name AS ended_by
            FROM monitoring m JOIN case_file c ON c.id = m.case_id JOIN app_user u ON u.id = m.started_by
                 LEFT JOIN person p ON p.id = m.perpetrator_id LEFT JOIN app_user x ON x.id = m.ended_by""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final BasWork basWork;
    private final ConsultationLog consultations;

    ComplianceMonitoring(JdbcClient jdbc, CaseAccess access, AuditTrail audit, BasWork basWork,
                         ConsultationLog consultations) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.basWork = basWork;
        this.consultations = consultations;
    }

    /** The case of a consultation the user may see (not found otherwise): where its E.1.1 Yes started monitoring. */
    @Transactional(readOnly = true)
    public UUID caseOfConsultation(CurrentUser user, UUID consultationId) {
        return consultations.get(user, consultationId).caseId();
    }

    /**
     * E.1.1 YES: "BAS initiated batterer compliance monitoring" starts monitoring of the case's perpetrators, in
     * the transaction that logs the consultation, unless it is already running.
     */
    @EventListener
    void on(ConsultationLogged event) {
        if (event.monitoringInitiated()) {
            startFor(CurrentUser.get(), event.caseId(), null, event.consultedOn(), event.consultationId());
        }
    }

    /** Starts monitoring by hand (BAS); {@code perpetratorId} absent means every perpetrator of the case. */
    @Transactional
    public List<UUID> start(CurrentUser bas, UUID caseId, UUID perpetratorId, LocalDate startedOn) {
        if (bas.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS monitors compliance");
        }
        access.requireViewCase(bas, caseId);
        if (perpetratorId != null && jdbc.sql("""
                SELECT count(*) FROM person WHERE id = ? AND case_id = ? AND role = 'PERPETRATOR'""")
                .params(perpetratorId, caseId).query(Long.class).single() == 0) {
            throw new InvalidInput("perpetratorId", "invalid.monitoring.notPerpetrator");
        }
        return startFor(bas, caseId, perpetratorId, startedOn == null ? AgencyTime.today() : startedOn, null);
    }

    private List<UUID> startFor(CurrentUser bas, UUID caseId, UUID perpetratorId, LocalDate startedOn,
                                UUID consultationId) {
        List<UUID> perpetrators = perpetratorId != null ? List.of(perpetratorId)
                : jdbc.sql("SELECT id FROM person WHERE case_id = ? AND role = 'PERPETRATOR' ORDER BY created_at")
                .param(caseId).query(UUID.class).list();
        List<UUID> targets = perpetrators.isEmpty() ? java.util.Collections.singletonList(null) : perpetrators;
        List<UUID> started = new ArrayList<>();
        for (UUID perpetrator : targets) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                    INSERT INTO monitoring (id, case_id, perpetrator_id, started_on, started_by, consultation_id)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(id, caseId, perpetrator, startedOn, bas.id(), consultationId).update();
            if (inserted == 1) {
                audit.record("CREATE", "MONITORING", id);
                started.add(id);
            }
        }
        return started;
    }

    /** Whether starting monitoring on the case would start any: a perpetrator, or the case, not yet monitored. */
    @Transactional(readOnly = true)
    public boolean anyUnmonitored(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        return jdbc.sql("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM person p WHERE p.case_id = ? AND p.role = 'PERPETRATOR')
                       THEN EXISTS (SELECT 1 FROM person p WHERE p.case_id = ? AND p.role = 'PERPETRATOR'
                                    AND NOT EXISTS (SELECT 1 FROM monitoring m WHERE m.perpetrator_id = p.id
                                                    AND m.ended_on IS NULL))
                       ELSE NOT EXISTS (SELECT 1 FROM monitoring m WHERE m.case_id = ? AND m.ended_on IS NULL) END""")
                .params(caseId, caseId, caseId).query(Boolean.class).single();
    }

    @Transactional
    public void end(CurrentUser bas, UUID id, LocalDate endedOn, String reason) {
        if (bas.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS monitors compliance");
        }
        Monitoring m = get(bas, id);
        basWork.actingFor(bas, BasWork.Kind.MONITORING, m.startedById());
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "invalid.monitoring.endReason");
        }
        LocalDate on = endedOn == null ? AgencyTime.today() : endedOn;
        if (on.isBefore(m.startedOn())) {
            throw new InvalidInput("endedOn", "invalid.monitoring.endedBeforeStart");
        }
        int updated = jdbc.sql("""
                UPDATE monitoring SET ended_on = ?, end_reason = ?, ended_by = ?, version = version + 1
                WHERE id = ? AND ended_on IS NULL""").params(on, reason.trim(), bas.id(), id).update();
        if (updated == 0) {
            throw new InvalidInput("id", "invalid.monitoring.ended");
        }
        audit.record("UPDATE", "MONITORING", id);
    }

    @Transactional(readOnly = true)
    public Monitoring get(CurrentUser user, UUID id) {
        Monitoring m = jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(ComplianceMonitoring::monitoring)
                .optional().orElseThrow(RecordNotFound::new);
        access.requireViewCase(user, m.caseId());
        return m;
    }

    /** Monitoring of the cases the user may see; {@code running} true, false or null for all. */
    @Transactional(readOnly = true)
    public List<Monitoring> list(CurrentUser user, Boolean running, UUID caseId) {
        SqlCondition visible = access.visibleCases(user, "c");
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE ").append(visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        if (running != null) {
            sql.append(running ? " AND m.ended_on IS NULL" : " AND m.ended_on IS NOT NULL");
        }
        if (caseId != null) {
            sql.append(" AND m.case_id = ?");
            params.add(caseId);
        }
        sql.append(" ORDER BY m.started_on DESC, c.case_number LIMIT 500");
        return jdbc.sql(sql.toString()).params(params).query(ComplianceMonitoring::monitoring).list();
    }

    static Monitoring monitoring(ResultSet rs, int n) throws SQLException {
        return new Monitoring(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getObject("perpetrator_id", UUID.class),
                rs.getString("perpetrator_name"), rs.getObject("started_on", LocalDate.class),
                rs.getString("started_by"), rs.getObject("consultation_id", UUID.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getInt("version"),
                rs.getObject("started_by_id", UUID.class), rs.getString("ended_by"));
    }
}
