package org.tutela.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A compliance check: when, where the information came from, the finding (the obligation's new status), a note. */
public record CheckData(
        @NotNull @PastOrPresent LocalDate checkedOn,
        @NotNull InformationSource source,
        @NotNull ObligationStatus finding,
        @NotBlank @Size(max = 4000) String note) {
}
