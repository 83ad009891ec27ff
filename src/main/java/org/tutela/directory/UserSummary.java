package org.tutela.directory;

import java.util.UUID;

/** A user as listed or offered as a worker to assign; no role while the first one waits for approval. */
public record UserSummary(UUID id, String username, String displayName, Role role, UUID organizationId,
                          String organizationName) {
}
