package org.tutela.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.meeting.Cadence;
import org.tutela.meeting.MeetingType;
import org.tutela.meeting.Meetings;
import org.tutela.training.Trainings;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.FiscalYear;
import org.tutela.shared.RecordNotFound;

/**
 * The reporting module's API: the STOP BAS report (Template 1, seed 000 E.1) of a DV center for a period, and the
 * running measures of the current fiscal quarter that the BAS's home page shows, from the same computation.
 *
 * <p>Who: a BAS reads their own organization's report, with links to the cases; a contract manager or a program
 * leader the report of any DV center of their region, by case number only. Anyone else is refused (403); a provider
 * outside the reader's scope answers like a missing one (404). Every reading is audited as a READ of the report and
 * every file made of it as an EXPORT.
 */
@Service
public class StopBasReports {

    /** The roles that read the report. */
    public static final List<Role> READERS = List.of(Role.BAS, Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER);


    private final StopBasQueries queries;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final FiscalYear fiscalYear;
    private final Trainings trainings;
    private final Meetings meetings;
    private final ObjectProvider<StopBasSubmissions> submissions;

    StopBasReports(StopBasQueries queries, JdbcClient jdbc, AuditTrail audit, FiscalYear fiscalYear,
                   Trainings trainings, Meetings meetings, ObjectProvider<StopBasSubmissions> submissions) {
        this.submissions = submissions;
        this.trainings = trainings;
        this.meetings = meetings;
        this.queries = queries;
        this.jdbc = jdbc;
        this.audit = audit;
        this.fiscalYear = fiscalYear;
    }

    /** The fiscal quarter that holds today, as the agency counts days. */
    public FiscalQuarter currentQuarter() {
        return fiscalYear.current();
    }

    /** The period a request names (see {@link ReportPeriod#parse}); an {@code InvalidInput} names the field at fault. */
    public ReportPeriod period(String quarter, String from, String to) {
        return ReportPeriod.parse(quarter, from, to, fiscalYear.startMonth(), AgencyTime.today());
    }

    /** The providers whose report the user may read: their own DV center for a BAS, the region's for the others. */
    @Transactional(readOnly = true)
    public List<StopBasReport.Provider> providers(CurrentUser user) {
        requireReader(user);
        return user.role() == Role.BAS
                ? provider(user.organizationId()).stream().toList()
                : jdbc.sql(PROVIDER_SELECT + " WHERE o.type = 'DV_CENTER' AND o.region_id = ? ORDER BY o.name")
                        .param(user.regionId()).query(StopBasReports::provider).list();
    }

    /** The report, audited as a READ. {@code providerId} absent: the BAS's own, or the region's first DV center. */
    @Transactional
    public StopBasReport report(CurrentUser user, UUID providerId, ReportPeriod period) {
        return report(user, providerId, period, true, true);
    }

    /**
     * The report, audited as a READ; {@code consultationItems} false leaves out the list of each consultation (the
     * counts by agency type and topic stay), and {@code caseLines} false the measures' list of each case (their
     * figures stay): the API's default, as a busy quarter holds 130,000 consultations over 35,000 cases
     * (docs/PERFORMANCE.md).
     */
    @Transactional
    public StopBasReport report(CurrentUser user, UUID providerId, ReportPeriod period, boolean consultationItems,
                                boolean caseLines) {
        StopBasReport report = withSubmission(user,
                compute(user, providerId, period, consultationItems, caseLines), period);
        audit.record("READ", "STOP_BAS_REPORT", report.provider().id());
        return report;
    }

    /** The report for a file that leaves Tutela (XLSX, PDF), audited as an EXPORT. */
    @Transactional
    public StopBasReport export(CurrentUser user, UUID providerId, ReportPeriod period) {
        StopBasReport report = withSubmission(user, compute(user, providerId, period, true, true), period);
        audit.record("EXPORT", "STOP_BAS_REPORT", report.provider().id());
        return report;
    }

    /** A fiscal quarter's report with its submission: the figures submitted beside these, amendments, history. */
    private StopBasReport withSubmission(CurrentUser user, StopBasReport report, ReportPeriod period) {
        return period.quarter() == null ? report
                : report.withSubmission(submissions.getObject().state(user, report, period.quarter()));
    }

    /**
     * E.1.1 and E.1.2 of the BAS's organization for the current fiscal quarter, for their home page: the report's own
     * computation, without the drill-down.
     */
    @Transactional(readOnly = true)
    public RunningMeasures running(CurrentUser bas) {
        if (bas.role() != Role.BAS) {
            throw new AccessDeniedException("the running measures are the BAS's");
        }
        FiscalQuarter quarter = currentQuarter();
        Measure[] measures = StopBasQueries.measures(
                queries.consultations(bas.organizationId(), quarter.from(), quarter.to()), false, false);
        return new RunningMeasures(quarter, measures[0].withoutCases(), measures[1].withoutCases());
    }

