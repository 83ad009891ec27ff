package org.tutela.bip;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral with what the program recorded: the intake, the recommendations made apart from the program, the
 * attendance of the whole program (a renewal shows its earlier referrals' sessions), the monthly reports, and for the
 * provider the participant as it may see him and the months whose report is due.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDetail(BipReferral referral, Participant participant, Intake intake,
                             List<Recommendation> recommendations, List<SessionLine> sessions,
                             List<MonthlyReport> monthlyReports, List<DueReport> reportsDue) {

    /** The intake as recorded. */
    public record Intake(LocalDate screenedOn, Disclosure physicalViolence, Disclosure sexualViolence,
                         Disclosure otherAbuse, Disclosure outsideRelationships, Screening substanceUse,
                         Screening mentalHealth, boolean homicideThreat, boolean homicideIdeation, String note,
                         String recordedBy) {
    }

    /** The participant at one session. */
    public record SessionLine(UUID referralId, LocalDate heldOn, String groupName, Attendance attendance,
                              BigDecimal feeDue, BigDecimal feePaid, List<String> rulesBroken, Boolean admittedViolence) {
    }
}
