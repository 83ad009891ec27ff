package org.tutela.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A child welfare professional's follow-up of a firearm surrender, as they document it (C.1.5): when they
 * contacted law enforcement, the court or someone else, what came of it, and a short note (whom, when "other").
 */
public record WorkerContactData(
        @NotNull @PastOrPresent LocalDate contactedOn,
        @NotNull WorkerContactParty party,
        @NotNull WorkerContactOutcome outcome,
        @Size(max = 500) String note) {
}
