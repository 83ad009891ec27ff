-- The BAS's trainings of child welfare professionals and community partners (C.1.2), their approval by the contract
-- manager, instructors, attendees and history; files (materials, sign-in sheet, online roll) are in document.
CREATE TABLE training (
    id                 uuid PRIMARY KEY,
    provider_id        uuid         NOT NULL,
    title              varchar(200) NOT NULL,
    topics             varchar(40)[] NOT NULL,
    other_topic        varchar(200),
    description        text         NOT NULL,
    objectives         text         NOT NULL,
    starts_at          timestamp with time zone NOT NULL,
    length_minutes     integer      NOT NULL,
    delivery           varchar(20)  NOT NULL,
    audience           varchar(300) NOT NULL,
    status             varchar(20)  NOT NULL DEFAULT 'DRAFT',
    first_submitted_at timestamp with time zone,
    approved_at        timestamp with time zone,
    version            integer      NOT NULL DEFAULT 0,
    created_by         uuid         NOT NULL,
    created_at         timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT training_provider_fk FOREIGN KEY (provider_id) REFERENCES organization (id),
    CONSTRAINT training_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT training_topics_ck CHECK (cardinality(topics) >= 1 AND topics <@ ARRAY['PERPETRATOR_ENGAGEMENT',
        'BATTERER_DYNAMICS', 'CASE_PLAN_AND_SAFETY_ACTIONS', 'OTHER']::varchar(40)[]),
    CONSTRAINT training_other_topic_ck CHECK (('OTHER' = ANY (topics)) = (other_topic IS NOT NULL)),
    -- C.1.2: a training lasts at least 45 minutes
    CONSTRAINT training_length_ck CHECK (length_minutes BETWEEN 45 AND 1440),
    CONSTRAINT training_delivery_ck CHECK (delivery IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    CONSTRAINT training_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    CONSTRAINT training_approved_ck CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL))
);
CREATE INDEX training_provider_ix ON training (provider_id, starts_at);

CREATE TABLE training_instructor (
    training_id        uuid         NOT NULL,
    position           integer      NOT NULL,
    name               varchar(120) NOT NULL,
    title              varchar(120) NOT NULL,
    bip_co_facilitator boolean      NOT NULL DEFAULT false,
    CONSTRAINT training_instructor_pk PRIMARY KEY (training_id, position),
    CONSTRAINT training_instructor_training_fk FOREIGN KEY (training_id) REFERENCES training (id) ON DELETE CASCADE
);

CREATE TABLE training_attendee (
    id           uuid PRIMARY KEY,
    training_id  uuid         NOT NULL,
    printed_name varchar(120) NOT NULL,
    title        varchar(120) NOT NULL,
    organization varchar(200) NOT NULL,
    created_by   uuid         NOT NULL,
    created_at   timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT training_attendee_training_fk FOREIGN KEY (training_id) REFERENCES training (id),
    CONSTRAINT training_attendee_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id)
);
CREATE INDEX training_attendee_training_ix ON training_attendee (training_id);

-- Each submission of the materials and each review, in order: what the contract manager approved or returned, and why
CREATE TABLE training_step (
    id          bigserial PRIMARY KEY,
    training_id uuid        NOT NULL,
    kind        varchar(20) NOT NULL,
    comment     text,
    late        boolean     NOT NULL DEFAULT false,
    done_by     uuid        NOT NULL,
    done_at     timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT training_step_training_fk FOREIGN KEY (training_id) REFERENCES training (id),
    CONSTRAINT training_step_done_by_fk FOREIGN KEY (done_by) REFERENCES app_user (id),
    CONSTRAINT training_step_kind_ck CHECK (kind IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
    CONSTRAINT training_step_comment_ck CHECK (kind <> 'RETURNED' OR comment IS NOT NULL)
);
CREATE INDEX training_step_training_ix ON training_step (training_id, id);
