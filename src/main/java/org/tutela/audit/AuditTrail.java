package org.tutela.audit;

import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.shared.RequestIds;

/**
 * Writes audit rows. {@link #record} joins the caller's transaction, so the row commits with the operation
 * it records, and if it cannot be written the operation fails. Rows about something that did not happen
 * (a failed login, a denied access) are written on their own with {@link #recordAlone}.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        insert(authentication == null ? "anonymous" : authentication.getName(), roleOf(authentication),
                action, entityType, entityId);
    }

    /** Records an action of the signed-in user in a transaction of its own, committed whatever the caller does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String action, String entityType, Object entityId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        insert(authentication == null ? "anonymous" : authentication.getName(), roleOf(authentication),
                action, entityType, entityId);
    }

    /** Records a sign-in attempt, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(String username, String role, boolean success) {
        String actor = username == null || username.isBlank() ? "(blank)" : truncate(username.trim().toLowerCase());
        insert(actor, role, success ? "LOGIN_SUCCESS" : "LOGIN_FAILURE", "USER", null);
    }

    private void insert(String actor, String role, String action, String entityType, Object entityId) {
        jdbc.sql("""
                INSERT INTO audit_event (actor, role, action, entity_type, entity_id, request_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(truncate(actor), role, action, entityType, entityId == null ? null : entityId.toString(),
                        RequestIds.current())
                .update();
    }

    private static String roleOf(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .findFirst().orElse(null);
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
