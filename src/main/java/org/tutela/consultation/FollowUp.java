package org.tutela.consultation;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up consultation the BAS promised (E.1.2 tip), open until a later consultation on the case is logged. */
public record FollowUp(UUID consultationId, UUID caseId, String caseNumber, LocalDate consultedOn, LocalDate followUpOn,
                       String professionalName) {
}
