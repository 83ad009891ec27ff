-- The BAS consultation log (C.1.4) with the answers that the E.1.1 and E.1.2 measures count.
CREATE TABLE consultation (
    id                    uuid PRIMARY KEY,
    case_id               uuid         NOT NULL,
    bas_user_id           uuid         NOT NULL,
    consulted_on          date         NOT NULL,
    professional_name     varchar(120) NOT NULL,
    professional_role     varchar(80)  NOT NULL,
    organization_id       uuid         NOT NULL,
    -- the consulted professional's agency type when logged (DCF, CBC, CMO): it decides the E.1.1 answer
    organization_type     varchar(20)  NOT NULL,
    mode                  varchar(20)  NOT NULL,
    topics                varchar(40)[] NOT NULL,
    note                  text         NOT NULL,
    compliance_monitoring varchar(20)  NOT NULL,
    guided_safety_actions varchar(3)   NOT NULL,
    follow_up_on          date,
    version               integer      NOT NULL DEFAULT 0,
    created_at            timestamp with time zone NOT NULL DEFAULT now(),
    updated_at            timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT consultation_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT consultation_bas_fk FOREIGN KEY (bas_user_id) REFERENCES app_user (id),
    CONSTRAINT consultation_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT consultation_organization_type_ck CHECK (organization_type IN ('DCF', 'CBC', 'CMO')),
    CONSTRAINT consultation_mode_ck CHECK (mode IN ('IN_PERSON', 'PHONE', 'VIRTUAL', 'STAFFING')),
    CONSTRAINT consultation_topics_ck CHECK (cardinality(topics) >= 1),
    CONSTRAINT consultation_compliance_ck CHECK (compliance_monitoring IN ('YES', 'NO', 'NOT_APPLICABLE')),
    -- E.1.1: DCF does not write dependency case plans, so its answer is N/A; CBC and CMO answer yes or no
    CONSTRAINT consultation_compliance_by_agency_ck CHECK (
        (organization_type = 'DCF') = (compliance_monitoring = 'NOT_APPLICABLE')),
    CONSTRAINT consultation_guided_ck CHECK (guided_safety_actions IN ('YES', 'NO'))
);
CREATE INDEX consultation_case_ix ON consultation (case_id, consulted_on);
CREATE INDEX consultation_bas_ix ON consultation (bas_user_id, consulted_on);
CREATE INDEX consultation_follow_up_ix ON consultation (follow_up_on) WHERE follow_up_on IS NOT NULL;
