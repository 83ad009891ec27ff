package org.tutela.caseload;

import java.util.UUID;

/**
 * A person of the case was added or changed (role or contact fields): texts already checked against the case's
 * protected contact values are checked again. Published inside the change's transaction and handled there.
 */
public record ContactDetailsChanged(UUID caseId) {
}
