package org.tutela.consent;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.access.CaseAccess.ReleaseScope;

/**
 * A Release of Information as the survivor signed it (C.1.6.1): between the DV center and its BAS, for these purposes,
 * sharing what {@code scope} names, from the day signed to the day it expires (required).
 */
public record ReleaseData(@NotNull UUID survivorId, @NotEmpty List<@NotNull ReleasePurpose> purposes,
                          @NotEmpty List<@NotNull ReleaseScope> scope, @NotNull @PastOrPresent LocalDate signedOn,
                          @NotNull LocalDate expiresOn) {
}
