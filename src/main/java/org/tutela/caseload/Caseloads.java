package org.tutela.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.SqlCondition;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;

/**
 * Read models of caseloads for the home pages: a worker's open cases with what each still lacks, a unit's caseload by
 * worker, and its cases nobody is assigned to. Every statement is limited to the cases the user may see
 * ({@link CaseAccess}) and names no person, so nothing here discloses a survivor's record; none is audited.
 */
@Service
public class Caseloads {

    /** What an open case still lacks, decided from the case alone. */
    public enum Gap {
        NO_SURVIVOR, NO_PERPETRATOR, NO_CHILD,
        /** nobody is assigned to the case */
        NO_WORKER,
        /** the case is in case management and no case manager is assigned */
        NO_CASE_MANAGER
    }

    /** An open case and what it lacks, most lacking first. */
    public record OpenCase(UUID id, String caseNumber, CaseStatus status, LocalDate intakeDate, Set<Gap> gaps) {
    }

    /** Some of a longer list, and how long the list is. */
    public record Part<T>(List<T> items, long total) {

        public boolean more() {
            return total > items.size();
        }
    }

    /** A worker and the number of the unit's open cases assigned to them. */
    public record WorkerLoad(UUID userId, String displayName, Role role, String organizationName, long openCases) {
    }

    private static final String GAPS = """
            SELECT c.id, c.case_number, c.status, c.intake_date,
                   NOT EXISTS (SELECT 1 FROM person p WHERE p.case_id = c.id AND p.role = 'SURVIVOR') AS no_survivor,
                   NOT EXISTS (SELECT 1 FROM person p WHERE p.case_id = c.id AND p.role = 'PERPETRATOR') AS no_perpetrator,
                   NOT EXISTS (SELECT 1 FROM person p WHERE p.case_id = c.id AND p.role = 'CHILD') AS no_child,
                   NOT EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id) AS no_worker,
                   c.status = 'CASE_MANAGEMENT' AND NOT EXISTS (SELECT 1 FROM case_assignment a
                       JOIN app_user u ON u.id = a.user_id WHERE a.case_id = c.id AND u.role = 'CASE_MANAGER')
                       AS no_case_manager
            FROM case_file c""";

    private final JdbcClient jdbc;
    private final CaseAccess access;

    Caseloads(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The user's open cases (assigned to them): those that lack the most first and, among them, the longest open
     * first; then the complete ones, the newest first; at most {@code limit} of them.
     */
    @Transactional(readOnly = true)
    public Part<OpenCase> assignedTo(CurrentUser user, int limit) {
        SqlCondition visible = access.visibleCases(user, "c");
        String where = " WHERE " + visible.sql() + " AND c.status <> 'CLOSED' AND EXISTS (SELECT 1 FROM case_assignment"
                + " mine WHERE mine.case_id = c.id AND mine.user_id = ?)";
        return part(where, new ArrayList<>(List.of(visible.params().toArray())), user.id(), limit);
    }

    /** The open cases the user may see that nobody is assigned to, in the same order; at most {@code limit}. */
    @Transactional(readOnly = true)
    public Part<OpenCase> unassigned(CurrentUser user, int limit) {
        SqlCondition visible = access.visibleCases(user, "c");
        String where = " WHERE " + visible.sql() + " AND c.status <> 'CLOSED'"
                + " AND NOT EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id)";
        return part(where, new ArrayList<>(List.of(visible.params().toArray())), null, limit);
    }

    private Part<OpenCase> part(String where, List<Object> params, UUID mine, int limit) {
        if (mine != null) {
            params.add(mine);
        }
        long total = jdbc.sql("SELECT count(*) FROM case_file c" + where).params(params).query(Long.class).single();
        if (total == 0) {
            return new Part<>(List.of(), 0);
        }
        // those lacking the most first, the longest open first among them; then the complete ones, newest first
        List<OpenCase> items = jdbc.sql("SELECT * FROM (SELECT *, no_survivor::int + no_perpetrator::int + no_child::int"
                        + " + no_worker::int + no_case_manager::int AS gaps FROM (" + GAPS + where + ") g) h"
                        + " ORDER BY gaps DESC, CASE WHEN gaps > 0 THEN intake_date END, intake_date DESC, case_number"
                        + " LIMIT ?")
                .params(params).param(limit).query(Caseloads::openCase).list();
        return new Part<>(items, total);
    }

    /**
     * The caseload of the unit the user supervises (the cases they may see) by worker: each child welfare worker of
     * their organization, and anyone else assigned to one of its open cases, with the number of its open cases
     * assigned to them; the busiest first.
     */
    @Transactional(readOnly = true)
    public List<WorkerLoad> byWorker(CurrentUser user) {
        SqlCondition visible = access.visibleCases(user, "c");
        List<Object> params = new ArrayList<>(visible.params());
        params.add(user.organizationId());
        return jdbc.sql("""
                WITH unit AS (SELECT a.user_id, count(*) AS open_cases FROM case_assignment a
                              JOIN case_file c ON c.id = a.case_id
                              WHERE %s AND c.status <> 'CLOSED' GROUP BY a.user_id)
                SELECT u.id, u.display_name, u.role, o.name AS organization_name, coalesce(unit.open_cases, 0) AS open_cases
                FROM app_user u JOIN organization o ON o.id = u.organization_id LEFT JOIN unit ON unit.user_id = u.id
                WHERE unit.user_id IS NOT NULL
                   OR (u.organization_id = ? AND u.enabled AND u.role IN ('CPI', 'CASE_MANAGER', 'SUPERVISOR'))
                ORDER BY open_cases DESC, u.display_name""".formatted(visible.sql()))
                .params(params)
                .query((rs, n) -> new WorkerLoad(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                        rs.getString("organization_name"), rs.getLong("open_cases")))
                .list();
    }

    private static OpenCase openCase(ResultSet rs, int n) throws SQLException {
        Set<Gap> gaps = EnumSet.noneOf(Gap.class);
        if (rs.getBoolean("no_survivor")) {
            gaps.add(Gap.NO_SURVIVOR);
        }
        if (rs.getBoolean("no_perpetrator")) {
            gaps.add(Gap.NO_PERPETRATOR);
        }
        if (rs.getBoolean("no_child")) {
            gaps.add(Gap.NO_CHILD);
        }
        if (rs.getBoolean("no_worker")) {
            gaps.add(Gap.NO_WORKER);
        }
        if (rs.getBoolean("no_case_manager")) {
            gaps.add(Gap.NO_CASE_MANAGER);
        }
        return new OpenCase(rs.getObject("id", UUID.class), rs.getString("case_number"),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("intake_date", LocalDate.class), gaps);
    }
}
