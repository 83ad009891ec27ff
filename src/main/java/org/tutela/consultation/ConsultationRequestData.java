package org.tutela.consultation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A request for a BAS consultation as a child welfare professional writes it. */
public record ConsultationRequestData(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "why the BAS is asked, from the vetted list")
        ConsultationReason reason,
        @Schema(maxLength = ConsultationRequests.NOTE_MAX, description = "optional, short; the BAS and the case's "
                + "workers read it: no names, addresses, phone numbers, schools or workplaces")
        String note) {
}
