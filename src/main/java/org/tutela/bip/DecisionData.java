package org.tutela.bip;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The provider's answer: accepted, or declined with a reason (and a note when the reason is OTHER). */
@io.swagger.v3.oas.annotations.media.Schema(name = "BipDecisionData")
public record DecisionData(@NotNull Decision decision, DeclineReason declineReason,
                           @Size(max = 1000) String declineNote) {
}
