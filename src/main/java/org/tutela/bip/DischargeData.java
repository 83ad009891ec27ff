package org.tutela.bip;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A participant leaves the program: when and why (a note when the reason is OTHER). */
public record DischargeData(@NotNull DischargeReason dischargeReason, @NotNull @PastOrPresent LocalDate dischargedOn,
                            @Size(max = 1000) String dischargeNote) {
}
