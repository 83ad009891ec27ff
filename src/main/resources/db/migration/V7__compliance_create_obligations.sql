-- C.1.5: what the monitored perpetrator must do, each obligation from a source, with compliance checks,
-- firearm surrender follow-up and escalations through cross-system channels.
CREATE TABLE obligation (
    id                     uuid PRIMARY KEY,
    monitoring_id          uuid         NOT NULL,
    source                 varchar(30)  NOT NULL,
    injunction_kind        varchar(30),
    issuer                 varchar(200) NOT NULL,
    order_number           varchar(80),
    ordered_on             date         NOT NULL,
    requirement            text         NOT NULL,
    due_on                 date,
    recurrence             varchar(120),
    status                 varchar(20)  NOT NULL DEFAULT 'PENDING',
    firearm_outcome        varchar(30),
    firearm_outcome_on     date,
    firearm_evidence       varchar(1000),
    professional_documented boolean,
    version                integer      NOT NULL DEFAULT 0,
    created_by             uuid         NOT NULL,
    created_at             timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT obligation_monitoring_fk FOREIGN KEY (monitoring_id) REFERENCES monitoring (id),
    CONSTRAINT obligation_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT obligation_source_ck CHECK (source IN ('DEPENDENCY_CASE_PLAN', 'CRIMINAL_ORDER', 'INJUNCTION', 'BIP',
                                                      'FIREARM_SURRENDER')),
    CONSTRAINT obligation_injunction_kind_ck CHECK ((source = 'INJUNCTION') = (injunction_kind IS NOT NULL)),
    CONSTRAINT obligation_status_ck CHECK (status IN ('PENDING', 'COMPLIANT', 'PARTIAL', 'NON_COMPLIANT', 'UNKNOWN')),
    CONSTRAINT obligation_firearm_ck CHECK (source = 'FIREARM_SURRENDER' OR firearm_outcome IS NULL),
    CONSTRAINT obligation_firearm_outcome_ck CHECK (firearm_outcome IN ('SURRENDERED', 'NOT_SURRENDERED',
                                                                        'NO_FIREARMS_REPORTED', 'UNKNOWN')),
    CONSTRAINT obligation_firearm_due_ck CHECK (source <> 'FIREARM_SURRENDER' OR due_on IS NOT NULL)
);
CREATE INDEX obligation_monitoring_ix ON obligation (monitoring_id);
CREATE INDEX obligation_firearm_ix ON obligation (due_on) WHERE source = 'FIREARM_SURRENDER';

CREATE TABLE compliance_check (
    id              uuid PRIMARY KEY,
    obligation_id   uuid         NOT NULL,
    checked_on      date         NOT NULL,
    information_source varchar(30) NOT NULL,
    finding         varchar(20)  NOT NULL,
    note            text         NOT NULL,
    attachment_name varchar(200),
    attachment_type varchar(40),
    attachment_size integer,
    attachment      bytea,
    created_by      uuid         NOT NULL,
    created_at      timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT compliance_check_obligation_fk FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT compliance_check_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT compliance_check_source_ck CHECK (information_source IN ('COURT_DOCKET', 'PROBATION_OFFICER',
                                                                        'BIP_REPORT', 'LAW_ENFORCEMENT', 'CASE_MANAGER')),
    CONSTRAINT compliance_check_finding_ck CHECK (finding IN ('PENDING', 'COMPLIANT', 'PARTIAL', 'NON_COMPLIANT', 'UNKNOWN')),
    CONSTRAINT compliance_check_attachment_type_ck CHECK (attachment_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    CONSTRAINT compliance_check_attachment_size_ck CHECK (attachment_size <= 20971520)
);
CREATE INDEX compliance_check_obligation_ix ON compliance_check (obligation_id, checked_on);

CREATE TABLE obligation_status_change (
    id            bigserial PRIMARY KEY,
    obligation_id uuid        NOT NULL,
    from_status   varchar(20) NOT NULL,
    to_status     varchar(20) NOT NULL,
    changed_on    date        NOT NULL,
    check_id      uuid,
    changed_by    uuid        NOT NULL,
    changed_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT obligation_status_change_obligation_fk FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT obligation_status_change_check_fk FOREIGN KEY (check_id) REFERENCES compliance_check (id)
);
CREATE INDEX obligation_status_change_obligation_ix ON obligation_status_change (obligation_id);

CREATE TABLE firearm_contact (
    id            uuid PRIMARY KEY,
    obligation_id uuid         NOT NULL,
    contacted_on  date         NOT NULL,
    party         varchar(20)  NOT NULL,
    agency        varchar(200) NOT NULL,
    contact_name  varchar(120) NOT NULL,
    outcome       varchar(1000) NOT NULL,
    created_by    uuid         NOT NULL,
    created_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT firearm_contact_obligation_fk FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT firearm_contact_party_ck CHECK (party IN ('LAW_ENFORCEMENT', 'COURT'))
);
CREATE INDEX firearm_contact_obligation_ix ON firearm_contact (obligation_id);

CREATE TABLE escalation (
    id            uuid PRIMARY KEY,
    obligation_id uuid         NOT NULL,
    escalated_on  date         NOT NULL,
    channel       varchar(120) NOT NULL,
    escalated_to  varchar(200) NOT NULL,
    concern       varchar(2000) NOT NULL,
    response      varchar(2000),
    responded_on  date,
    resolved      boolean      NOT NULL DEFAULT false,
    version       integer      NOT NULL DEFAULT 0,
    created_by    uuid         NOT NULL,
    created_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT escalation_obligation_fk FOREIGN KEY (obligation_id) REFERENCES obligation (id)
);
CREATE INDEX escalation_obligation_ix ON escalation (obligation_id);
