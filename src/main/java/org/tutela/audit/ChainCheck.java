package org.tutela.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * The result of verifying the audit chain: valid, how many sealed rows were checked, the first broken row (when
 * the break is a row) and what is wrong; how many rows are sealed and how many are not yet; the latest signed
 * checkpoint; and how many checkpoints are forged (their signature does not verify: evidence of tampering, which no
 * node trusts).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(boolean valid, long checked, Long firstBrokenSeq, String problem, long sealed,
                         long notYetSealed, LatestCheckpoint latestCheckpoint, long forgedCheckpoints) {

    /** A signed head of the chain: position, hash and signature in hex, and when it was signed. */
    public record LatestCheckpoint(long position, String hash, String signature, OffsetDateTime signedAt) {
    }
}
