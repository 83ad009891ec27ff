package org.tutela.caseload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One field changed on a case or a person: who changed it, when, from what to what. */
public record Change(UUID entityId, String entityType, String field, String oldValue, String newValue,
                     OffsetDateTime changedAt, String changedBy) {
}
