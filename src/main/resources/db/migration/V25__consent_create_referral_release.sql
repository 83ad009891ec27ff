-- C.1.6.1: a case's survivor referred to the co-located DV advocate of a DV center, and the outcome; the survivor's
-- services stay in the center's own system. A Release of Information signed by the survivor says what the center and
-- its BAS may share; until a live one exists, the BAS learns nothing of the survivor's enrollment.
CREATE TABLE advocate_referral (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL,
    survivor_id uuid        NOT NULL,
    center_id   uuid        NOT NULL,
    referred_on date        NOT NULL,
    referred_by uuid        NOT NULL,
    outcome     varchar(20),
    outcome_on  date,
    outcome_by  uuid,
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT advocate_referral_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT advocate_referral_survivor_fk FOREIGN KEY (survivor_id) REFERENCES person (id),
    CONSTRAINT advocate_referral_center_fk FOREIGN KEY (center_id) REFERENCES organization (id),
    CONSTRAINT advocate_referral_referred_by_fk FOREIGN KEY (referred_by) REFERENCES app_user (id),
    CONSTRAINT advocate_referral_outcome_by_fk FOREIGN KEY (outcome_by) REFERENCES app_user (id),
    CONSTRAINT advocate_referral_outcome_ck CHECK (outcome IN ('ENROLLED', 'DECLINED', 'UNABLE_TO_REACH')),
    CONSTRAINT advocate_referral_outcome_whole_ck CHECK ((outcome IS NULL) = (outcome_on IS NULL)
                                                         AND (outcome IS NULL) = (outcome_by IS NULL))
);
-- one open referral of a survivor to a center at a time
CREATE UNIQUE INDEX advocate_referral_open_uk ON advocate_referral (survivor_id, center_id) WHERE outcome IS NULL;
CREATE INDEX advocate_referral_center_ix ON advocate_referral (center_id, case_id);
CREATE INDEX advocate_referral_case_ix ON advocate_referral (case_id);

CREATE TABLE release_of_information (
    id                  uuid PRIMARY KEY,
    case_id             uuid          NOT NULL,
    survivor_id         uuid          NOT NULL,
    center_id           uuid          NOT NULL,
    purposes            varchar(40)[] NOT NULL,
    scope               varchar(40)[] NOT NULL,
    signed_on           date          NOT NULL,
    expires_on          date          NOT NULL,
    revoked_on          date,
    revocation_received varchar(20),
    revoked_by          uuid,
    recorded_by         uuid          NOT NULL,
    created_at          timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT release_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT release_survivor_fk FOREIGN KEY (survivor_id) REFERENCES person (id),
    CONSTRAINT release_center_fk FOREIGN KEY (center_id) REFERENCES organization (id),
    CONSTRAINT release_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT release_revoked_by_fk FOREIGN KEY (revoked_by) REFERENCES app_user (id),
    CONSTRAINT release_purposes_ck CHECK (cardinality(purposes) >= 1 AND purposes <@ ARRAY['CONFIRM_ENROLLMENT',
        'SHARE_BATTERER_INFORMATION']::varchar(40)[]),
    CONSTRAINT release_scope_ck CHECK (cardinality(scope) >= 1 AND scope <@ ARRAY['ENROLLMENT_STATUS',
        'SURVIVOR_DISCUSSION']::varchar(40)[]),
    CONSTRAINT release_dates_ck CHECK (expires_on >= signed_on),
    CONSTRAINT release_revocation_ck CHECK ((revoked_on IS NULL) = (revocation_received IS NULL)
                                            AND (revoked_on IS NULL) = (revoked_by IS NULL)),
    CONSTRAINT release_received_ck CHECK (revocation_received IN ('IN_WRITING', 'IN_PERSON', 'BY_PHONE', 'BY_EMAIL'))
);
CREATE INDEX release_center_ix ON release_of_information (center_id, survivor_id);

-- C.1.6.1: a survivor discussed at a weekly meeting, under the release that allowed it
ALTER TABLE meeting_item ADD COLUMN release_id uuid,
    ADD CONSTRAINT meeting_item_release_fk FOREIGN KEY (release_id) REFERENCES release_of_information (id),
    DROP CONSTRAINT meeting_item_kind_ck,
    ADD CONSTRAINT meeting_item_kind_ck CHECK (kind IN ('BARRIER', 'ACTION', 'SURVIVOR')),
    ADD CONSTRAINT meeting_item_release_ck CHECK ((kind = 'SURVIVOR') = (release_id IS NOT NULL));
