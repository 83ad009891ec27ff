-- A refused request is audited with its method and path as the entity (ROUTE_DENIED, by the security rules'
-- access-denied handler), and a path with two ids in it is longer than 64 characters. The digest hashes the text as
-- it is, so widening the column changes no hash, and PostgreSQL changes no row to widen a varchar.
ALTER TABLE audit_event ALTER COLUMN entity_id TYPE varchar(300);
