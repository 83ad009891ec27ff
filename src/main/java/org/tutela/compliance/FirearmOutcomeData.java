package org.tutela.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The outcome of a firearm surrender order, with the receipt or inventory that confirms a surrender, and whether
 * the child welfare professional documented the follow-up in their case record (C.1.5).
 */
public record FirearmOutcomeData(
        @NotNull FirearmOutcome outcome,
        @NotNull @PastOrPresent LocalDate confirmedOn,
        @Size(max = 1000) String evidence,
        @NotNull Boolean professionalDocumented) {
}
