package org.tutela.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A perpetrator's obligation as the BAS records it. */
public record ObligationData(
        @NotNull ObligationSource source,
        InjunctionKind injunctionKind,
        @NotBlank @Size(max = 200) String issuer,
        @Size(max = 80) String orderNumber,
        @NotNull LocalDate orderedOn,
        @NotBlank @Size(max = 4000) String requirement,
        LocalDate dueOn,
        @Size(max = 120) String recurrence) {
}
