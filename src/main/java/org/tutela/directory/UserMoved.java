package org.tutela.directory;

import java.util.UUID;

/**
 * A user now belongs to another organization ({@code organizationId}), moved by {@code by}. What they held at other
 * organizations, which no one there approved for the user's new place, ends: the user's assignments to cases of any
 * organization but {@code organizationId}. Published inside the move's transaction and handled there; the approval
 * page counts those assignments beforehand by the same rule.
 */
public record UserMoved(UUID userId, UUID organizationId, CurrentUser by) {
}
