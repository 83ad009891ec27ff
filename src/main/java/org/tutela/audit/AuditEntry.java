package org.tutela.audit;

import java.time.OffsetDateTime;

/** One audit row as shown to an administrator. */
public record AuditEntry(long seq, OffsetDateTime at, String actor, String role, String action, String entityType,
                         String entityId, String requestId) {
}
