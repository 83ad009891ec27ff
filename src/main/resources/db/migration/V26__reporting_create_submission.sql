-- E.1: the BAS submits a fiscal quarter's STOP BAS report to the contract manager. The submission keeps the figures
-- as they were (the drill-down stays computed), and freezes the quarter: a later change to a consultation dated in it
-- needs a reason and is kept as an amendment, so that the report shows the submitted and the current figures side by
-- side. The contract manager accepts the report or returns it (with a comment); a returned quarter is open again and
-- may be submitted anew. Each submission is kept.
CREATE TABLE stop_bas_submission (
    id             uuid PRIMARY KEY,
    provider_id    uuid          NOT NULL,
    quarter        varchar(7)    NOT NULL,
    period_from    date          NOT NULL,
    period_to      date          NOT NULL,
    figures        jsonb         NOT NULL,
    status         varchar(10)   NOT NULL,
    submitted_by   uuid          NOT NULL,
    submitted_at   timestamp with time zone NOT NULL DEFAULT now(),
    reviewed_by    uuid,
    reviewed_at    timestamp with time zone,
    review_comment varchar(4000),
    CONSTRAINT stop_bas_submission_provider_fk FOREIGN KEY (provider_id) REFERENCES organization (id),
    CONSTRAINT stop_bas_submission_submitted_by_fk FOREIGN KEY (submitted_by) REFERENCES app_user (id),
    CONSTRAINT stop_bas_submission_reviewed_by_fk FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    CONSTRAINT stop_bas_submission_quarter_ck CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    CONSTRAINT stop_bas_submission_period_ck CHECK (period_from <= period_to),
    CONSTRAINT stop_bas_submission_status_ck CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    CONSTRAINT stop_bas_submission_review_ck CHECK ((status = 'SUBMITTED') = (reviewed_at IS NULL)
                                                    AND (reviewed_at IS NULL) = (reviewed_by IS NULL))
);
-- a quarter of a provider is submitted (or accepted) once at a time; returned ones stay as history
CREATE UNIQUE INDEX stop_bas_submission_live_uk ON stop_bas_submission (provider_id, quarter) WHERE status <> 'RETURNED';
CREATE INDEX stop_bas_submission_provider_ix ON stop_bas_submission (provider_id, period_from);

-- a change, after the submission, to a record dated in the submitted quarter: which record, why (a reason from a
-- vetted list, since contract managers read it), who and when
CREATE TABLE stop_bas_amendment (
    id            uuid PRIMARY KEY,
    submission_id uuid         NOT NULL,
    record_type   varchar(40)  NOT NULL,
    record_id     uuid         NOT NULL,
    case_id       uuid,
    record_on     date         NOT NULL,
    change        varchar(10)  NOT NULL,
    reason        varchar(30)  NOT NULL,
    amended_by    uuid         NOT NULL,
    amended_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT stop_bas_amendment_submission_fk FOREIGN KEY (submission_id) REFERENCES stop_bas_submission (id),
    CONSTRAINT stop_bas_amendment_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT stop_bas_amendment_by_fk FOREIGN KEY (amended_by) REFERENCES app_user (id),
    CONSTRAINT stop_bas_amendment_change_ck CHECK (change IN ('CREATE', 'UPDATE')),
    CONSTRAINT stop_bas_amendment_reason_ck CHECK (reason IN ('LATE_ENTRY', 'CORRECTION', 'NOTE_COMPLETED',
                                                              'RECORDED_IN_ERROR'))
);
CREATE INDEX stop_bas_amendment_submission_ix ON stop_bas_amendment (submission_id, amended_at);
CREATE INDEX stop_bas_amendment_record_ix ON stop_bas_amendment (record_type, record_id);
