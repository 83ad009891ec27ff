-- The STOP BAS report reads the case numbers of the cases of a period's consultations, once per case (35,000 for a
-- busy quarter: bench/report.sh, docs/PERFORMANCE.md), after the consultations themselves (V27). With the number
-- beside the key in one index the database reads the index alone, not the whole of every case's row.
CREATE INDEX IF NOT EXISTS case_file_number_by_id_ix ON case_file (id) INCLUDE (case_number);
