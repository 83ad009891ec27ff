package org.tutela.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request for a BAS consultation on a case, open until the BAS logs a consultation on the case
 * ({@code consultationId}, {@code answeredAt}, the BAS who logged it and the day it took place). Only the BAS of the
 * case's region and the case's workers read it.
 */
public record ConsultationRequest(UUID id, UUID caseId, String caseNumber, ConsultationReason reason, String note,
                                  UUID requestedById, String requestedByName, OffsetDateTime requestedAt,
                                  UUID consultationId, OffsetDateTime answeredAt, String basName,
                                  LocalDate consultedOn) {

    public boolean open() {
        return answeredAt == null;
    }
}
