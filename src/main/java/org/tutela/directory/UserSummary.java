package org.tutela.directory;

import java.util.UUID;

/** A user as listed to an administrator or offered as a worker to assign. */
public record UserSummary(UUID id, String username, String displayName, Role role, UUID organizationId,
                          String organizationName, boolean locked) {
}
