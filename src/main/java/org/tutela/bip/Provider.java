package org.tutela.bip;

import java.util.UUID;

/** A BIP provider organization a perpetrator may be referred to. */
@io.swagger.v3.oas.annotations.media.Schema(name = "BipProvider")
public record Provider(UUID id, String name) {
}
