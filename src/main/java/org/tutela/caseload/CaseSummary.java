package org.tutela.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case in a list of search results. */
public record CaseSummary(UUID id, String caseNumber, CaseStatus status, LocalDate intakeDate, UUID organizationId,
                          String organizationName, List<Maltreatment> maltreatments, List<Member> people) {

    /** A person's name and role, without any contact field. */
    public record Member(UUID id, PersonRole role, String firstName, String lastName) {
    }
}
