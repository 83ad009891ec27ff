package org.tutela.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.FiscalYear;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;
import org.tutela.shared.SubmittedPeriods;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BAS submits a fiscal quarter's STOP BAS report to the contract manager (seed 000 E.1, issue 10 section 4): the
 * figures are kept as they were, and the quarter is frozen ({@link SubmissionFreeze}), so that a later change to a record dated in it needs
 * a reason and is kept as an amendment; the report then shows the submitted and the current figures. The contract
 * manager of the provider's region accepts the report or returns it with a comment; a returned quarter is open again.
 *
 * <p>Who: the provider's BAS submit; contract managers and program leaders of the region read, contract managers
 * review. The same scope as the report's ({@link StopBasReports}); a submission outside it answers 404.
 */
@Service
public class StopBasSubmissions {

    private static final String SELECT = """
            SELECT s.id, s.provider_id, o.name AS provider_name, s.quarter, s.period_from, s.period_to, s.status, su.display_name AS submitted_by,
                   s.submitted_at, ru.display_name AS reviewed_by, s.reviewed_at, s.review_comment, s.figures::text AS figures
            FROM stop_bas_submission s JOIN organization o ON o.id = s.provider_id
                 JOIN app_user su ON su.id = s.submitted_by
                 LEFT JOIN app_user ru ON ru.id = s.reviewed_by""";

    private final JdbcClient jdbc;
    private final SubmissionFreeze freeze;
    private final StopBasReports reports;
    private final AuditTrail audit;
    private final FiscalYear fiscalYear;
    private final InputValidation validation;
    private final JsonMapper json;
    private final int dueDays;

    StopBasSubmissions(JdbcClient jdbc, SubmissionFreeze freeze, StopBasReports reports, AuditTrail audit, FiscalYear fiscalYear,
                       InputValidation validation, JsonMapper json,
                       @Value("${tutela.reporting.report-due-days:15}") int dueDays) {
        this.jdbc = jdbc;
        this.freeze = freeze;
        this.reports = reports;
        this.audit = audit;
        this.fiscalYear = fiscalYear;
        this.validation = validation;
        this.json = json;
        this.dueDays = dueDays;
    }

    /** The day a quarter's report is due to the contract manager: {@code tutela.reporting.report-due-days} after it. */
    public LocalDate dueOn(FiscalQuarter quarter) {
        return quarter.to().plusDays(dueDays);
    }

