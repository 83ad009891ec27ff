package org.tutela.bip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tutela.caseload.Gender;

/** A group: its name, its one gender (seed 001: same-gendered groups only), when it meets, whether fees apply. */
public record GroupData(@NotBlank @Size(max = 120) String name, @NotNull Gender gender,
                        @NotBlank @Size(max = 120) String meets, Boolean feesApply) {
}
