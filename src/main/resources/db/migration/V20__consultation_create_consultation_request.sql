-- A child welfare professional's request for a BAS consultation on a case (issue 9): a reason from a vetted list and
-- an optional short note that holds no protected contact value (checked when written). It is open until the BAS logs
-- a consultation on the case, which answers it. One open request per case.
CREATE TABLE consultation_request (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL,
    requested_by    uuid        NOT NULL,
    requested_at    timestamp with time zone NOT NULL DEFAULT now(),
    reason          varchar(40) NOT NULL,
    note            varchar(300),
    consultation_id uuid,
    answered_at     timestamp with time zone,
    CONSTRAINT consultation_request_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT consultation_request_requested_by_fk FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT consultation_request_consultation_fk FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT consultation_request_reason_ck CHECK (reason IN ('RISK_AND_PATTERN', 'SAFETY_ACTIONS', 'CASE_PLAN',
                                                                'PERPETRATOR_INTERVIEW', 'STAFFING_OR_HEARING',
                                                                'FIREARMS', 'NEW_INCIDENT', 'OTHER')),
    CONSTRAINT consultation_request_note_ck CHECK (note IS NULL OR btrim(note) <> ''),
    CONSTRAINT consultation_request_answer_ck CHECK ((consultation_id IS NULL) = (answered_at IS NULL))
);
CREATE UNIQUE INDEX consultation_request_open_uk ON consultation_request (case_id) WHERE answered_at IS NULL;
CREATE INDEX consultation_request_case_ix ON consultation_request (case_id, requested_at);
CREATE INDEX consultation_request_requested_by_ix ON consultation_request (requested_by, requested_at);
