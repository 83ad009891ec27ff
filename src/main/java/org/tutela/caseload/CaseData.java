package org.tutela.caseload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as written by a caseworker. On creation, status, organization and assigned workers may be left out:
 * the case starts in investigation with the creator's organization and the creator assigned.
 */
public record CaseData(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]*", message = "{invalid.caseNumber}")
        String caseNumber,
        @NotNull @PastOrPresent LocalDate intakeDate,
        CaseStatus status,
        UUID organizationId,
        @NotNull @Size(min = 1, max = 20) List<@NotNull Maltreatment> maltreatments,
        @Size(max = 50) List<@NotNull UUID> assignedUserIds) {
}
