package org.tutela.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The answer to an escalation, and whether it resolves the concern. */
public record EscalationResponse(
        @NotNull @PastOrPresent LocalDate respondedOn,
        @NotBlank @Size(max = 2000) String response,
        @NotNull Boolean resolved) {
}
