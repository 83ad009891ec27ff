package org.tutela.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.SqlCondition;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;

/**
 * The BAS's week of monitoring: the obligations of running monitoring whose due date or next compliance check falls
 * within {@link CheckCadence#NOTICE_DAYS} days or has passed (see {@link CheckCadence}). Firearm surrenders are left
 * out: their follow-up has its own rule and list ({@link FirearmFollowUps}).
 */
@Service
public class ObligationsDue {

    /** An obligation that needs the BAS this week, and why: its due date, its next check, or both. */
    public record Item(UUID obligationId, UUID monitoringId, UUID caseId, String caseNumber, String perpetratorName,
                       ObligationSource source, ObligationStatus status, LocalDate dueOn, LocalDate nextCheckOn,
                       boolean due, boolean dueOverdue, boolean check, boolean checkOverdue) {

        /** The earliest day that needs attention: what the list is ordered by. */
        public LocalDate first() {
            LocalDate d = due ? dueOn : null;
            LocalDate c = check ? nextCheckOn : null;
            return d == null ? c : c == null ? d : d.isBefore(c) ? d : c;
        }

        public boolean overdue() {
            return dueOverdue || checkOverdue;
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;

    ObligationsDue(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** For a BAS: the obligations on the cases of their region that need them this week, the earliest first. */
    @Transactional(readOnly = true)
    public List<Item> thisWeek(CurrentUser bas) {
        if (bas.role() != Role.BAS) {
            throw new AccessDeniedException("only a BAS monitors compliance");
        }
        SqlCondition visible = access.visibleCases(bas, "c");
        LocalDate today = AgencyTime.today();
        List<Item> items = new ArrayList<>();
        jdbc.sql("""
                SELECT o.id, o.monitoring_id, m.case_id, c.case_number,
                       p.first_name || ' ' || p.last_name AS perpetrator_name, o.source, o.status, o.due_on,
                       o.recurrence, o.ordered_on, m.started_on,
                       (SELECT max(k.checked_on) FROM compliance_check k WHERE k.obligation_id = o.id) AS last_checked_on
                FROM obligation o JOIN monitoring m ON m.id = o.monitoring_id JOIN case_file c ON c.id = m.case_id
                     LEFT JOIN person p ON p.id = m.perpetrator_id
                WHERE m.ended_on IS NULL AND o.source <> 'FIREARM_SURRENDER'""" + " AND " + visible.sql())
                .params(visible.params())
                .query(rs -> {
                    ObligationStatus status = ObligationStatus.valueOf(rs.getString("status"));
                    LocalDate dueOn = CheckCadence.openDueOn(status, rs.getObject("due_on", LocalDate.class));
                    LocalDate nextCheck = CheckCadence.nextCheckOn(status, rs.getObject("due_on", LocalDate.class),
                            rs.getString("recurrence"), rs.getObject("last_checked_on", LocalDate.class),
                            rs.getObject("ordered_on", LocalDate.class), rs.getObject("started_on", LocalDate.class));
                    boolean due = CheckCadence.soon(dueOn, today);
                    boolean check = CheckCadence.soon(nextCheck, today);
                    if (due || check) {
                        items.add(new Item(rs.getObject("id", UUID.class), rs.getObject("monitoring_id", UUID.class),
                                rs.getObject("case_id", UUID.class), rs.getString("case_number"),
                                rs.getString("perpetrator_name"), ObligationSource.valueOf(rs.getString("source")),
                                status, rs.getObject("due_on", LocalDate.class), nextCheck, due,
                                due && CheckCadence.overdue(dueOn, today), check,
                                check && CheckCadence.overdue(nextCheck, today)));
                    }
                });
        items.sort(Comparator.comparing(Item::first).thenComparing(Item::caseNumber));
        return items;
    }
}
