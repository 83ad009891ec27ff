-- Staffings and hearings the BAS is asked to attend (C.1.3), and each BAS's calendar feed.
CREATE TABLE event (
    id                     uuid PRIMARY KEY,
    case_id                uuid          NOT NULL,
    type                   varchar(30)   NOT NULL,
    starts_at              timestamp with time zone NOT NULL,
    ends_at                timestamp with time zone NOT NULL,
    -- an office or a court, never a family's address
    place                  varchar(200)  NOT NULL,
    requested_by           uuid          NOT NULL,
    requested_at           timestamp with time zone NOT NULL DEFAULT now(),
    status                 varchar(20)   NOT NULL DEFAULT 'REQUESTED',
    -- the BAS who decided to attend or decline, or who recorded attendance
    bas_user_id            uuid,
    decision_reason        varchar(1000),
    decided_at             timestamp with time zone,
    attended               boolean,
    accountability_notes   text,
    attendance_recorded_at timestamp with time zone,
    version                integer       NOT NULL DEFAULT 0,
    updated_at             timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT event_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT event_requested_by_fk FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT event_bas_fk FOREIGN KEY (bas_user_id) REFERENCES app_user (id),
    CONSTRAINT event_type_ck CHECK (type IN ('CASE_STAFFING', 'CASE_TRANSFER_STAFFING', 'DEPENDENCY_HEARING',
                                             'OTHER_HEARING')),
    CONSTRAINT event_status_ck CHECK (status IN ('REQUESTED', 'ATTENDING', 'DECLINED', 'ATTENDED', 'NOT_ATTENDED')),
    CONSTRAINT event_time_ck CHECK (ends_at > starts_at),
    CONSTRAINT event_place_ck CHECK (btrim(place) <> ''),
    CONSTRAINT event_bas_ck CHECK ((status = 'REQUESTED') = (bas_user_id IS NULL)),
    CONSTRAINT event_declined_ck CHECK (status <> 'DECLINED' OR decision_reason IS NOT NULL),
    CONSTRAINT event_attendance_ck CHECK ((status IN ('ATTENDED', 'NOT_ATTENDED')) = (attended IS NOT NULL)
                                          AND (attended IS NULL OR attended = (status = 'ATTENDED')))
);
CREATE INDEX event_case_ix ON event (case_id, starts_at);
CREATE INDEX event_starts_ix ON event (starts_at);
CREATE INDEX event_bas_ix ON event (bas_user_id, starts_at) WHERE bas_user_id IS NOT NULL;

-- A BAS's ICS feed: the secret in its address is the credential, so only its SHA-256 hash is kept.
CREATE TABLE calendar_feed (
    id          uuid  PRIMARY KEY,
    user_id     uuid  NOT NULL,
    secret_hash bytea NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT calendar_feed_user_uk UNIQUE (user_id),
    CONSTRAINT calendar_feed_secret_uk UNIQUE (secret_hash),
    CONSTRAINT calendar_feed_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
);
