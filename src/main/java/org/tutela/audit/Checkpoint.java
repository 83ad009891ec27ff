package org.tutela.audit;

import java.time.OffsetDateTime;
import java.util.HexFormat;

/** A signed head of the audit chain: the hash at a position, and its signature by {@link AuditKey}. */
record Checkpoint(long position, byte[] hash, byte[] signature, OffsetDateTime signedAt) {

    ChainCheck.LatestCheckpoint shown() {
        return new ChainCheck.LatestCheckpoint(position, HexFormat.of().formatHex(hash),
                HexFormat.of().formatHex(signature), signedAt);
    }

    @Override
    public String toString() {
        return "position " + position + ", hash " + HexFormat.of().formatHex(hash) + ", signature "
                + HexFormat.of().formatHex(signature) + ", signed at " + signedAt;
    }
}
