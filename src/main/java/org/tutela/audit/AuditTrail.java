package org.tutela.audit;

import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.shared.RequestIds;

/**
 * Writes audit rows. {@link #record} joins the caller's transaction, so the row commits with the operation
 * it records, and if it cannot be written the operation fails. Rows about something that did not happen
 * (a failed login, a denied access) are written on their own with {@link #recordAlone}. A row is one insert
 * that takes no lock; the database stamps its number, time and transaction, and {@link AuditSealer} chains it
 * once its transaction has committed (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md).
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final TransactionTemplate alone;

    AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action of the signed-in user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        insert(authentication == null ? "anonymous" : authentication.getName(), roleOf(authentication),
                action, entityType, entityId);
    }

    /**
     * Records something that did not happen (a denied access) whatever the caller's transaction does. Inside a
     * transaction the row is written once that transaction has ended, so that a request never holds two pooled
     * connections at once (a full pool of such requests would wait for ever).
     */
    public void recordAlone(String action, String entityType, Object entityId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "anonymous" : authentication.getName();
        String role = roleOf(authentication);
        String requestId = RequestIds.current();
        Runnable write = () -> alone.executeWithoutResult(tx -> insert(actor, role, action, entityType, entityId,
                requestId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    /** Records a sign-in attempt, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(String username, String role, boolean success) {
        String actor = username == null || username.isBlank() ? "(blank)" : truncate(username.trim().toLowerCase());
        insert(actor, role, success ? "LOGIN_SUCCESS" : "LOGIN_FAILURE", "USER", null);
    }

    private void insert(String actor, String role, String action, String entityType, Object entityId) {
        insert(actor, role, action, entityType, entityId, RequestIds.current());
    }

    private void insert(String actor, String role, String action, String entityType, Object entityId,
                        String requestId) {
        jdbc.sql("""
                INSERT INTO audit_event (actor, role, action, entity_type, entity_id, request_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(truncate(actor), role, action, entityType, entityId == null ? null : entityId.toString(),
                        requestId)
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
