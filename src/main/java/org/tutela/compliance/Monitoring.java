package org.tutela.compliance;

import java.time.LocalDate;
import java.util.UUID;

/** Compliance monitoring of a perpetrator in a case; running while {@code endedOn} is absent. */
public record Monitoring(UUID id, UUID caseId, String caseNumber, UUID perpetratorId, String perpetratorName,
                         LocalDate startedOn, String startedBy, UUID consultationId, LocalDate endedOn,
                         String endReason, int version) {

    public boolean running() {
        return endedOn == null;
    }
}
