CREATE TABLE region (
    id   uuid PRIMARY KEY,
    name varchar(120) NOT NULL,
    CONSTRAINT region_name_uk UNIQUE (name)
);

CREATE TABLE organization (
    id        uuid PRIMARY KEY,
    name      varchar(200) NOT NULL,
    type      varchar(20)  NOT NULL,
    region_id uuid         NOT NULL,
    CONSTRAINT organization_name_uk UNIQUE (name),
    CONSTRAINT organization_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT organization_type_ck CHECK (type IN ('DCF', 'CBC', 'CMO', 'DV_CENTER', 'BIP_PROVIDER', 'COURT',
                                                    'LAW_ENFORCEMENT'))
);

CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    username        varchar(60)  NOT NULL,
    display_name    varchar(120) NOT NULL,
    role            varchar(20)  NOT NULL,
    organization_id uuid         NOT NULL,
    password_hash   varchar(200) NOT NULL,
    enabled         boolean      NOT NULL DEFAULT true,
    failed_attempts integer      NOT NULL DEFAULT 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_uk UNIQUE (username),
    CONSTRAINT app_user_username_lower_ck CHECK (username = lower(username)),
    CONSTRAINT app_user_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT app_user_role_ck CHECK (role IN ('ADMIN', 'BAS', 'DV_ADVOCATE', 'CPI', 'CASE_MANAGER', 'SUPERVISOR',
                                                'BIP_PROVIDER', 'CONTRACT_MANAGER', 'PROGRAM_LEADER'))
);
CREATE INDEX app_user_organization_ix ON app_user (organization_id);

CREATE TABLE api_token (
    id         uuid PRIMARY KEY,
    user_id    uuid         NOT NULL,
    name       varchar(100) NOT NULL,
    token_hash bytea        NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX api_token_user_ix ON api_token (user_id);
