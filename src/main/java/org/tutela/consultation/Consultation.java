package org.tutela.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tutela.directory.OrganizationType;

/** A logged consultation as read back. */
public record Consultation(UUID id, UUID caseId, String caseNumber, UUID basUserId, String basName,
                           LocalDate consultedOn, String professionalName, String professionalRole,
                           UUID organizationId, String organizationName, OrganizationType organizationType,
                           ConsultationMode mode, List<Topic> topics, String note,
                           ComplianceAnswer complianceMonitoring, YesNo guidedSafetyActions, LocalDate followUpOn,
                           int version, OffsetDateTime createdAt) {

    public ConsultationData data() {
        return new ConsultationData(caseId, consultedOn, professionalName, professionalRole, organizationId, mode,
                topics, note, complianceMonitoring, guidedSafetyActions, followUpOn);
    }
}
