package org.tutela.bip;

import java.util.UUID;

/** One of the provider's own group rules. */
@io.swagger.v3.oas.annotations.media.Schema(name = "BipGroupRule")
public record Rule(UUID id, String text) {
}
