package org.tutela.bip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral of a case's perpetrator to a BIP provider: the reason as written for the provider (it must name nobody
 * else of the case), and when the court ordered it, the order (linked to the perpetrator's BIP obligation when there
 * is one). {@code renewsId} names the expired referral this one renews.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "BipReferralData")
public record ReferralData(
        @NotNull UUID caseId,
        @NotNull UUID perpetratorId,
        @NotNull UUID providerId,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Boolean courtOrdered,
        UUID obligationId,
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ./-]*") String orderNumber,
        @PastOrPresent LocalDate orderedOn,
        UUID renewsId) {
}