    /** The current fiscal quarter's E.1.1 and E.1.2 (without their drill-down). */
    public record RunningMeasures(FiscalQuarter quarter, Measure e11, Measure e12) {
    }

    /**
     * The report computed now, without its submission (what a submission keeps the figures of); with
     * {@code consultationItems} each consultation, with {@code caseLines} each case of the measures.
     */
    StopBasReport compute(CurrentUser user, UUID providerId, ReportPeriod period, boolean consultationItems,
                          boolean caseLines) {
        requireReader(user);
        StopBasReport.Provider provider = scoped(user, providerId);
        // the BAS may open the cases; contract managers and program leaders see case numbers only
        boolean links = user.role() == Role.BAS;
        LocalDate from = period.from();
        LocalDate to = period.to();
        StopBasQueries.Period consulted = queries.consultations(provider.id(), from, to);
        Measure[] measures = StopBasQueries.measures(consulted, links, caseLines);
        return new StopBasReport(from, to, period.quarter() == null ? null : period.quarter().name(), provider,
                AgencyTime.today(), measures[0], measures[1],
                StopBasQueries.consultationSection(consulted, links, consultationItems),
                queries.events(provider.id(), from, to, links), queries.monitoring(provider.id(), from, to, links),
                trainings(provider.id(), from, to), meetings(user, provider.id(), from, to), null);
    }

    private StopBasReport.Trainings trainings(UUID provider, LocalDate from, LocalDate to) {
        List<StopBasReport.TrainingLine> lines = trainings.heldBetween(provider, from, to).stream()
                .map(t -> new StopBasReport.TrainingLine(t.id(), t.title(),
                        t.startsAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDate(), t.lengthMinutes(),
                        t.attendees().size(), t.held(), t.counted(), t.notCounted(), t.exceptions()))
                .toList();
        return new StopBasReport.Trainings(lines.stream().filter(StopBasReport.TrainingLine::held).count(),
                lines.stream().filter(StopBasReport.TrainingLine::counted).count(), lines);
    }

    private StopBasReport.Meetings meetings(CurrentUser user, UUID provider, LocalDate from, LocalDate to) {
        Cadence cadence = meetings.cadence(user, provider, from, to);
        List<StopBasReport.MeetingRequirement> requirements = cadence.requirements().stream()
                .map(r -> new StopBasReport.MeetingRequirement(r.type(), r.type().cadence(),
                        r.type().cadence() == MeetingType.Cadence.AS_HELD ? 0 : r.slots().size(), r.held(),
                        r.missing(), r.meetings()))
                .toList();
        List<StopBasReport.MeetingLine> lines = meetings.list(user, from, to).stream()
                .filter(m -> m.providerId().equals(provider))
                .map(m -> new StopBasReport.MeetingLine(m.id(), m.type(), m.title(),
                        m.startsAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDate(), m.held(), m.missing()))
                .toList();
        return new StopBasReport.Meetings(requirements, lines);
    }

    /** The provider asked for, within the user's scope; outside it, the same 404 as a missing one (audited). */
    StopBasReport.Provider scoped(CurrentUser user, UUID providerId) {
        Optional<StopBasReport.Provider> provider;
        if (user.role() == Role.BAS) {
            provider = providerId == null || providerId.equals(user.organizationId())
                    ? provider(user.organizationId()) : Optional.empty();
        } else {
            List<StopBasReport.Provider> region = providers(user);
            provider = providerId == null ? region.stream().findFirst()
                    : region.stream().filter(p -> p.id().equals(providerId)).findFirst();
        }
        return provider.orElseThrow(() -> {
            if (providerId != null) {
                audit.recordAlone("ACCESS_DENIED", "STOP_BAS_REPORT", providerId);
            }
            return new RecordNotFound();
        });
    }

    private static final String PROVIDER_SELECT = """
            SELECT o.id, o.name, r.name AS region_name FROM organization o JOIN region r ON r.id = o.region_id""";

    private Optional<StopBasReport.Provider> provider(UUID organizationId) {
        return jdbc.sql(PROVIDER_SELECT + " WHERE o.id = ? AND o.type = 'DV_CENTER'").param(organizationId)
                .query(StopBasReports::provider).optional();
    }

    private static StopBasReport.Provider provider(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StopBasReport.Provider(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("region_name"));
    }

    static void requireReader(CurrentUser user) {
        if (!READERS.contains(user.role())) {
            throw new AccessDeniedException("may not read the STOP BAS report");
        }
    }
}
