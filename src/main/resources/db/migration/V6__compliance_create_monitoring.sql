-- Batterer compliance monitoring (C.1.5): one running monitoring per perpetrator in a case.
CREATE TABLE monitoring (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL,
    -- the perpetrator monitored; absent while the case has no perpetrator recorded yet
    perpetrator_id  uuid,
    started_on      date        NOT NULL,
    started_by      uuid        NOT NULL,
    consultation_id uuid,
    ended_on        date,
    end_reason      varchar(500),
    version         integer     NOT NULL DEFAULT 0,
    created_at      timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT monitoring_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT monitoring_perpetrator_fk FOREIGN KEY (perpetrator_id) REFERENCES person (id),
    CONSTRAINT monitoring_started_by_fk FOREIGN KEY (started_by) REFERENCES app_user (id),
    CONSTRAINT monitoring_consultation_fk FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT monitoring_end_ck CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);
CREATE UNIQUE INDEX monitoring_running_uk ON monitoring (case_id, coalesce(perpetrator_id, '00000000-0000-0000-0000-000000000000'::uuid))
    WHERE ended_on IS NULL;
CREATE INDEX monitoring_case_ix ON monitoring (case_id);
