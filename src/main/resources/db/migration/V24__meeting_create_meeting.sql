-- The provider's meetings (C.1.6) with their agenda (C.2.5.4.2), attendees, barriers and action items, and the
-- leadership committee's roster (C.1.6.3); their files (agenda, sign-in sheet, roll) are in document.
CREATE TABLE meeting (
    id             uuid PRIMARY KEY,
    provider_id    uuid         NOT NULL,
    type           varchar(30)  NOT NULL,
    title          varchar(200) NOT NULL,
    starts_at      timestamp with time zone NOT NULL,
    length_minutes integer      NOT NULL,
    delivery       varchar(20)  NOT NULL,
    agenda         text         NOT NULL,
    notes          text,
    version        integer      NOT NULL DEFAULT 0,
    created_by     uuid         NOT NULL,
    created_at     timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT meeting_provider_fk FOREIGN KEY (provider_id) REFERENCES organization (id),
    CONSTRAINT meeting_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT meeting_type_ck CHECK (type IN ('BAS_ADVOCATE_WEEKLY', 'STOP_BAS_CALL', 'FLDVC_INITIATIVE_CALL',
                                               'LEADERSHIP', 'CCR', 'SART', 'MDT')),
    CONSTRAINT meeting_length_ck CHECK (length_minutes BETWEEN 5 AND 1440),
    CONSTRAINT meeting_delivery_ck CHECK (delivery IN ('IN_PERSON', 'ONLINE', 'HYBRID'))
);
CREATE INDEX meeting_provider_ix ON meeting (provider_id, starts_at);

CREATE TABLE meeting_attendee (
    id           uuid PRIMARY KEY,
    meeting_id   uuid         NOT NULL,
    printed_name varchar(120) NOT NULL,
    title        varchar(120) NOT NULL,
    organization varchar(200) NOT NULL,
    created_by   uuid         NOT NULL,
    created_at   timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT meeting_attendee_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT meeting_attendee_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id)
);
CREATE INDEX meeting_attendee_meeting_ix ON meeting_attendee (meeting_id);

-- A barrier found, or an action item (owner, due date, status) carried to the next meeting of its type while open
CREATE TABLE meeting_item (
    id          uuid PRIMARY KEY,
    meeting_id  uuid          NOT NULL,
    kind        varchar(10)   NOT NULL,
    description varchar(1000) NOT NULL,
    owner       varchar(120),
    due_on      date,
    status      varchar(10),
    created_by  uuid          NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    updated_by  uuid,
    updated_at  timestamp with time zone,
    CONSTRAINT meeting_item_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT meeting_item_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT meeting_item_updated_by_fk FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT meeting_item_kind_ck CHECK (kind IN ('BARRIER', 'ACTION')),
    CONSTRAINT meeting_item_action_ck CHECK ((kind = 'ACTION') = (status IS NOT NULL AND owner IS NOT NULL
                                                                  AND due_on IS NOT NULL)),
    CONSTRAINT meeting_item_status_ck CHECK (status IN ('OPEN', 'DONE', 'DROPPED'))
);
CREATE INDEX meeting_item_meeting_ix ON meeting_item (meeting_id);
CREATE INDEX meeting_item_open_ix ON meeting_item (due_on) WHERE status = 'OPEN';

CREATE TABLE leadership_member (
    id           uuid PRIMARY KEY,
    provider_id  uuid         NOT NULL,
    name         varchar(120) NOT NULL,
    organization varchar(200) NOT NULL,
    role         varchar(120) NOT NULL,
    kind         varchar(30)  NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    created_by   uuid         NOT NULL,
    created_at   timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT leadership_member_provider_fk FOREIGN KEY (provider_id) REFERENCES organization (id),
    CONSTRAINT leadership_member_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT leadership_member_kind_ck CHECK (kind IN ('SYSTEM_LEADER', 'UNDERSERVED_COMMUNITY_LEADER', 'PARTNER'))
);
CREATE INDEX leadership_member_provider_ix ON leadership_member (provider_id);
