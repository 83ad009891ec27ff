package org.tutela.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * An organization as an administrator writes it: its name, its kind and its region (from
 * {@code GET /api/v1/organizations}: the regions its organizations are in).
 */
public record OrganizationData(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganizationType type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID regionId) {
}
