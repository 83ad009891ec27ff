package org.tutela.bip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One of the provider's own group rules. */
public record RuleData(@NotBlank @Size(max = 200) String text) {
}
