package org.tutela.bip;

import java.util.UUID;

/** A BIP provider organization a perpetrator may be referred to. */
public record Provider(UUID id, String name) {
}
