package org.tutela.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.shared.SubmittedPeriods;

/**
 * A consultation as a BAS writes it (form, POST and PATCH alike).
 *
 * @param amendmentReason why a consultation dated in a quarter whose STOP BAS report was submitted is logged or changed
 *                        (required then, ignored otherwise; it is kept with the amendment, not with the consultation)
 */
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
        LocalDate followUpOn,
        SubmittedPeriods.AmendmentReason amendmentReason) {

    public ConsultationData(UUID caseId, LocalDate consultedOn, String professionalName, String professionalRole,
                            UUID organizationId, ConsultationMode mode, List<Topic> topics, String note,
                            ComplianceAnswer complianceMonitoring, YesNo guidedSafetyActions, LocalDate followUpOn) {
        this(caseId, consultedOn, professionalName, professionalRole, organizationId, mode, topics, note,
                complianceMonitoring, guidedSafetyActions, followUpOn, null);
    }

    /** The same consultation without a reason (to compare what changed). */
    ConsultationData withoutReason() {
        return new ConsultationData(caseId, consultedOn, professionalName, professionalRole, organizationId, mode,
                topics, note, complianceMonitoring, guidedSafetyActions, followUpOn);
    }
}
