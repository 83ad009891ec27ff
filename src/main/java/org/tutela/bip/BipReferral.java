package org.tutela.bip;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral as one reader may see it. For the provider, the case's number and ids and the linked obligation are
 * absent: the provider learns the participant, the reason written for it, the order's number and date, and the
 * referring worker. {@code attended} counts the sessions attended in the whole program (a renewal continues it), of
 * {@code sessionsRequired}. {@code homicideAlert}: a homicide threat or ideation was named at the program's intake.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BipReferral(UUID id, UUID caseId, String caseNumber, UUID perpetratorId, String participantName,
                          UUID providerId, String providerName, String reason, boolean courtOrdered,
                          UUID obligationId, String orderNumber, LocalDate orderedOn, LocalDate referredOn,
                          LocalDate expiresOn, String referredBy, ReferralStatus status, LocalDate decidedOn,
                          DeclineReason declineReason, String declineNote, UUID groupId, String groupName,
                          LocalDate enrolledOn, LocalDate dischargedOn, DischargeReason dischargeReason,
                          String dischargeNote, UUID renewsId, UUID renewedById, boolean screened, int attended,
                          int sessionsRequired, boolean homicideAlert) {

    /** The 26 weekly group sessions of the program (seed 001). */
    public static final int SESSIONS = 26;

    /** Whether the participant has attended all 26 sessions. */
    public boolean attendedAll() {
        return attended >= SESSIONS;
    }

    /** Whether the referral takes sessions today: enrolled, not ended, not expired. */
    public boolean takesSessions() {
        return status == ReferralStatus.ENROLLED || status == ReferralStatus.ATTENDING;
    }
}
