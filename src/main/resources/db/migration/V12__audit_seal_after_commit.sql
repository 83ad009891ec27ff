-- The audit chain is sealed after commit (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md, which
-- supersedes 0002): rows are inserted concurrently, with no lock and no hash, and carry their transaction's id;
-- audit_seal() chains the rows of finished transactions into audit_seal; signed checkpoints of the chain's head go
-- into audit_checkpoint. All three tables are insert-only, and the app role may only read them and add rows
-- (afterMigrate__grant_app_role.sql).

-- Rows: the database stamps seq, time and transaction id; the app role may insert the content columns only.
DROP TRIGGER audit_event_chain_trg ON audit_event;
DROP FUNCTION audit_event_chain();
ALTER TABLE audit_event
    ALTER COLUMN seq SET DEFAULT nextval('audit_event_seq'),
    ALTER COLUMN at SET DEFAULT clock_timestamp(),
    -- rows from before this migration have none; they are sealed below
    ADD COLUMN xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE audit_event ALTER COLUMN xid SET DEFAULT pg_current_xact_id();
ALTER SEQUENCE audit_event_seq OWNED BY audit_event.seq;
CREATE INDEX audit_event_xid_ix ON audit_event (xid);

-- The chain: position n links the n-th sealed row to the one before. watermark: every audit row of a transaction
-- whose id is below it was sealed by this row's batch or before, so the sealer looks for new rows from there on.
CREATE TABLE audit_seal (
    position  bigint NOT NULL,
    seq       bigint NOT NULL,
    prev_hash bytea,
    hash      bytea  NOT NULL,
    watermark xid8   NOT NULL,
    sealed_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT audit_seal_pk PRIMARY KEY (position),
    CONSTRAINT audit_seal_seq_uq UNIQUE (seq),
    CONSTRAINT audit_seal_event_fk FOREIGN KEY (seq) REFERENCES audit_event (seq)
);

-- The chain so far moves into audit_seal as it is: the old chain's order was seq order, so position n is the n-th
-- row by seq and every hash and link stays what it was (a row changed before this migration still shows).
INSERT INTO audit_seal (position, seq, prev_hash, hash, watermark)
SELECT row_number() OVER (ORDER BY seq), seq, prev_hash, hash, pg_snapshot_xmin(pg_current_snapshot())
FROM audit_event
ORDER BY seq;
ALTER TABLE audit_event DROP COLUMN prev_hash, DROP COLUMN hash;

-- Signed heads of the chain: HMAC-SHA256 by a key that the database never sees (AuditCheckpoints).
CREATE TABLE audit_checkpoint (
    position  bigint NOT NULL,
    hash      bytea  NOT NULL,
    signature bytea  NOT NULL,
    signed_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT audit_checkpoint_pk PRIMARY KEY (position)
);

CREATE OR REPLACE FUNCTION audit_event_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is insert-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_seal_no_update_trg BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change();
CREATE TRIGGER audit_seal_no_truncate_trg BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_reject_change();
CREATE TRIGGER audit_checkpoint_no_update_trg BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change();
CREATE TRIGGER audit_checkpoint_no_truncate_trg BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_reject_change();

-- Seals the rows of finished transactions, in seq order, at most p_limit of them; returns how many, or NULL when
-- another session (another node) is sealing. The only way to add seals: it runs as the owner, and the app role
-- may execute it but not insert into audit_seal, so the app's credentials cannot forge or skip a link.
CREATE FUNCTION audit_seal(p_limit integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_position  bigint;
    v_prev      bytea;
    v_from      xid8;
    v_upto      xid8;
    v_watermark xid8;
    v_hash      bytea;
    v_count     integer := 0;
    r           record;
BEGIN
    -- one sealer at a time in the whole cluster; the others skip their turn rather than wait
    IF NOT pg_try_advisory_xact_lock(7305003) THEN
        RETURN NULL;
    END IF;
    SELECT s.position, s.hash, s.watermark INTO v_position, v_prev, v_from
    FROM audit_seal s ORDER BY s.position DESC LIMIT 1;
    v_position := coalesce(v_position, 0);
    v_from := coalesce(v_from, '0');
    -- the oldest transaction still running: every transaction below it has committed or rolled back, so its
    -- rows are all visible now and no row of it can come later (rows record the top-level transaction's id)
    v_upto := greatest(pg_snapshot_xmin(pg_current_snapshot()), v_from);
    -- a batch cut short by p_limit leaves the watermark where it was, so that the rest is found next time
    IF (SELECT count(*) FROM (SELECT 1 FROM audit_event e
                              WHERE e.xid >= v_from AND e.xid < v_upto
                                AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = e.seq)
                              LIMIT p_limit + 1) todo) > p_limit THEN
        v_watermark := v_from;
    ELSE
        v_watermark := v_upto;
    END IF;
    FOR r IN SELECT e.seq, e.at, e.actor, e.role, e.action, e.entity_type, e.entity_id, e.request_id
             FROM audit_event e
             WHERE e.xid >= v_from AND e.xid < v_upto
               AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = e.seq)
             ORDER BY e.seq
             LIMIT p_limit
    LOOP
        v_position := v_position + 1;
        v_hash := audit_event_digest(v_prev, r.seq, r.at, r.actor, r.role, r.action, r.entity_type, r.entity_id,
                                     r.request_id);
        INSERT INTO audit_seal (position, seq, prev_hash, hash, watermark)
        VALUES (v_position, r.seq, v_prev, v_hash, v_watermark);
        v_prev := v_hash;
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;
