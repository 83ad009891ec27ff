-- The STOP BAS report (E.1) reads every consultation of a provider's BAS in a period: 130,000 rows for a busy
-- quarter, scattered over the whole table, so that reading them meant reading most of its pages (bench/report.sh,
-- docs/PERFORMANCE.md). The report needs, besides the answers, only whether the note holds the E.1.1 sentence and
-- one of the three E.1.2 sentences (ConsultationRules; a test compares these texts with it): kept here as columns
-- computed from the note on every write (so a sentence edited away later stops counting at once), so that one index
-- holds all the report reads and the notes are not read at all.
--
-- Run outside a transaction (V27__...sql.conf), for the VACUUM at the end: adding the columns rewrites the table,
-- which leaves no page marked all-visible, and until a vacuum marks them again every index read would visit the
-- table as well (and the planner would not choose the index); autovacuum would not come for a long time, as the
-- rewrite leaves no dead rows. Each statement may be run again if a later one fails.
ALTER TABLE consultation
    ADD COLUMN IF NOT EXISTS note_has_monitoring_sentence boolean NOT NULL GENERATED ALWAYS AS (
        strpos(note, 'BAS initiated batterer compliance monitoring.') > 0) STORED,
    ADD COLUMN IF NOT EXISTS note_has_guidance_sentence boolean NOT NULL GENERATED ALWAYS AS (
        strpos(note, 'Guided the child welfare professional in creating safety actions that increase batterer accountability.') > 0
        OR strpos(note, 'Guided child welfare professional in creating case plans that increase batterer accountability.') > 0
        OR strpos(note, 'Guided child welfare professional in creating safety actions and case plans that increase batterer accountability.') > 0) STORED;

-- the report's read, index only: a provider's BAS, each a range of days, with everything the report shows
CREATE INDEX IF NOT EXISTS consultation_report_ix ON consultation (bas_user_id, consulted_on)
    INCLUDE (case_id, created_at, organization_type, topics, compliance_monitoring, guided_safety_actions,
             note_has_monitoring_sentence, note_has_guidance_sentence);

VACUUM (ANALYZE) consultation;
