package org.tutela.consultation;

import java.time.LocalDate;
import java.util.UUID;
import org.tutela.directory.OrganizationType;

/** Which consultations to list; every part is optional. */
public record ConsultationFilter(UUID caseId, LocalDate from, LocalDate to, OrganizationType agencyType,
                                 ComplianceAnswer complianceMonitoring, YesNo guidedSafetyActions) {

    public static ConsultationFilter none() {
        return new ConsultationFilter(null, null, null, null, null, null);
    }
}
