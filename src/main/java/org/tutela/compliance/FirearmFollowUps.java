package org.tutela.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * C.1.5 firearm surrender follow-up, the one rule: the follow-up is resolved by a confirmed surrender, a report
 * of no firearms, or the latest escalation answered as resolved after the latest outcome (a later NOT_SURRENDERED
 * or a new escalation opens it again); otherwise it is overdue once the due date plus the grace period has passed.
 */
public final class FirearmFollowUps {

    private FirearmFollowUps() {
    }

    public static boolean resolved(FirearmOutcome outcome, LocalDate outcomeOn, Boolean latestEscalationResolved,
                                   LocalDate latestResponseOn) {
        if (outcome != null && outcome.closesFollowUp()) {
            return true;
        }
        return Boolean.TRUE.equals(latestEscalationResolved) && latestResponseOn != null
                && (outcomeOn == null || !latestResponseOn.isBefore(outcomeOn));
    }

    public static LocalDate overdueAfter(LocalDate dueOn, int graceDays) {
        return dueOn.plusDays(graceDays);
    }

    public static boolean overdue(LocalDate dueOn, int graceDays, boolean resolved, LocalDate today) {
        return !resolved && today.isAfter(overdueAfter(dueOn, graceDays));
    }

    /**
     * An open or overdue follow-up in a list (the BAS home page, the case page, the API): {@code contacts} are the
     * BAS's, {@code workerContacts} the professionals' documented follow-ups, {@code latestWorkerOutcome} what the
     * latest of those reported (absent when none).
     */
    public record Item(UUID obligationId, UUID caseId, String caseNumber, String perpetratorName, String issuer,
                       String orderNumber, LocalDate dueOn, LocalDate overdueAfter, FirearmOutcome outcome,
                       boolean resolved, boolean overdue, int contacts, int escalations, int workerContacts,
                       WorkerContactOutcome latestWorkerOutcome) {
    }
}
