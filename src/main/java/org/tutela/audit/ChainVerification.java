package org.tutela.audit;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the sealed chain (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md), in one snapshot: each
 * seal's row, hash and link; the hash at each signed checkpoint's position; that the chain reaches this node's
 * checkpoint; and that no committed row was left out below the watermark. Reports the first problem; a forged
 * checkpoint (one this key did not sign) is evidence of tampering, reported after any problem of the chain itself,
 * which is checked against the signed checkpoints only.
 */
@Component
class ChainVerification {

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final CheckpointFile file;

    ChainVerification(DataSource dataSource, AuditKey key, CheckpointFile file) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000); // checkpoints are streamed, not loaded at once
        this.jdbc = JdbcClient.create(streaming);
        this.key = key;
        this.file = file;
    }

    private record Totals(long sealed, long end, long notYetSealed, Long skippedSeq) {
    }

    private record Break(long checked, Long seq, String problem) {
    }

    private record AtPosition(long seq, byte[] hash, boolean kept) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainCheck verify() {
        // read before the snapshot: whatever the file names was committed before it, so the snapshot holds it
        Optional<Checkpoint> mine;
        String unreadable = null;
        try {
            mine = file.read();
        } catch (RuntimeException e) {
            mine = Optional.empty();
            unreadable = "this node's checkpoint file cannot be read";
        }
        Totals totals = jdbc.sql("""
                SELECT (SELECT count(*) FROM audit_seal) AS sealed,
                       (SELECT coalesce(max(position), 0) FROM audit_seal) AS end_position,
                       count(*) AS not_yet_sealed,
                       min(e.seq) FILTER (WHERE e.xid < (SELECT s.watermark FROM audit_seal s
                                                         ORDER BY s.position DESC LIMIT 1)) AS skipped_seq
                FROM audit_event e
                WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = e.seq)""")
                .query((rs, n) -> new Totals(rs.getLong("sealed"), rs.getLong("end_position"),
                        rs.getLong("not_yet_sealed"), rs.getObject("skipped_seq", Long.class)))
                .single();
        Optional<Break> broken = firstBrokenSeal();
        Checkpoints checkpoints = checkpoints(totals.end());
        if (broken.isEmpty()) {
            broken = checkpoints.problem;
        }
        if (broken.isEmpty() && unreadable != null) {
            broken = Optional.of(new Break(totals.sealed(), null, unreadable));
        }
        if (broken.isEmpty() && mine.isPresent()) {
            broken = againstThisNode(mine.get(), totals);
        }
        if (broken.isEmpty() && totals.skippedSeq() != null) {
            broken = Optional.of(new Break(totals.sealed(), totals.skippedSeq(), "row " + totals.skippedSeq()
                    + " committed before the chain's watermark but is not in the chain"));
        }
        if (broken.isEmpty() && checkpoints.firstForged != null) {
            Checkpoint forged = checkpoints.firstForged;
            broken = Optional.of(new Break(totals.sealed(), null, "the checkpoint at position " + forged.position()
                    + " added at " + forged.signedAt() + " is forged: its signature does not verify with this node's "
                    + "key, so someone with the database's credentials added it (or a node signs with another key: "
                    + "every node needs the same TUTELA_AUDIT_KEY)"
                    + (checkpoints.forged > 1 ? "; " + checkpoints.forged + " forged checkpoints in all" : "")
                    + ". The chain itself matches every signed checkpoint"));
        }
        ChainCheck.LatestCheckpoint latest = checkpoints.latest == null ? null : checkpoints.latest.shown();
        return broken.map(b -> new ChainCheck(false, b.checked(), b.seq(), b.problem(), totals.sealed(),
                        totals.notYetSealed(), latest, checkpoints.forged))
                .orElseGet(() -> new ChainCheck(true, totals.sealed(), null, null, totals.sealed(),
                        totals.notYetSealed(), latest, checkpoints.forged));
    }

    /** The first seal, by position, that is out of place, has lost its row, or whose hash or link is wrong. */
    private Optional<Break> firstBrokenSeal() {
        return jdbc.sql("""
                SELECT n, position, seq, problem FROM (
                    SELECT row_number() OVER w AS n, s.position, s.seq,
                           CASE WHEN s.position <> row_number() OVER w THEN 'gap'
                                WHEN e.seq IS NULL THEN 'missing'
                                WHEN s.hash <> audit_event_digest(s.prev_hash, e.seq, e.at, e.actor, e.role, e.action,
                                                                  e.entity_type, e.entity_id, e.request_id)
                                    THEN 'content'
                                WHEN s.prev_hash IS DISTINCT FROM lag(s.hash) OVER w THEN 'link'
                           END AS problem
                    FROM audit_seal s LEFT JOIN audit_event e ON e.seq = s.seq
                    WINDOW w AS (ORDER BY s.position)) walk
                WHERE problem IS NOT NULL
                ORDER BY position
                LIMIT 1""")
                .query((rs, i) -> {
                    long n = rs.getLong("n");
                    long seq = rs.getLong("seq");
                    String problem = switch (rs.getString("problem")) {
                        case "gap" -> "position " + n + " of the chain is missing: a sealed row was removed";
                        case "missing" -> "row " + seq + ", sealed at position " + n + ", is missing";
                        case "content" -> "the content of row " + seq + " does not match its seal";
                        default -> "row " + seq + " does not link to the row sealed before it";
                    };
                    return new Break(n, seq, problem);
                })
                .optional();
    }

    private static final class Checkpoints {
        Optional<Break> problem = Optional.empty();
        Checkpoint latest;
        long lastGood;
        long forged;
        Checkpoint firstForged;
    }

    /**
     * Every checkpoint: the chain still has the signed hash at a signed checkpoint's position; one that this key did
     * not sign is counted as forged and proves nothing about the chain.
     */
    private Checkpoints checkpoints(long end) {
        Checkpoints result = new Checkpoints();
        jdbc.sql("""
                SELECT c.position, c.hash, c.signature, c.signed_at, s.hash AS chain_hash, s.seq
                FROM audit_checkpoint c LEFT JOIN audit_seal s ON s.position = c.position
                ORDER BY c.position, c.signed_at""")
                .query((ResultSet rs) -> {
                    Checkpoint c = Checkpoint.of(rs);
                    if (!key.signed(c)) {
                        result.forged++;
                        if (result.firstForged == null) {
                            result.firstForged = c;
                        }
                        return;
                    }
                    result.latest = c;
                    if (result.problem.isPresent()) {
                        return;
                    }
                    byte[] chainHash = rs.getBytes("chain_hash");
                    Long seq = chainHash == null ? null : rs.getLong("seq");
                    if (chainHash == null) {
                        result.problem = Optional.of(new Break(end, null, "the chain ends at position " + end
                                + ", before the checkpoint at position " + c.position() + " signed at "
                                + c.signedAt() + ": sealed rows were removed"));
                    } else if (!Arrays.equals(chainHash, c.hash())) {
                        result.problem = Optional.of(new Break(c.position(), seq, "the chain at position "
                                + c.position() + " (row " + seq + ") differs from the checkpoint signed at "
                                + c.signedAt() + ": rows sealed after position " + result.lastGood + " up to "
                                + c.position() + " were changed"));
                    } else {
                        result.lastGood = c.position();
                    }
                });
        return result;
    }

    /** This node's own checkpoint, from its file: catches trailing rows and checkpoints removed together. */
    private Optional<Break> againstThisNode(Checkpoint mine, Totals totals) {
        if (!key.signed(mine.position(), mine.hash(), mine.signature())) {
            return Optional.of(new Break(totals.sealed(), null,
                    "this node's checkpoint file does not carry a valid signature"));
        }
        if (mine.position() > totals.end()) {
            return Optional.of(new Break(totals.sealed(), null, "the chain ends at position " + totals.end()
                    + ", before this node's checkpoint at position " + mine.position() + " signed at "
                    + mine.signedAt() + ": sealed rows and their checkpoints were removed"));
        }
        Optional<AtPosition> at = jdbc.sql("""
                SELECT s.seq, s.hash, EXISTS (SELECT 1 FROM audit_checkpoint c
                                              WHERE c.position = s.position AND c.signature = ?) AS kept
                FROM audit_seal s WHERE s.position = ?""")
                .params(mine.signature(), mine.position())
                .query((rs, n) -> new AtPosition(rs.getLong("seq"), rs.getBytes("hash"), rs.getBoolean("kept")))
                .optional();
        if (at.isEmpty() || !Arrays.equals(at.get().hash(), mine.hash())) {
            return Optional.of(new Break(mine.position(), at.map(AtPosition::seq).orElse(null), "the chain at "
                    + "position " + mine.position() + " differs from this node's checkpoint signed at "
                    + mine.signedAt() + ": rows were changed"));
        }
        if (!at.get().kept()) {
            return Optional.of(new Break(totals.sealed(), null, "this node's checkpoint at position "
                    + mine.position() + " is not in the database: checkpoints were removed"));
        }
        return Optional.empty();
    }
}
