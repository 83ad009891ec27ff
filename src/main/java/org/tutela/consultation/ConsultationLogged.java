package org.tutela.consultation;

import java.util.UUID;

/** A consultation was logged or changed; {@code monitoringInitiated} when its E.1.1 answer is YES. */
public record ConsultationLogged(UUID consultationId, UUID caseId, java.time.LocalDate consultedOn,
                                 boolean monitoringInitiated) {
}
