package org.tutela.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.SubmittedPeriods;

/**
 * The freeze of a submitted quarter (seed 000 E.1, issue 10 section 4), for the modules whose records the STOP BAS
 * report counts (consultations, trainings, meetings, staffings and hearings, compliance checks): a write of a record
 * dated in a quarter whose report is submitted or accepted needs a reason, and is kept as an amendment of that
 * submission. It reads only the submissions' table, so those modules may use it while the report reads them.
 */
@Service
class SubmissionFreeze implements SubmittedPeriods {

    /** The advisory lock class that orders a provider's submission against the writes it freezes. */
    private static final int LOCK_CLASS = 7305021;

    private final JdbcClient jdbc;

    SubmissionFreeze(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void amend(UUID providerId, Collection<LocalDate> days, Change change, String recordType, UUID recordId,
                      UUID caseId, AmendmentReason reason, UUID by) {
        lock(providerId, false);
        // each day once, with the live submission that holds it (a frozen quarter), if any
        java.util.Map<LocalDate, UUID> frozen = new java.util.LinkedHashMap<>();
        days.stream().distinct().forEach(day -> liveHolding(providerId, day).ifPresent(id -> frozen.put(day, id)));
        if (frozen.isEmpty()) {
            return;
        }
        if (reason == null) {
            throw new InvalidInput("amendmentReason", "invalid.submission.amendmentReason");
        }
        frozen.forEach((day, submission) -> jdbc.sql("""
                        INSERT INTO stop_bas_amendment (id, submission_id, record_type, record_id, case_id, record_on,
                            change, reason, amended_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), submission, recordType, recordId, caseId, day, change.name(), reason.name(), by)
                .update());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> submittedQuarter(UUID providerId, LocalDate day) {
        return jdbc.sql("SELECT quarter FROM stop_bas_submission" + LIVE_HOLDING).params(providerId, day)
                .query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Amendment> amendments(String recordType, UUID recordId) {
        return jdbc.sql("""
                        SELECT s.quarter, a.change, a.reason, u.display_name, a.amended_at
                        FROM stop_bas_amendment a JOIN stop_bas_submission s ON s.id = a.submission_id
                             JOIN app_user u ON u.id = a.amended_by
                        WHERE a.record_type = ? AND a.record_id = ? ORDER BY a.amended_at, a.id""")
                .params(recordType, recordId)
                .query((rs, n) -> new Amendment(rs.getString(1), Change.valueOf(rs.getString(2)),
                        AmendmentReason.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** A provider's live submission whose quarter holds a day (one at most: quarters do not overlap). */
    private static final String LIVE_HOLDING = " WHERE provider_id = ? AND status <> 'RETURNED'"
            + " AND ? BETWEEN period_from AND period_to";

    /** The id of the live submission that freezes the day, if any: read on every write of a consultation. */
    private Optional<UUID> liveHolding(UUID provider, LocalDate day) {
        return jdbc.sql("SELECT id FROM stop_bas_submission" + LIVE_HOLDING).params(provider, day)
                .query(UUID.class).optional();
    }

    /** Submitting takes the provider's lock alone; the writes it freezes share it, so none slips past a submission. */
    void lock(UUID provider, boolean exclusive) {
        jdbc.sql("SELECT " + (exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")
                + "(?, hashtext(CAST(? AS text)))").params(LOCK_CLASS, provider.toString()).query(Object.class).single();
    }
}
