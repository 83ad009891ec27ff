package org.tutela.directory;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user as an administrator manages them: {@code role} is empty while the first role waits for approval, and
 * {@code pendingGrant} is what waits. {@code passwordVersion} counts the one-time links issued (a reset form sends
 * it back, so that a form sent twice resets once).
 */
record UserAccount(UUID id, String username, String displayName, Role role, UUID organizationId,
                   String organizationName, boolean enabled, boolean passwordSet, OffsetDateTime signInDelayedUntil,
                   int passwordVersion, PendingGrant pendingGrant) {

    /** A grant that waits for approval, and who decides on it (a supervisor of its organization, or a second administrator). */
    record PendingGrant(UUID id, Role role, UUID organizationId, String organizationName, boolean afterPasswordReset,
                        OffsetDateTime requestedAt, Grants.Approver approver) {
    }
}