    /** The BAS submits their DV center's report of a quarter that has ended; its figures are kept as they are now. */
    @Transactional
    public UUID submit(CurrentUser bas, String quarterName) {
        if (!bas.is(Role.BAS)) {
            throw new AccessDeniedException("only the provider's BAS submits the STOP BAS report");
        }
        // the years a date may hold (1900 to 2199), as the report's own periods
        FiscalQuarter quarter = fiscalYear.parse(quarterName)
                .orElseThrow(() -> new InvalidInput("quarter", "invalid.report.quarter"));
        if (!AgencyTime.today().isAfter(quarter.to())) {
            throw new InvalidInput("quarter", "invalid.submission.notEnded");
        }
        UUID provider = bas.organizationId();
        if (!reports(firstRecordOn(provider), quarter)) {
            throw new InvalidInput("quarter", "invalid.submission.beforeFirstRecord");
        }
        freeze.lock(provider, true);
        if (live(provider, quarter.name()).isPresent()) {
            throw new InvalidInput("quarter", "invalid.submission.already");
        }
        StopBasReport report = reports.compute(bas, provider, ReportPeriod.of(quarter), false, false);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO stop_bas_submission (id, provider_id, quarter, period_from, period_to, figures, status,
                    submitted_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, 'SUBMITTED', ?)""")
                .params(id, provider, quarter.name(), quarter.from(), quarter.to(),
                        json.writeValueAsString(Figures.of(report)), bas.id())
                .update();
        audit.record("SUBMIT", "STOP_BAS_SUBMISSION", id);
        return id;
    }

    /** A contract manager of the provider's region accepts the submitted report or returns it with a comment. */
    @Transactional
    public void review(CurrentUser manager, UUID id, SubmissionReview data) {
        if (!manager.is(Role.CONTRACT_MANAGER)) {
            throw new AccessDeniedException("only a contract manager reviews the STOP BAS report");
        }
        Submission s = get(manager, id);
        validation.check(data);
        if (s.status() != Submission.Status.SUBMITTED) {
            throw new InvalidInput("decision", "invalid.submission.notSubmitted");
        }
        String comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        if (data.decision() == SubmissionReview.Decision.RETURNED && comment == null) {
            throw new InvalidInput("comment", "invalid.submission.returnComment");
        }
        int updated = jdbc.sql("""
                UPDATE stop_bas_submission SET status = ?, reviewed_by = ?, reviewed_at = now(), review_comment = ?
                WHERE id = ? AND status = 'SUBMITTED'""")
                .params(data.decision().name(), manager.id(), comment, id).update();
        if (updated == 0) {
            throw new InvalidInput("decision", "invalid.submission.notSubmitted");
        }
        audit.record(data.decision() == SubmissionReview.Decision.ACCEPTED ? "ACCEPT" : "RETURN",
                "STOP_BAS_SUBMISSION", id);
    }

    /** A submission within the reader's scope, with the figures it kept (audited as a READ). */
    @Transactional
    public Submission get(CurrentUser user, UUID id) {
        StopBasReports.requireReader(user);
        Submission s = jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(this::submission).optional()
                .orElseThrow(RecordNotFound::new);
        reports.scoped(user, s.providerId());
        audit.record("READ", "STOP_BAS_SUBMISSION", id);
        return s;
    }

    /** The submissions of a provider within the reader's scope, newest first, of one quarter or all. */
    @Transactional(readOnly = true)
    public List<Submission> list(CurrentUser user, UUID providerId, String quarter) {
        StopBasReports.requireReader(user);
        UUID provider = reports.scoped(user, providerId).id();
        return jdbc.sql(SELECT + " WHERE s.provider_id = ? AND (CAST(? AS text) IS NULL OR s.quarter = ?)"
                        + " ORDER BY s.submitted_at DESC")
                .params(provider, quarter, quarter).query(this::submission).list();
    }

    /** The quarter's submission state beside the report computed now (the report's page and JSON show it). */
    Submission.State state(CurrentUser user, StopBasReport report, FiscalQuarter quarter) {
        UUID provider = report.provider().id();
        List<Submission> all = jdbc.sql(SELECT + " WHERE s.provider_id = ? AND s.quarter = ? ORDER BY s.submitted_at DESC")
                .params(provider, quarter.name()).query(this::submission).list();
        Submission live = all.stream().filter(Submission::live).findFirst().orElse(null);
        List<Submission> history = all.stream().filter(s -> !s.live()).toList();
        Figures current = Figures.of(report);
        boolean links = user.is(Role.BAS);
        List<Submission.AmendmentLine> amendments = live == null ? List.of() : jdbc.sql("""
                        SELECT a.record_type, a.case_id, c.case_number, a.record_on, a.change, a.reason,
                               u.display_name, a.amended_at
                        FROM stop_bas_amendment a JOIN app_user u ON u.id = a.amended_by
                             LEFT JOIN case_file c ON c.id = a.case_id
                        WHERE a.submission_id = ? ORDER BY a.amended_at, a.id""")
                .param(live.id())
                .query((rs, n) -> new Submission.AmendmentLine(rs.getString(1), links ? rs.getObject(2, UUID.class) : null,
                        rs.getString(3), rs.getObject(4, LocalDate.class), SubmittedPeriods.Change.valueOf(rs.getString(5)),
                        SubmittedPeriods.AmendmentReason.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
        boolean submittable = user.is(Role.BAS) && live == null && AgencyTime.today().isAfter(quarter.to())
                && reports(firstRecordOn(provider), quarter);
        boolean reviewable = user.is(Role.CONTRACT_MANAGER) && live != null
                && live.status() == Submission.Status.SUBMITTED;
        return new Submission.State(live, current.e11(), current.e12(),
                live == null ? List.of() : live.figures().compareWith(current), amendments, history, submittable,
                reviewable, dueOn(quarter));
    }

    /** The quarters whose report the BAS's provider has still to submit, due soon or overdue (their home page). */
    @Transactional(readOnly = true)
    public List<Due> due(CurrentUser user, int aheadDays) {
        if (!user.is(Role.BAS)) {
            return List.of();
        }
        LocalDate today = AgencyTime.today();
        List<Due> due = new java.util.ArrayList<>();
        FiscalQuarter current = fiscalYear.current();
        LocalDate first = firstRecordOn(user.organizationId());
        // the previous quarter until submitted (overdue after its due day), the current one in its last days
        for (FiscalQuarter q : List.of(current.previous(), current)) {
            if (q.to().minusDays(aheadDays).isAfter(today) || !reports(first, q)) {
                continue;
            }
            if (live(user.organizationId(), q.name()).isEmpty()) {
                due.add(new Due(q.name(), dueOn(q), user.organizationId(), jdbc.sql(
                        "SELECT name FROM organization WHERE id = ?").param(user.organizationId())
                        .query(String.class).single()));
            }
        }
        return due;
    }

    /** A quarter's report still to submit, and the day it is due. */
    public record Due(String quarter, LocalDate dueOn, UUID providerId, String providerName) {
    }

    /** The submitted (or accepted) reports that wait for a contract manager of the reader's region (their home). */
    @Transactional(readOnly = true)
    public List<Submission> awaitingReview(CurrentUser user) {
        if (!user.is(Role.CONTRACT_MANAGER)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE o.region_id = ?"
                        + " AND s.status = 'SUBMITTED' ORDER BY s.submitted_at")
                .param(user.regionId()).query(this::submission).list();
    }

    /**
     * Whether the provider reports on a quarter: its reports start with the quarter of its first record in Tutela (a
     * consultation of its BAS, a training or a meeting), so that a DV center that joins owes no report of the quarters
     * before it, and nobody submits a quarter of 1900.
     */
    private static boolean reports(LocalDate firstRecordOn, FiscalQuarter quarter) {
        return firstRecordOn != null && !quarter.to().isBefore(firstRecordOn);
    }

    /** The day of the provider's first record in Tutela (see {@link #reports}); null when it has none. */
    private LocalDate firstRecordOn(UUID provider) {
        return jdbc.sql("""
                SELECT least((SELECT min(k.consulted_on) FROM consultation k JOIN app_user u ON u.id = k.bas_user_id
                              WHERE u.organization_id = ?),
                             (SELECT min(t.starts_at AT TIME ZONE ?)::date FROM training t WHERE t.provider_id = ?),
                             (SELECT min(m.starts_at AT TIME ZONE ?)::date FROM meeting m WHERE m.provider_id = ?))""")
                .params(provider, AgencyTime.ZONE.getId(), provider, AgencyTime.ZONE.getId(), provider)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    // ---- rows ---------------------------------------------------------------------------------------------------

    private Optional<Submission> live(UUID provider, String quarter) {
        return jdbc.sql(SELECT + " WHERE s.provider_id = ? AND s.quarter = ? AND s.status <> 'RETURNED'")
                .params(provider, quarter).query(this::submission).optional();
    }

    private Submission submission(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"),
                rs.getString("quarter"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), Submission.Status.valueOf(rs.getString("status")),
                rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getString("review_comment"), json.readValue(rs.getString("figures"), Figures.class));
    }
}
