-- After every migrate, as the owner (docs/adr/0007-two-database-roles.md): the app role ${app_role} may read and
-- write every table of the schema, so a table added by any later migration needs no grant of its own; but the
-- audit trail it may only read and add to (audit rows by their content columns, seals only through audit_seal() and
-- checkpoints only through audit_checkpoint_add(), which run as the owner), and the migration history is the owner's
-- alone. The app role owns nothing, so it cannot drop or alter a table or disable a trigger. Skipped when the owner
-- and the app are one role.
DO
$$
DECLARE
    app    text := '${app_role}';
    schema text := current_schema();
BEGIN
    IF app = current_user THEN
        RAISE NOTICE 'one role for migrations and requests: the audit trail is not protected from it';
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('REVOKE ALL ON %I, audit_event, audit_seal, audit_checkpoint FROM %I', '${flyway:table}', app);
    EXECUTE format('GRANT SELECT ON audit_event, audit_seal, audit_checkpoint TO %I', app);
    EXECUTE format('GRANT INSERT (actor, role, action, entity_type, entity_id, request_id) ON audit_event TO %I',
                   app);
    REVOKE ALL ON FUNCTION audit_seal(integer), audit_checkpoint_add(bigint, bytea, bytea) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION audit_seal(integer), audit_checkpoint_add(bigint, bytea, bytea) TO %I',
                   app);
END
$$;
