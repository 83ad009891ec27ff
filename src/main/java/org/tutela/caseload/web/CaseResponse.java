package org.tutela.caseload.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.CaseView;
import org.tutela.caseload.Maltreatment;

/** A case in the API, with its people as the caller may see them. */
record CaseResponse(UUID id, String caseNumber, CaseStatus status, LocalDate intakeDate, UUID regionId,
                    String regionName, UUID organizationId, String organizationName, List<Maltreatment> maltreatments,
                    List<CaseView.Worker> assignedWorkers, List<PersonResponse> people, int version) {

    static CaseResponse of(CaseView c) {
        return new CaseResponse(c.id(), c.caseNumber(), c.status(), c.intakeDate(), c.regionId(), c.regionName(),
                c.organizationId(), c.organizationName(), c.maltreatments(), c.assignedWorkers(),
                c.people().stream().map(PersonResponse::of).toList(), c.version());
    }
}
