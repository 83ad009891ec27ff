package org.tutela.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.support.IntegrationTest;

/**
 * Rows are inserted concurrently, with no lock, and chained after they commit: all of them, once, in one chain
 * that verifies, whoever seals and however many seal at once; a row is sealed only once its transaction (and every
 * older one) has ended, and a rolled-back transaction leaves nothing.
 */
@IntegrationTest
class AuditSealingIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void manyThreadsAuditingAtOnceAllEndUpInOneChain() throws Exception {
        String actor = "many-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<?> sealing = pool.submit(() -> {
                while (writing.get()) {
                    sealer.seal(false);
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        trail.recordLogin(actor, null, true);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            sealing.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        sealUntilSealed(actor, 240);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT s.position) FROM audit_seal s JOIN audit_event e ON e.seq = s.seq
                WHERE e.actor = ?""").param(actor).query(Long.class).single()).isEqualTo(240);
        assertThat(jdbc.sql("SELECT max(position) - count(*) FROM audit_seal").query(Long.class).single()).isZero();
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void aRowIsSealedOnlyAfterItsTransactionCommits() throws Exception {
        String actor = "open-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            long openSeq = insert(open, actor);
            // a row committed after the open one began waits too: the chain keeps the order of commits
            trail.recordLogin(actor + "-later", null, true);
            sealer.seal(false);
            assertThat(sealed(actor)).isZero();
            assertThat(sealed(actor + "-later")).isZero();
            assertThat(queries.verify().notYetSealed()).isPositive();

            open.commit();
            sealUntilSealed(actor, 1);
            sealUntilSealed(actor + "-later", 1);
            long openPosition = positionOf(openSeq);
            long laterPosition = jdbc.sql("""
                    SELECT s.position FROM audit_seal s JOIN audit_event e ON e.seq = s.seq WHERE e.actor = ?""")
                    .param(actor + "-later").query(Long.class).single();
            assertThat(openPosition).isLessThan(laterPosition);
        }
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesNothing() {
        transactions.executeWithoutResult(tx -> {
            trail.record("ROLLED_BACK_TEST", "CASE", UUID.randomUUID());
            tx.setRollbackOnly();
        });
        sealer.seal(false);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ROLLED_BACK_TEST'")
                .query(Long.class).single()).isZero();
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void twoSealersAtOnceDoNotForkTheChain() throws Exception {
        String actor = "two-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 300; i++) {
            trail.recordLogin(actor, null, true);
        }
        // while one node's sealer holds the turn, another's is told so and seals nothing
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            while (auditSeal(first, 10) == null) { // a scheduled sealer had the turn at that moment
                first.rollback();
                Thread.sleep(20);
            }
            assertThat(auditSeal(second, 10)).isNull();
            first.commit();
        }
        // two "nodes" sealing in small batches at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> nodes = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                nodes.add(pool.submit(() -> {
                    start.await();
                    try (Connection c = dataSource.getConnection()) {
                        for (int i = 0; i < 40; i++) {
                            auditSeal(c, 10);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> node : nodes) {
                node.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sealUntilSealed(actor, 300);
        assertThat(jdbc.sql("SELECT max(position) - count(*) FROM audit_seal").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) - count(DISTINCT seq) FROM audit_seal").query(Long.class).single())
                .isZero();
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void noLimitThatTheAppsCredentialsPassToTheSealerBreaksTheChain() {
        String actor = "limit-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            trail.recordLogin(actor, null, true);
        }
        // each in a transaction that holds the sealer's turn, as the app role may
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            takeTheSealersTurn();
            jdbc.sql("SELECT audit_seal(-5)").query(Integer.class).single();
        })).rootCause().isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("2201W")); // negative LIMIT
        transactions.executeWithoutResult(tx -> {
            takeTheSealersTurn();
            assertThat(jdbc.sql("SELECT audit_seal(0)").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT audit_seal(NULL)").query(Integer.class).single()).isGreaterThanOrEqualTo(5);
        });
        assertThat(sealed(actor)).isEqualTo(5);
        assertThat(queries.verify().valid()).isTrue();
    }

    private void takeTheSealersTurn() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7305003)").query(Object.class).single();
    }

    private static long insert(Connection c, String actor) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_event (actor, action) VALUES (?, 'LOGIN_SUCCESS') RETURNING seq")) {
            s.setString(1, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Integer auditSeal(Connection c, int limit) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT audit_seal(" + limit + ")")) {
            rs.next();
            int sealed = rs.getInt(1);
            return rs.wasNull() ? null : sealed;
        }
    }

    private long sealed(String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_seal s JOIN audit_event e ON e.seq = s.seq WHERE e.actor = ?")
                .param(actor).query(Long.class).single();
    }

    private long positionOf(long seq) {
        return jdbc.sql("SELECT position FROM audit_seal WHERE seq = ?").param(seq).query(Long.class).single();
    }

    /** Seals until {@code count} rows of {@code actor} are in the chain (another sealer may have the turn). */
    private void sealUntilSealed(String actor, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sealed(actor) < count && System.nanoTime() < deadline) {
            if (sealer.seal(false) <= 0) {
                Thread.sleep(20);
            }
        }
        assertThat(sealed(actor)).isEqualTo(count);
    }
}
