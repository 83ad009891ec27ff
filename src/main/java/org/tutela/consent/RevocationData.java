package org.tutela.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The survivor revoked a release: when, and how the revocation was received. */
public record RevocationData(@NotNull @PastOrPresent LocalDate revokedOn, @NotNull RevocationReceived receivedHow) {
}
