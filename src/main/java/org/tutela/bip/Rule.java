package org.tutela.bip;

import java.util.UUID;

/** One of the provider's own group rules. */
public record Rule(UUID id, String text) {
}
