package org.tutela.audit;

import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
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
        Authentication authentication = signedIn();
        insert(authentication == null ? "anonymous" : authentication.getName(), roleOf(authentication),
                action, entityType, entityId);
    }

    /**
     * Records something that did not happen (a denied access) whatever the caller's transaction does. Inside a
     * transaction the row is written once that transaction has ended, so that a request never holds two pooled
     * connections at once (a full pool of such requests would wait for ever).
     */
    public void recordAlone(String action, String entityType, Object entityId) {
        Authentication authentication = signedIn();
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

    /**
     * Records an action done with a credential that stands in for a user's sign-in (a calendar feed's secret), in the
     * caller's transaction: the user it belongs to is the actor.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String role, String action, String entityType, Object entityId) {
        insert(actor, role, action, entityType, entityId);
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
                .params(truncate(actor), role, action, entityType, entityId == null ? null : entity(entityId.toString()),
                        requestId)
                .update();
    }

    /** Who is signed in, or null for nobody (Spring Security's anonymous user, "anonymousUser", is "anonymous"). */
    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof AnonymousAuthenticationToken ? null : authentication;
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

    /** The longest entity id kept (a refused request's method and path, say): audit_event.entity_id. */
    static final int ENTITY_ID_LENGTH = 300;

    /**
     * An entity id as it can be kept and hashed: at most {@link #ENTITY_ID_LENGTH} characters, with what text cannot
     * hold (a control character, half a surrogate pair: a path as a client sent it may have them) as U+FFFD.
     */
    private static String entity(String id) {
        StringBuilder kept = new StringBuilder(Math.min(id.length(), ENTITY_ID_LENGTH));
        for (int i = 0; i < id.length() && kept.length() < ENTITY_ID_LENGTH; i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                if (kept.length() + 2 > ENTITY_ID_LENGTH) {
                    break;
                }
                kept.append(c).append(id.charAt(++i));
            } else {
                kept.append(c < 0x20 || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return kept.toString();
    }
}
