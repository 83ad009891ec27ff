package org.tutela.consent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/** A referral of a survivor to a DV center's advocate, with its outcome once the advocate recorded it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referral(UUID id, UUID caseId, String caseNumber, UUID survivorId, String survivorName, UUID centerId,
                       String centerName, LocalDate referredOn, String referredBy, ReferralOutcome outcome,
                       LocalDate outcomeOn, String outcomeBy) {

    public boolean open() {
        return outcome == null;
    }

    /** Whether the center's advocates see the case by it: open, or the survivor enrolled (CaseAccess.referralSeen). */
    public boolean seen() {
        return outcome == null || outcome == ReferralOutcome.ENROLLED;
    }
}
