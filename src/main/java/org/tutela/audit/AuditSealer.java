package org.tutela.audit;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.shared.Logs;

/**
 * Chains committed audit rows and signs the chain's head (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md).
 * Every node runs it every second and at shutdown; the database's {@code audit_seal()} lets one node at a time
 * seal, in its transaction, and the checkpoint is signed in that same transaction, so nodes never fork the chain.
 * Each node signs the head when it has moved since this node last signed it and the checkpoint interval or the
 * checkpoint rows have passed, unless the chain no longer matches an earlier checkpoint: a rewritten chain is
 * never signed. Only checkpoints that this key signed count: a forged one, which the app's database credentials can
 * add, never stops signing. A signed checkpoint goes into the database, into this node's checkpoint file and into
 * the log.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditKey key;
    private final CheckpointFile file;
    private final AuditProperties properties;

    /** This node's latest checkpoint position (read from its file at first) and when it was last due. */
    private Long signedPosition;
    private Instant signedAt;

    AuditSealer(DataSource dataSource, PlatformTransactionManager transactions, AuditKey key, CheckpointFile file,
                AuditProperties properties) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(100); // checkpoints are read newest first until a signed one, not loaded at once
        this.jdbc = JdbcClient.create(streaming);
        this.transactions = new TransactionTemplate(transactions);
        this.key = key;
        this.file = file;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${tutela.audit.seal-interval:1s}")
    void onSchedule() {
        try {
            seal(false);
        } catch (RuntimeException e) {
            log.warn("Could not seal the audit chain: {}", Logs.summary(e));
        }
    }

    @PreDestroy
    void atShutdown() {
        try {
            seal(true);
        } catch (RuntimeException e) {
            log.warn("Could not seal and sign the audit chain at shutdown: {}", Logs.summary(e));
        }
    }

    /**
     * Seals the rows of committed transactions and signs the head when due ({@code signNow}: whenever it moved).
     * Returns how many rows were sealed, or -1 when another node was sealing at that moment.
     */
    synchronized int seal(boolean signNow) {
        Sealed sealed = transactions.execute(tx -> {
            int rows = jdbc.sql("SELECT coalesce(audit_seal(?), -1)").param(properties.sealBatch())
                    .query(Integer.class).single();
            return new Sealed(rows, rows < 0 ? null : signIfDue(signNow));
        });
        if (sealed.checkpoint() != null) {
            signedPosition = sealed.checkpoint().position();
            file.write(sealed.checkpoint());
            log.info("Audit checkpoint: {}", sealed.checkpoint());
        }
        return sealed.rows();
    }

    private record Sealed(int rows, Checkpoint checkpoint) {
    }

    private Checkpoint signIfDue(boolean signNow) {
        Optional<Head> head = jdbc.sql("SELECT position, hash FROM audit_seal ORDER BY position DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong("position"), rs.getBytes("hash"))).optional();
        long mine = signedPosition();
        if (head.isEmpty() || head.get().position() == mine) {
            return null; // (a head behind this node's checkpoint is a doubt, below)
        }
        Instant now = Instant.now();
        boolean due = signNow || signedAt == null || head.get().position() - mine >= properties.checkpointRows()
                || Duration.between(signedAt, now).compareTo(properties.checkpointInterval()) >= 0;
        if (!due) {
            return null;
        }
        signedAt = now; // also when refusing below, so that a refusal is logged once per interval
        Optional<String> doubt = doubt();
        if (doubt.isPresent()) {
            log.error("Not signing the audit chain at position {}: {}. GET /api/v1/audit/verify tells more",
                    head.get().position(), doubt.get());
            return null;
        }
        byte[] signature = key.sign(head.get().position(), head.get().hash());
        // the database checks that the chain has this hash at this position, and stamps the time
        OffsetDateTime at = jdbc.sql("SELECT audit_checkpoint_add(?, ?, ?)")
                .params(head.get().position(), head.get().hash(), signature)
                .query(OffsetDateTime.class).single();
        return new Checkpoint(head.get().position(), head.get().hash(), signature, at);
    }

    private record Head(long position, byte[] hash) {
    }

    /** Why the chain must not be signed: it no longer matches this node's checkpoint or the latest signed one. */
    private Optional<String> doubt() {
        Optional<Checkpoint> mine;
        try {
            mine = file.read();
        } catch (RuntimeException e) {
            return Optional.of("this node's checkpoint file " + file.path() + " cannot be read");
        }
        if (mine.isPresent() && !Arrays.equals(mine.get().hash(), hashAt(mine.get().position()))) {
            return Optional.of("the chain no longer matches this node's checkpoint at position "
                    + mine.get().position());
        }
        Optional<Checkpoint> latest = latestSigned();
        if (latest.isPresent() && !Arrays.equals(latest.get().hash(), hashAt(latest.get().position()))) {
            return Optional.of("the chain no longer matches the latest checkpoint, at position "
                    + latest.get().position());
        }
        return Optional.empty();
    }

    /** The latest checkpoint that this key signed, passing over forged ones. */
    private Optional<Checkpoint> latestSigned() {
        return jdbc.sql("SELECT position, hash, signature, signed_at FROM audit_checkpoint ORDER BY position DESC")
                .query((ResultSet rs) -> {
                    while (rs.next()) {
                        Checkpoint checkpoint = Checkpoint.of(rs);
                        if (key.signed(checkpoint)) {
                            return Optional.of(checkpoint);
                        }
                    }
                    return Optional.<Checkpoint>empty();
                });
    }

    private byte[] hashAt(long position) {
        return jdbc.sql("SELECT hash FROM audit_seal WHERE position = ?").param(position)
                .query((rs, n) -> rs.getBytes("hash")).optional().orElse(null);
    }

    private long signedPosition() {
        if (signedPosition == null) {
            try {
                signedPosition = file.read().map(Checkpoint::position).orElse(0L);
            } catch (RuntimeException unreadable) {
                signedPosition = 0L; // doubt() refuses to sign until it is readable
            }
        }
        return signedPosition;
    }
}
