package org.tutela.consent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a BAS may know of a survivor's enrollment in DV center services, under the live release that allows it:
 * enrolled (and since when), or not enrolled.
 */
public record Enrollment(UUID survivorId, String survivorName, String centerName, boolean enrolled,
                         LocalDate enrolledOn, UUID releaseId, LocalDate releaseExpiresOn) {
}
