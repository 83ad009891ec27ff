package org.tutela.consent;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A referral of a case's survivor to a DV center's advocate; the center is the region's when it has one only. */
public record ReferralData(@NotNull UUID survivorId, UUID centerId) {
}
