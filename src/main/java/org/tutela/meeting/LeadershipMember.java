package org.tutela.meeting;

import java.util.UUID;

/** A member of the provider's leadership committee roster (C.1.6.3). */
public record LeadershipMember(UUID id, UUID providerId, String name, String organization, String role,
                               LeaderKind kind, boolean active) {
}
