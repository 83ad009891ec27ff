package org.tutela.courtbrief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/** One dated item of a perpetrator's timeline; {@code href} opens the record it comes from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(LocalDate date, Kind kind, String summary, String detail, String href, UUID recordId) {

    /** What the entry records. */
    public enum Kind {
        CONSULTATION, MONITORING_STARTED, MONITORING_ENDED, OBLIGATION, COMPLIANCE_CHECK, FIREARM_CONTACT,
        FIREARM_WORKER_CONTACT, FIREARM_OUTCOME, ESCALATION, ESCALATION_RESPONSE, STAFFING, HEARING, BIP_REFERRAL,
        BIP_REPORT, BIP_ALERT, BIP_DISCHARGE
    }
}
