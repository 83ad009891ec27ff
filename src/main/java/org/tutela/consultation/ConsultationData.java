package org.tutela.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation as a BAS writes it (form, POST and PATCH alike). */
public record ConsultationData(
        @NotNull UUID caseId,
        @NotNull @PastOrPresent LocalDate consultedOn,
        @NotBlank @Size(max = 120) String professionalName,
        @NotBlank @Size(max = 80) String professionalRole,
        @NotNull UUID organizationId,
        @NotNull ConsultationMode mode,
        @NotNull @Size(min = 1, max = 7) List<@NotNull Topic> topics,
        @NotBlank @Size(max = 8000) String note,
        @NotNull ComplianceAnswer complianceMonitoring,
        @NotNull YesNo guidedSafetyActions,
        LocalDate followUpOn) {
}
