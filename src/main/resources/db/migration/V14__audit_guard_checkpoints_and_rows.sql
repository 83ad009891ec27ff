-- What the app role may add to the audit trail can no longer stop the chain for good
-- (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md). Neither kind of row below can be removed, so
-- either would have stopped sealing or signing on every node until someone with the owner's rights stepped in.

-- A checkpoint is added through audit_checkpoint_add() only (the app role may no longer insert into
-- audit_checkpoint), at a sealed position and with that position's hash. The database cannot check the signature
-- (it never sees the key): a checkpoint whose signature does not verify is reported as forged and trusted by no
-- node. Several checkpoints may share a position, so that a forged one never takes the place of a node's own.
ALTER TABLE audit_checkpoint
    DROP CONSTRAINT audit_checkpoint_pk,
    ADD CONSTRAINT audit_checkpoint_pk PRIMARY KEY (position, signature);

-- Adds the checkpoint of the sealed position p_position (a node's HMAC-SHA256, 32 bytes) and returns when it was
-- added, or when the same checkpoint was added before (by another node with the same key).
CREATE FUNCTION audit_checkpoint_add(p_position bigint, p_hash bytea, p_signature bytea)
    RETURNS timestamp with time zone
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_signed_at timestamp with time zone;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.position = p_position AND s.hash = p_hash) THEN
        RAISE EXCEPTION 'no checkpoint of position %: the chain has no such position with that hash', p_position
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF octet_length(p_signature) IS DISTINCT FROM 32 THEN
        RAISE EXCEPTION 'no checkpoint of position %: a signature has 32 bytes', p_position
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_checkpoint AS c (position, hash, signature) VALUES (p_position, p_hash, p_signature)
    ON CONFLICT ON CONSTRAINT audit_checkpoint_pk DO NOTHING
    RETURNING c.signed_at INTO v_signed_at;
    IF v_signed_at IS NULL THEN
        SELECT c.signed_at INTO v_signed_at FROM audit_checkpoint c
        WHERE c.position = p_position AND c.signature = p_signature;
    END IF;
    RETURN v_signed_at;
END
$$;

-- An audit row must be one that audit_seal() can hash. In a database whose encoding is not UTF8 (SQL_ASCII), text
-- that is not UTF-8 could be inserted, and audit_event_digest(), which converts it to UTF-8, would fail on it at
-- every seal. NOT VALID: the rows already there were sealed (or would have stopped sealing already).
ALTER TABLE audit_event ADD CONSTRAINT audit_event_hashable_ck
    CHECK (audit_event_digest(NULL, seq, at, actor, role, action, entity_type, entity_id, request_id) IS NOT NULL)
    NOT VALID;
