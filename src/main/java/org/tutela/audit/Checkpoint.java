package org.tutela.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * A signed head of the audit chain: the hash at a position, and its signature by {@link AuditKey}. A row of
 * {@code audit_checkpoint} whose signature does not verify ({@link AuditKey#signed(Checkpoint)}) is forged: someone
 * with the database's credentials added it, and no node trusts it.
 */
record Checkpoint(long position, byte[] hash, byte[] signature, OffsetDateTime signedAt) {

    /** The checkpoint in the current row of {@code rs} (columns position, hash, signature, signed_at). */
    static Checkpoint of(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getLong("position"), rs.getBytes("hash"), rs.getBytes("signature"),
                rs.getObject("signed_at", OffsetDateTime.class));
    }

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
