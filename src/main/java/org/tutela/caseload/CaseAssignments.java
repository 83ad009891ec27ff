package org.tutela.caseload;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.UserMoved;

/**
 * A worker's assignments to cases do not follow them to another organization (issue 7, second review): the case's
 * organization gave the assignment to one of its own, and nobody there approved the move. When a user moves, their
 * assignments to cases of any other organization end in the move's transaction, each written to the case's change
 * history as an edit of its workers is, and audited. The approval page counts them beforehand by the same rule.
 */
@Component
class CaseAssignments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CaseAssignments(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(UserMoved moved) {
        List<UUID> cases = jdbc.sql("""
                SELECT a.case_id FROM case_assignment a JOIN case_file c ON c.id = a.case_id
                WHERE a.user_id = ? AND c.organization_id <> ? ORDER BY a.case_id""")
                .params(moved.userId(), moved.organizationId()).query(UUID.class).list();
        for (UUID caseId : cases) {
            String before = workers(caseId);
            jdbc.sql("DELETE FROM case_assignment WHERE case_id = ? AND user_id = ?").params(caseId, moved.userId())
                    .update();
            // an edit form opened before the move must not put the worker back unseen
            jdbc.sql("UPDATE case_file SET version = version + 1, updated_at = now() WHERE id = ?").param(caseId)
                    .update();
            jdbc.sql("""
                    INSERT INTO change_history (case_id, entity_type, entity_id, field, protected, old_value, new_value,
                                                changed_by, person_role)
                    VALUES (?, 'CASE', ?, 'assignedWorkers', false, ?, ?, ?, NULL)""")
                    .params(caseId, caseId, before, workers(caseId), moved.by().username()).update();
            audit.record("UNASSIGN", "CASE", caseId);
        }
    }

    /** The case's workers as its change history names them: display names, sorted, comma-separated. */
    private String workers(UUID caseId) {
        return jdbc.sql("""
                SELECT u.display_name FROM case_assignment a JOIN app_user u ON u.id = a.user_id WHERE a.case_id = ?""")
                .param(caseId).query(String.class).list().stream().sorted().collect(Collectors.joining(", "));
    }
}
