-- Batterer Intervention Program (seed 001): referrals of a case's perpetrator to a BIP provider organization, the
-- provider's intake screening, its same-gendered groups of 26 weekly sessions, attendance, and monthly reports.
-- Nothing here names a survivor or a child: the provider sees the participant and its own records only.

-- the provider's own list of group rules, which attendance names when one is broken
CREATE TABLE bip_rule (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES organization (id),
    text        varchar(200) NOT NULL,
    created_by  uuid         NOT NULL REFERENCES app_user (id),
    created_at  timestamp with time zone NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX bip_rule_text_uk ON bip_rule (provider_id, lower(text));

-- a group: one gender (same-gendered groups only), meeting weekly
CREATE TABLE bip_group (
    id          uuid PRIMARY KEY,
    provider_id uuid         NOT NULL REFERENCES organization (id),
    name        varchar(120) NOT NULL,
    gender      varchar(20)  NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'NON_BINARY', 'ANOTHER_GENDER')),
    meets       varchar(120) NOT NULL,
    fees_apply  boolean      NOT NULL DEFAULT false,
    created_by  uuid         NOT NULL REFERENCES app_user (id),
    created_at  timestamp with time zone NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX bip_group_name_uk ON bip_group (provider_id, lower(name));

CREATE TABLE bip_referral (
    id              uuid PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    perpetrator_id  uuid         NOT NULL REFERENCES person (id),
    provider_id     uuid         NOT NULL REFERENCES organization (id),
    -- the earlier referral this one renews: its attendance stays in view and counts toward the 26, since both
    -- belong to one program (the first referral's id)
    renews_id       uuid         UNIQUE REFERENCES bip_referral (id),
    program_id      uuid         NOT NULL,
    reason          varchar(2000) NOT NULL,
    court_ordered   boolean      NOT NULL,
    obligation_id   uuid         REFERENCES obligation (id),
    order_number    varchar(60),
    ordered_on      date,
    referred_on     date         NOT NULL,
    -- valid for one year from its creation: from this day on it accepts no new sessions and shows as expired
    expires_on      date         NOT NULL,
    referred_by     uuid         NOT NULL REFERENCES app_user (id),
    status          varchar(20)  NOT NULL DEFAULT 'SENT'
                    CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED', 'ENROLLED', 'ATTENDING', 'DISCHARGED')),
    decided_on      date,
    decided_by      uuid         REFERENCES app_user (id),
    decline_reason  varchar(30),
    decline_note    varchar(1000),
    group_id        uuid         REFERENCES bip_group (id),
    enrolled_on     date,
    discharged_on   date,
    discharge_reason varchar(30),
    discharge_note  varchar(1000),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT bip_referral_order_ck CHECK (court_ordered OR (obligation_id IS NULL AND order_number IS NULL)),
    CONSTRAINT bip_referral_decline_ck CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CONSTRAINT bip_referral_discharge_ck CHECK ((status = 'DISCHARGED') = (discharge_reason IS NOT NULL)),
    CONSTRAINT bip_referral_group_ck CHECK ((group_id IS NULL) = (enrolled_on IS NULL))
);
CREATE INDEX bip_referral_provider_ix ON bip_referral (provider_id, referred_on);
CREATE INDEX bip_referral_case_ix ON bip_referral (case_id);
CREATE INDEX bip_referral_group_ix ON bip_referral (group_id);
CREATE INDEX bip_referral_program_ix ON bip_referral (program_id);
CREATE INDEX bip_referral_perpetrator_ix ON bip_referral (perpetrator_id);
-- intake screening (seed 001), one per referral, in vetted values
CREATE TABLE bip_intake (
    referral_id         uuid PRIMARY KEY REFERENCES bip_referral (id),
    screened_on         date        NOT NULL,
    physical_violence   varchar(20) NOT NULL,
    sexual_violence     varchar(20) NOT NULL,
    other_abuse         varchar(20) NOT NULL,
    outside_relationships varchar(20) NOT NULL,
    substance_use       varchar(30) NOT NULL,
    mental_health       varchar(30) NOT NULL,
    homicide_threat     boolean     NOT NULL,
    homicide_ideation   boolean     NOT NULL,
    note                varchar(2000),
    recorded_by         uuid        NOT NULL REFERENCES app_user (id),
    created_at          timestamp with time zone NOT NULL DEFAULT now()
);

-- a substance use or mental health need: a separate recommendation, never in place of the program
CREATE TABLE bip_recommendation (
    id          uuid PRIMARY KEY,
    referral_id uuid        NOT NULL REFERENCES bip_referral (id),
    kind        varchar(30) NOT NULL CHECK (kind IN ('SUBSTANCE_USE_ASSESSMENT', 'MENTAL_HEALTH_ASSESSMENT')),
    made_on     date        NOT NULL,
    created_by  uuid        NOT NULL REFERENCES app_user (id),
    UNIQUE (referral_id, kind)
);

-- a homicide threat or ideation named at intake: shown to the referring worker, their supervisors and the BAS
CREATE TABLE bip_alert (
    id          uuid PRIMARY KEY,
    referral_id uuid        NOT NULL REFERENCES bip_referral (id),
    threat      boolean     NOT NULL,
    ideation    boolean     NOT NULL,
    raised_by   uuid        NOT NULL REFERENCES app_user (id),
    raised_at   timestamp with time zone NOT NULL DEFAULT now()
);
CREATE TABLE bip_alert_acknowledgment (
    alert_id        uuid NOT NULL REFERENCES bip_alert (id),
    user_id         uuid NOT NULL REFERENCES app_user (id),
    acknowledged_at timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (alert_id, user_id)
);

CREATE TABLE bip_session (
    id          uuid PRIMARY KEY,
    group_id    uuid NOT NULL REFERENCES bip_group (id),
    held_on     date NOT NULL,
    recorded_by uuid NOT NULL REFERENCES app_user (id),
    created_at  timestamp with time zone NOT NULL DEFAULT now(),
    UNIQUE (group_id, held_on)
);

CREATE TABLE bip_attendance (
    session_id   uuid          NOT NULL REFERENCES bip_session (id),
    referral_id  uuid          NOT NULL REFERENCES bip_referral (id),
    attendance   varchar(10)   NOT NULL CHECK (attendance IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    fee_due      numeric(8, 2) CHECK (fee_due >= 0),
    fee_paid     numeric(8, 2) CHECK (fee_paid >= 0),
    rules_broken uuid[]        NOT NULL DEFAULT '{}',
    admitted     boolean,
    PRIMARY KEY (session_id, referral_id)
);
CREATE INDEX bip_attendance_referral_ix ON bip_attendance (referral_id);

-- a participant's month (seed 001): the figures as they were when it was sent, and the provider's comment
CREATE TABLE bip_monthly_report (
    id              uuid PRIMARY KEY,
    referral_id     uuid          NOT NULL REFERENCES bip_referral (id),
    month           date          NOT NULL CHECK (extract(day FROM month) = 1),
    sessions_held   integer       NOT NULL,
    sessions_attended integer     NOT NULL,
    cumulative      integer       NOT NULL,
    fees_due        numeric(8, 2),
    fees_paid       numeric(8, 2),
    rules_violated  text[]        NOT NULL DEFAULT '{}',
    admitted        boolean,
    comment         varchar(600)  NOT NULL,
    sent_by         uuid          NOT NULL REFERENCES app_user (id),
    sent_at         timestamp with time zone NOT NULL DEFAULT now(),
    UNIQUE (referral_id, month)
);
CREATE INDEX bip_monthly_report_month_ix ON bip_monthly_report (month);
CREATE TABLE bip_report_acknowledgment (
    report_id       uuid NOT NULL REFERENCES bip_monthly_report (id),
    user_id         uuid NOT NULL REFERENCES app_user (id),
    acknowledged_at timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (report_id, user_id)
);
