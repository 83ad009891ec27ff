package org.tutela.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.SubmittedPeriods;

/**
 * A logged consultation as read back.
 *
 * @param amendments the changes made to it after the STOP BAS report of its quarter was submitted ("amended after
 *                   submission"), on the reading of one consultation; none in lists
 */
public record Consultation(UUID id, UUID caseId, String caseNumber, UUID basUserId, String basName,
                           LocalDate consultedOn, String professionalName, String professionalRole,
                           UUID organizationId, String organizationName, OrganizationType organizationType,
                           ConsultationMode mode, List<Topic> topics, String note,
                           ComplianceAnswer complianceMonitoring, YesNo guidedSafetyActions, LocalDate followUpOn,
                           int version, OffsetDateTime createdAt,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SubmittedPeriods.Amendment> amendments) {

    Consultation withAmendments(List<SubmittedPeriods.Amendment> found) {
        return new Consultation(id, caseId, caseNumber, basUserId, basName, consultedOn, professionalName,
                professionalRole, organizationId, organizationName, organizationType, mode, topics, note,
                complianceMonitoring, guidedSafetyActions, followUpOn, version, createdAt, List.copyOf(found));
    }

    public ConsultationData data() {
        return new ConsultationData(caseId, consultedOn, professionalName, professionalRole, organizationId, mode,
                topics, note, complianceMonitoring, guidedSafetyActions, followUpOn);
    }
}
