package org.tutela.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as disclosed to one user. */
public record CaseView(UUID id, String caseNumber, CaseStatus status, LocalDate intakeDate, UUID regionId,
                       String regionName, UUID organizationId, String organizationName, List<Maltreatment> maltreatments,
                       List<Worker> assignedWorkers, List<PersonView> people, int version) {

    public record Worker(UUID id, String displayName) {
    }
}
