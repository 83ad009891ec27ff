package org.tutela.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An unresolved safety concern raised through a cross-system communication channel (C.1.5). */
public record EscalationData(
        @NotNull @PastOrPresent LocalDate escalatedOn,
        @NotBlank @Size(max = 120) String channel,
        @NotBlank @Size(max = 200) String escalatedTo,
        @NotBlank @Size(max = 2000) String concern) {
}
