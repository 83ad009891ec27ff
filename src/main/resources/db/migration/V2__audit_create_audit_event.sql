-- The audit trail: insert-only, hash-chained.
-- Each row holds the SHA-256 of its content and of the previous row's hash. The chain's order is seq,
-- assigned under a transaction-scoped advisory lock so that seq order is commit order.
CREATE SEQUENCE audit_event_seq;

CREATE TABLE audit_event (
    seq         bigint       PRIMARY KEY,
    at          timestamp with time zone NOT NULL,
    actor       varchar(60)  NOT NULL,
    role        varchar(20),
    action      varchar(40)  NOT NULL,
    entity_type varchar(40),
    entity_id   varchar(64),
    request_id  varchar(64),
    prev_hash   bytea,
    hash        bytea        NOT NULL
);
CREATE INDEX audit_event_entity_ix ON audit_event (entity_id);
CREATE INDEX audit_event_actor_ix ON audit_event (actor, at);
CREATE INDEX audit_event_at_ix ON audit_event (at);

-- The content that is hashed; the one definition used by the insert trigger and by verification.
CREATE FUNCTION audit_event_digest(p_prev bytea, p_seq bigint, p_at timestamp with time zone, p_actor text,
                                   p_role text, p_action text, p_entity_type text, p_entity_id text,
                                   p_request_id text) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS
$$
SELECT sha256(convert_to(json_build_array(encode(p_prev, 'hex'), p_seq,
                                          to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                          p_actor, p_role, p_action, p_entity_type, p_entity_id,
                                          p_request_id)::text, 'UTF8'))
$$;

CREATE FUNCTION audit_event_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- One chain: serialize appenders until they commit (the lock is released at transaction end).
    PERFORM pg_advisory_xact_lock(7305001);
    NEW.seq := nextval('audit_event_seq');
    NEW.at := coalesce(NEW.at, clock_timestamp());
    SELECT e.hash INTO NEW.prev_hash FROM audit_event e ORDER BY e.seq DESC LIMIT 1;
    NEW.hash := audit_event_digest(NEW.prev_hash, NEW.seq, NEW.at, NEW.actor, NEW.role, NEW.action,
                                   NEW.entity_type, NEW.entity_id, NEW.request_id);
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_event_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is insert-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_chain_trg BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE TRIGGER audit_event_no_update_trg BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change();
CREATE TRIGGER audit_event_no_truncate_trg BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_reject_change();
