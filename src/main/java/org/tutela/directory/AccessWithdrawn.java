package org.tutela.directory;

import java.util.UUID;

/**
 * A user's sessions and API tokens have ended because their access changed: disabled, password reset or set, role
 * or organization changed. Whatever else stands in for their sign-in (a calendar feed's secret) ends with them, for
 * good: access given back later does not bring it back. Published inside the change's transaction and handled
 * there, so a listener that fails undoes the change.
 */
public record AccessWithdrawn(UUID userId) {
}
