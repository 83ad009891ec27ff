CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE case_file (
    id              uuid PRIMARY KEY,
    case_number     varchar(40) NOT NULL,
    region_id       uuid        NOT NULL,
    intake_date     date        NOT NULL,
    status          varchar(20) NOT NULL,
    organization_id uuid        NOT NULL,
    -- lower-case case number, people's names and maltreatments, for search
    search_text     text        NOT NULL DEFAULT '',
    version         integer     NOT NULL DEFAULT 0,
    created_at      timestamp with time zone NOT NULL DEFAULT now(),
    updated_at      timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT case_file_number_uk UNIQUE (case_number),
    CONSTRAINT case_file_region_fk FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT case_file_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT case_file_status_ck CHECK (status IN ('INVESTIGATION', 'CASE_MANAGEMENT', 'CLOSED'))
);
CREATE INDEX case_file_region_ix ON case_file (region_id, intake_date DESC);
CREATE INDEX case_file_organization_ix ON case_file (organization_id, intake_date DESC);
CREATE INDEX case_file_search_ix ON case_file USING gin (search_text gin_trgm_ops);

CREATE TABLE case_maltreatment (
    case_id uuid        NOT NULL,
    code    varchar(60) NOT NULL,
    CONSTRAINT case_maltreatment_pk PRIMARY KEY (case_id, code),
    CONSTRAINT case_maltreatment_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE CASCADE
);

CREATE TABLE case_assignment (
    case_id uuid NOT NULL,
    user_id uuid NOT NULL,
    CONSTRAINT case_assignment_pk PRIMARY KEY (case_id, user_id),
    CONSTRAINT case_assignment_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE CASCADE,
    CONSTRAINT case_assignment_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX case_assignment_user_ix ON case_assignment (user_id);

CREATE TABLE person (
    id                   uuid PRIMARY KEY,
    case_id              uuid         NOT NULL,
    role                 varchar(20)  NOT NULL,
    first_name           varchar(80)  NOT NULL,
    last_name            varchar(80)  NOT NULL,
    date_of_birth        date,
    gender               varchar(40),
    preferred_language   varchar(40),
    -- protected contact fields (C.1.1: never shown to a BAS for survivors, children, other caregivers)
    address_line1        varchar(200),
    address_line2        varchar(200),
    city                 varchar(100),
    state                varchar(40),
    postal_code          varchar(20),
    phone                varchar(40),
    email                varchar(200),
    workplace            varchar(200),
    school_or_child_care varchar(200),
    shelter_status       varchar(40),
    version              integer      NOT NULL DEFAULT 0,
    created_at           timestamp with time zone NOT NULL DEFAULT now(),
    updated_at           timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT person_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE CASCADE,
    CONSTRAINT person_role_ck CHECK (role IN ('SURVIVOR', 'PERPETRATOR', 'CHILD', 'OTHER_CAREGIVER'))
);
CREATE INDEX person_case_ix ON person (case_id);

CREATE TABLE change_history (
    id          bigserial PRIMARY KEY,
    case_id     uuid        NOT NULL,
    entity_type varchar(20) NOT NULL,
    entity_id   uuid        NOT NULL,
    field       varchar(60) NOT NULL,
    -- a change to a protected contact field: shown only to those who may see that field
    protected   boolean     NOT NULL,
    old_value   text,
    new_value   text,
    changed_at  timestamp with time zone NOT NULL DEFAULT now(),
    changed_by  varchar(60) NOT NULL,
    CONSTRAINT change_history_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE CASCADE
);
CREATE INDEX change_history_entity_ix ON change_history (entity_id, changed_at);
