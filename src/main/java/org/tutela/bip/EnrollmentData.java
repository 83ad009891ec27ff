package org.tutela.bip;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** The group a screened participant joins, and when. */
public record EnrollmentData(@NotNull UUID groupId, @NotNull @PastOrPresent LocalDate enrolledOn) {
}
