package org.tutela.audit;

import java.time.OffsetDateTime;

/** Which audit rows to list; every part is optional. */
public record AuditFilter(String entityId, String actor, String action, OffsetDateTime from, OffsetDateTime to) {
}
