package org.tutela.bip;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A participant's month (seed 001): sessions attended of those held, the running count of 26, fees due and paid
 * (absent where no fee applied), the group rules broken, whether he admitted to his violence (absent when it did not
 * come up), and the provider's comment. Sent to the referring worker, their supervisors and the BAS, who acknowledge
 * it. {@code caseNumber} is absent for the provider, and so is who acknowledged it (the BAS works for the DV center):
 * the provider learns how many did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonthlyReport(UUID id, UUID referralId, String caseNumber, String participantName, String providerName,
                            String month, LocalDate monthStart, int sessionsHeld, int sessionsAttended, int cumulative,
                            int sessionsRequired, BigDecimal feesDue, BigDecimal feesPaid, List<String> rulesViolated,
                            Boolean admittedViolence, String comment, String sentBy, OffsetDateTime sentAt,
                            List<Acknowledgment> acknowledgments, int acknowledgedCount, Boolean acknowledgedByYou) {

    /** Who acknowledged the report, and when. */
    public record Acknowledgment(String name, org.tutela.directory.Role role, OffsetDateTime at) {
    }
}
