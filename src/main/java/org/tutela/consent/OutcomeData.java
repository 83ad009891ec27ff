package org.tutela.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The advocate's answer to a referral: what came of it, and when. */
public record OutcomeData(@NotNull ReferralOutcome outcome, @NotNull @PastOrPresent LocalDate on) {
}
