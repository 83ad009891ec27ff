package org.tutela.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A compliance check: when, where the information came from, the finding (the obligation's new status), a note;
 * {@code amendmentReason} when it is dated in a quarter whose STOP BAS report was submitted.
 */
public record CheckData(
        @NotNull @PastOrPresent LocalDate checkedOn,
        @NotNull InformationSource source,
        @NotNull ObligationStatus finding,
        @NotBlank @Size(max = 4000) String note,
        org.tutela.shared.SubmittedPeriods.AmendmentReason amendmentReason) {

    public CheckData(LocalDate checkedOn, InformationSource source, ObligationStatus finding, String note) {
        this(checkedOn, source, finding, note, null);
    }
}
