package org.tutela.courtbrief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tutela.compliance.Obligation;
import org.tutela.consultation.Consultation;

/**
 * C.1.5: "the clear, case-specific information they need to effectively present during hearings": the
 * perpetrator's obligations and compliance, his batterer intervention program's attendance (seed 001), firearm status, the hearings and staffings the BAS attended, and the
 * consultations. It holds nothing about the survivor or the children but the case's maltreatments.
 */
public record CourtBrief(UUID caseId, String caseNumber, String caseStatus, List<String> maltreatments,
                         LocalDate preparedOn, String preparedBy, List<Perpetrator> perpetrators,
                         List<Obligation> obligations, List<org.tutela.bip.BipReferral> programs, List<Event> events,
                         List<Consultation> consultations, long consultationsTotal) {

    public record Perpetrator(UUID id, String name, LocalDate dateOfBirth, LocalDate monitoredSince,
                              LocalDate monitoringEndedOn) {
    }

    /** A staffing or hearing of the case and what the BAS recorded about it. */
    public record Event(String type, OffsetDateTime startsAt, String place, String status, Boolean attended,
                        String accountabilityNotes) {
    }

    public List<Obligation> firearmObligations() {
        return obligations.stream().filter(o -> o.firearm() != null).toList();
    }
}
