-- Issue 7 (security review, parts 3 to 5): administrators never know a password, case-practice and administrator
-- roles wait for someone else's approval, sign-in is throttled rather than locked, and changes to a user end their
-- sessions and tokens.

-- No role: a new user whose role waits for approval, or a case-practice user whose password was reset. A user
-- without a role cannot sign in.
ALTER TABLE app_user ALTER COLUMN role DROP NOT NULL;
-- No password until the user sets one through a one-time link; a reset clears it.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
-- Raised by every change that ends the user's sessions and tokens (disabled, role or organization changed,
-- password reset or set): a session or token from an earlier version no longer signs anyone in.
ALTER TABLE app_user ADD COLUMN access_version integer NOT NULL DEFAULT 0;
-- Failed sign-ins since the last successful one, told to the user when they next sign in.
ALTER TABLE app_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN last_failed_sign_in_at timestamp with time zone;
-- The fixed lock that a stranger could renew for ever is gone (sign_in_throttle replaces it).
ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;

-- The user's access version when the token was created: a token from before a change is dead.
ALTER TABLE api_token ADD COLUMN access_version integer NOT NULL DEFAULT 0;

-- At most one live link per user (a new one replaces the old); used links are deleted. Only the hash is kept.
CREATE TABLE password_link (
    user_id    uuid  NOT NULL,
    token_hash bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT password_link_pk PRIMARY KEY (user_id),
    CONSTRAINT password_link_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT password_link_hash_uk UNIQUE (token_hash)
);

-- A role (and organization) asked for a user, which takes effect only when someone other than the requester and
-- the user approves it. from_role and from_organization_id are the user's when it was asked: approving a grant
-- whose user has changed since is refused.
CREATE TABLE user_grant (
    id                   uuid        NOT NULL,
    user_id              uuid        NOT NULL,
    role                 varchar(20) NOT NULL,
    organization_id      uuid        NOT NULL,
    after_password_reset boolean     NOT NULL,
    from_role            varchar(20),
    from_organization_id uuid        NOT NULL,
    requested_by         uuid        NOT NULL,
    requested_at         timestamp with time zone NOT NULL,
    status               varchar(10) NOT NULL,
    decided_by           uuid,
    decided_at           timestamp with time zone,
    reason               varchar(500),
    CONSTRAINT user_grant_pk PRIMARY KEY (id),
    CONSTRAINT user_grant_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT user_grant_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT user_grant_from_organization_fk FOREIGN KEY (from_organization_id) REFERENCES organization (id),
    CONSTRAINT user_grant_requested_by_fk FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT user_grant_decided_by_fk FOREIGN KEY (decided_by) REFERENCES app_user (id),
    CONSTRAINT user_grant_role_ck CHECK (role IN ('ADMIN', 'BAS', 'DV_ADVOCATE', 'CPI', 'CASE_MANAGER', 'SUPERVISOR')),
    CONSTRAINT user_grant_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'CANCELLED')),
    CONSTRAINT user_grant_decided_ck CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    -- nobody asks for their own grant, decides on it, or approves what they asked for
    CONSTRAINT user_grant_not_own_ck CHECK (requested_by <> user_id AND decided_by IS DISTINCT FROM user_id
                                            AND (status <> 'APPROVED' OR decided_by <> requested_by))
);
CREATE UNIQUE INDEX user_grant_one_pending_ux ON user_grant (user_id) WHERE status = 'PENDING';
CREATE INDEX user_grant_organization_ix ON user_grant (organization_id, requested_at);
CREATE INDEX user_grant_requested_at_ix ON user_grant (requested_at);

-- Failed sign-ins per (account, source address) and per source address (account_key empty), shared by every
-- node. Both keys are SHA-256 digests: neither the usernames typed nor the addresses are stored.
CREATE TABLE sign_in_throttle (
    account_key     bytea   NOT NULL,
    address_key     bytea   NOT NULL,
    failures        integer NOT NULL,
    last_failure_at timestamp with time zone NOT NULL,
    blocked_until   timestamp with time zone NOT NULL,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (account_key, address_key)
);
CREATE INDEX sign_in_throttle_last_failure_ix ON sign_in_throttle (last_failure_at);
