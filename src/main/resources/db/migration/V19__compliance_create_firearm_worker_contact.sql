-- C.1.5: the child welfare professional documents their own follow-up of a firearm surrender (whom they contacted,
-- what came of it), which the BAS then sees. It informs the BAS; only the BAS's confirmed outcome closes the follow-up.
CREATE TABLE firearm_worker_contact (
    id            uuid PRIMARY KEY,
    obligation_id uuid          NOT NULL,
    contacted_on  date          NOT NULL,
    party         varchar(20)   NOT NULL,
    outcome       varchar(30)   NOT NULL,
    note          varchar(500),
    created_by    uuid          NOT NULL,
    created_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT firearm_worker_contact_obligation_fk FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT firearm_worker_contact_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT firearm_worker_contact_party_ck CHECK (party IN ('LAW_ENFORCEMENT', 'COURT', 'OTHER')),
    CONSTRAINT firearm_worker_contact_outcome_ck
        CHECK (outcome IN ('SURRENDER_CONFIRMED', 'NO_FIREARMS_REPORTED', 'PENDING', 'UNABLE_TO_REACH'))
);
CREATE INDEX firearm_worker_contact_obligation_ix ON firearm_worker_contact (obligation_id, contacted_on);
