package org.tutela.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Compliance monitoring of a perpetrator in a case; running while {@code endedOn} is absent. {@code endedBy} names the
 * BAS who ended it, who may be another BAS of the region than the one who started it (see access.BasWork).
 */
public record Monitoring(UUID id, UUID caseId, String caseNumber, UUID perpetratorId, String perpetratorName,
                         LocalDate startedOn, String startedBy, UUID consultationId, LocalDate endedOn,
                         String endReason, int version, UUID startedById, String endedBy) {

    public boolean running() {
        return endedOn == null;
    }
}
