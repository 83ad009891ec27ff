package org.tutela.directory;

import java.util.UUID;

/** An organization in a region. */
public record Organization(UUID id, String name, OrganizationType type, UUID regionId, String regionName) {
}
