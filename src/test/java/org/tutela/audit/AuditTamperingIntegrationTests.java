package org.tutela.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.database.DatabaseOwner;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Someone with the owner's rights, who can disable the triggers and rewrite anything in the database, still cannot
 * rewrite the trail unnoticed: a changed row, a row changed with every later hash recomputed, trailing rows removed
 * with their seals and checkpoints, a truncated trail and a re-sealed history are each reported as broken. Each
 * test puts everything back, holding the sealer's lock meanwhile so that no node seals or signs the tampered chain.
 */
@IntegrationTest
class AuditTamperingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditQueries queries;

    @Autowired
    CheckpointFile file;

    @Autowired
    JdbcClient jdbc;

    private static final String[] TABLES = {"audit_event", "audit_seal", "audit_checkpoint"};

    @Test
    void theTriggersRefuseChangesEvenToTheOwner() {
        try (DatabaseOwner owner = DatabaseOwner.connect(context)) {
            assertThatThrownBy(() -> owner.jdbc().sql("UPDATE audit_event SET actor = 'mallory'").update())
                    .rootCause().hasMessageContaining("insert-only");
            assertThatThrownBy(() -> owner.jdbc().sql("DELETE FROM audit_seal").update())
                    .rootCause().hasMessageContaining("insert-only");
            assertThatThrownBy(() -> owner.jdbc().sql("TRUNCATE audit_checkpoint").update())
                    .rootCause().hasMessageContaining("insert-only");
        }
    }

    @Test
    void aChangedRowIsFoundByItsSeal() {
        Api api = new Api(port);
        Fixtures.openCase(api, "cpi");
        JsonNode before = api.get("admin", "/api/v1/audit/verify").json();
        assertThat(before.get("valid").asBoolean()).isTrue();
        assertThat(before.get("checked").asLong()).isGreaterThan(0);
        assertThat(before.get("sealed").asLong()).isGreaterThan(0);

        tamper(owner -> {
            long seq = owner.sql("""
                    SELECT max(e.seq) FROM audit_event e JOIN audit_seal s ON s.seq = e.seq
                    WHERE e.action = 'CREATE'""").query(Long.class).single();
            owner.sql("CREATE TEMP TABLE kept AS SELECT seq, actor FROM audit_event WHERE seq = " + seq)
                    .update();
            owner.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?").param(seq).update();
        }, owner -> {
            long seq = owner.sql("SELECT seq FROM kept").query(Long.class).single();
            JsonNode tampered = api.get("admin", "/api/v1/audit/verify").json();
            assertThat(tampered.get("valid").asBoolean()).isFalse();
            assertThat(tampered.get("firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(tampered.get("problem").asString()).contains("content of row " + seq);
        }, owner -> owner.sql("UPDATE audit_event e SET actor = k.actor FROM kept k WHERE e.seq = k.seq").update());
        assertThat(api.get("admin", "/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRowChangedWithEveryLaterHashRecomputedIsFoundByTheCheckpoints() {
        long head = signedHead();
        tamper(owner -> {
            owner.sql("CREATE TEMP TABLE kept_seal AS SELECT * FROM audit_seal WHERE position >= " + (head - 5))
                    .update();
            long seq = owner.sql("SELECT seq FROM audit_seal WHERE position = ?").param(head - 5)
                    .query(Long.class).single();
            owner.sql("CREATE TEMP TABLE kept_event AS SELECT seq, actor FROM audit_event WHERE seq = " + seq)
                    .update();
            owner.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?").param(seq).update();
            rehashFrom(owner, head - 5);
        }, owner -> {
            ChainCheck check = queries.verify();
            assertThat(check.valid()).isFalse();
            assertThat(check.problem()).contains("differs from the checkpoint");
            assertThat(check.firstBrokenSeq()).isNotNull();
        }, owner -> {
            owner.sql("UPDATE audit_event e SET actor = k.actor FROM kept_event k WHERE e.seq = k.seq").update();
            owner.sql("""
                    UPDATE audit_seal s SET prev_hash = k.prev_hash, hash = k.hash
                    FROM kept_seal k WHERE s.position = k.position""").update();
        });
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void trailingRowsRemovedWithTheirSealsAndCheckpointsAreFoundByThisNodesCheckpoint() {
        long head = signedHead();
        tamper(owner -> {
            owner.sql("CREATE TEMP TABLE gone_seal AS SELECT * FROM audit_seal WHERE position > " + (head - 3))
                    .update();
            owner.sql("CREATE TEMP TABLE gone_event AS SELECT e.* FROM audit_event e JOIN gone_seal USING (seq)")
                    .update();
            owner.sql("CREATE TEMP TABLE gone_checkpoint AS SELECT * FROM audit_checkpoint WHERE position > "
                    + (head - 3)).update();
            owner.sql("DELETE FROM audit_checkpoint WHERE position > ?").param(head - 3).update();
            owner.sql("DELETE FROM audit_seal WHERE position > ?").param(head - 3).update();
            owner.sql("DELETE FROM audit_event WHERE seq IN (SELECT seq FROM gone_seal)").update();
        }, owner -> {
            ChainCheck check = queries.verify();
            assertThat(check.valid()).isFalse();
            assertThat(check.problem()).contains("before this node's checkpoint at position " + head);
            assertThat(check.latestCheckpoint() == null || check.latestCheckpoint().position() <= head - 3).isTrue();
        }, owner -> {
            owner.sql("INSERT INTO audit_event SELECT * FROM gone_event").update();
            owner.sql("INSERT INTO audit_seal SELECT * FROM gone_seal").update();
            owner.sql("INSERT INTO audit_checkpoint SELECT * FROM gone_checkpoint").update();
        });
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void aTruncatedTrailIsFoundByThisNodesCheckpoint() {
        long head = signedHead();
        tamper(owner -> {
            owner.sql("CREATE TEMP TABLE all_event AS SELECT * FROM audit_event").update();
            owner.sql("CREATE TEMP TABLE all_seal AS SELECT * FROM audit_seal").update();
            owner.sql("CREATE TEMP TABLE all_checkpoint AS SELECT * FROM audit_checkpoint").update();
            owner.sql("TRUNCATE audit_checkpoint, audit_seal, audit_event").update();
        }, owner -> {
            ChainCheck check = queries.verify();
            assertThat(check.valid()).isFalse();
            assertThat(check.sealed()).isZero();
            assertThat(check.problem()).contains("the chain ends at position 0, before this node's checkpoint at "
                    + "position " + head);
        }, owner -> {
            owner.sql("TRUNCATE audit_checkpoint, audit_seal, audit_event").update();
            owner.sql("INSERT INTO audit_event SELECT * FROM all_event").update();
            owner.sql("INSERT INTO audit_seal SELECT * FROM all_seal").update();
            owner.sql("INSERT INTO audit_checkpoint SELECT * FROM all_checkpoint").update();
        });
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void aHistoryResealedWithoutOneRowIsFoundByTheCheckpoints() {
        long head = signedHead();
        tamper(owner -> {
            owner.sql("CREATE TEMP TABLE all_seal AS SELECT * FROM audit_seal").update();
            owner.sql("CREATE TEMP TABLE all_checkpoint AS SELECT * FROM audit_checkpoint").update();
            owner.sql("CREATE TEMP TABLE gone_event AS SELECT e.* FROM audit_event e JOIN audit_seal s USING (seq) "
                    + "WHERE s.position = " + head / 2).update();
            // the whole chain sealed again by the database's own sealer, without one row and its checkpoints
            owner.sql("TRUNCATE audit_checkpoint, audit_seal").update();
            owner.sql("DELETE FROM audit_event WHERE seq IN (SELECT seq FROM gone_event)").update();
            assertThat(owner.sql("SELECT audit_seal(1000000)").query(Integer.class).single()).isPositive();
        }, owner -> {
            ChainCheck check = queries.verify();
            assertThat(check.valid()).isFalse();
            assertThat(check.problem()).contains("this node's checkpoint");

            // with the old checkpoints left in place, they show it too
            owner.sql("INSERT INTO audit_checkpoint SELECT * FROM all_checkpoint").update();
            ChainCheck again = queries.verify();
            assertThat(again.valid()).isFalse();
            assertThat(again.problem()).containsAnyOf("differs from the checkpoint", "before the checkpoint")
                    .doesNotContain("this node's");
        }, owner -> {
            owner.sql("TRUNCATE audit_checkpoint, audit_seal").update();
            owner.sql("INSERT INTO audit_event SELECT * FROM gone_event").update();
            owner.sql("INSERT INTO audit_seal SELECT * FROM all_seal").update();
            owner.sql("INSERT INTO audit_checkpoint SELECT * FROM all_checkpoint").update();
        });
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void aForgedCheckpointIsReportedAsForgedAndTheNodeKeepsSigning() {
        long before = signedHead();
        byte[] forged = {0};
        try (DatabaseOwner owner = DatabaseOwner.connect(context)) {
            // the review's finding: a checkpoint far beyond the chain that no key signed, and that no one can remove
            owner.jdbc().sql("INSERT INTO audit_checkpoint (position, hash, signature) VALUES (999999999, ?, ?)")
                    .params(new byte[] {0}, forged).update();
            try {
                long after = signedHead();
                assertThat(after).isGreaterThan(before);
                ChainCheck check = queries.verify();
                assertThat(check.valid()).isFalse();
                assertThat(check.problem()).contains("forged").contains("position 999999999");
                assertThat(check.forgedCheckpoints()).isEqualTo(1);
                assertThat(check.latestCheckpoint().position()).isEqualTo(after);
            } finally {
                remove(owner.jdbc(), forged);
            }
        }
        assertThat(queries.verify().valid()).isTrue();
    }

    @Test
    void aForgedCheckpointOfTheHeadDoesNotTakeThePlaceOfTheNodesOwn() {
        byte[] forged = new byte[32];
        Arrays.fill(forged, (byte) 7);
        try (DatabaseOwner owner = DatabaseOwner.connect(context)) {
            Long head = null;
            while (head == null) {
                long mine = signedHead();
                Fixtures.openCase(new Api(port), "cpi");
                // with the app's credentials: seal the new rows and add a checkpoint of the new head, signed by no
                // key, before this node signs it (holding the sealer's lock meanwhile)
                jdbc.sql("""
                        DO $$
                        DECLARE h record;
                        BEGIN
                            PERFORM pg_advisory_xact_lock(7305003);
                            PERFORM audit_seal(1000000);
                            SELECT position, hash INTO h FROM audit_seal ORDER BY position DESC LIMIT 1;
                            IF h.position > %d THEN
                                PERFORM audit_checkpoint_add(h.position, h.hash, '\\x%s');
                            END IF;
                        END $$""".formatted(mine, HexFormat.of().formatHex(forged))).update();
                head = jdbc.sql("SELECT max(position) FROM audit_checkpoint WHERE signature = ?")
                        .param(forged).query(Long.class).single();
            }
            try {
                while (sealer.seal(true) < 0) {
                    Thread.onSpinWait();
                }
                long signed = file.read().orElseThrow().position();
                assertThat(signed).isGreaterThanOrEqualTo(head);
                ChainCheck check = queries.verify();
                assertThat(check.valid()).isFalse();
                assertThat(check.problem()).contains("forged").contains("position " + head)
                        .doesNotContain("removed");
                assertThat(check.latestCheckpoint().position()).isEqualTo(signed);
            } finally {
                remove(owner.jdbc(), forged);
            }
        }
        assertThat(queries.verify().valid()).isTrue();
    }

    /** Removes the checkpoints with this signature, as only the owner can (with the triggers off). */
    private static void remove(JdbcClient owner, byte[] signature) {
        owner.sql("ALTER TABLE audit_checkpoint DISABLE TRIGGER USER").update();
        try {
            owner.sql("DELETE FROM audit_checkpoint WHERE signature = ?").param(signature).update();
        } finally {
            owner.sql("ALTER TABLE audit_checkpoint ENABLE TRIGGER USER").update();
        }
    }

    /** Seals what has committed and signs the head now; returns this node's checkpoint position. */
    private long signedHead() {
        Fixtures.openCase(new Api(port), "cpi");
        while (sealer.seal(true) < 0) {
            Thread.onSpinWait(); // another sealer (the schedule) had the lock
        }
        return file.read().orElseThrow().position();
    }

    /**
     * Runs {@code change} as the owner with the audit tables' triggers off, then {@code check}, then, whatever the
     * check found, {@code restore}; holding the sealer's lock all along, so that no node seals or signs meanwhile.
     */
    private void tamper(Consumer<JdbcClient> change, Consumer<JdbcClient> check, Consumer<JdbcClient> restore) {
        try (DatabaseOwner owner = DatabaseOwner.connect(context)) {
            JdbcClient jdbc = owner.jdbc();
            jdbc.sql("SELECT pg_advisory_lock(7305003)").query(Object.class).single();
            try {
                for (String table : TABLES) {
                    jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
                }
                change.accept(jdbc);
                check.accept(jdbc);
            } finally {
                restore.accept(jdbc);
                for (String table : TABLES) {
                    jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update();
                }
            }
        }
    }

    /** Recomputes every seal's link and hash from {@code position} on, as someone covering their tracks would. */
    private static void rehashFrom(JdbcClient owner, long position) {
        owner.sql("""
                DO $$
                DECLARE
                    prev bytea := (SELECT hash FROM audit_seal WHERE position = %d);
                    r record;
                BEGIN
                    FOR r IN SELECT s.position, e.* FROM audit_seal s JOIN audit_event e ON e.seq = s.seq
                             WHERE s.position >= %d ORDER BY s.position LOOP
                        UPDATE audit_seal SET prev_hash = prev,
                               hash = audit_event_digest(prev, r.seq, r.at, r.actor, r.role, r.action, r.entity_type,
                                                         r.entity_id, r.request_id)
                        WHERE position = r.position RETURNING hash INTO prev;
                    END LOOP;
                END $$""".formatted(position - 1, position)).update();
    }
}
