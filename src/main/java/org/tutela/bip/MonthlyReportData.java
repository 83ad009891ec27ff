package org.tutela.bip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A participant's monthly report (seed 001): the month ({@code 2026-11}) and a short comment; the figures come from
 * the attendance recorded. The comment makes no prediction and certifies nothing.
 */
public record MonthlyReportData(@NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String month,
                                @NotBlank @Size(max = 600) String comment) {
}
