package org.tutela.bip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.compliance.ObligationStatus;
import org.tutela.compliance.Obligations;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.Messages;
import org.tutela.shared.RecordNotFound;

/**
 * Monthly reports (seed 001): per participant per month, the sessions attended of those held, the running count of 26,
 * fees paid where they apply, the group rules broken, whether he admitted to his violence, and a short comment that
 * predicts nothing and certifies nothing. Each report goes to the referring worker, their supervisors and the BAS,
 * who acknowledge it, and becomes a compliance check of the perpetrator's BIP obligation.
 */
@Service
public class BipReports {

    private static final String SELECT = """
            SELECT m.id, m.referral_id, c.case_number, p.first_name || ' ' || p.last_name AS participant,
                   o.name AS provider_name, m.month, m.sessions_held, m.sessions_attended, m.cumulative, m.fees_due,
                   m.fees_paid, m.rules_violated, m.admitted, m.comment, s.display_name AS sent_by, m.sent_at
            FROM bip_monthly_report m JOIN bip_referral r ON r.id = m.referral_id JOIN case_file c ON c.id = r.case_id
                 JOIN person p ON p.id = r.perpetrator_id JOIN organization o ON o.id = r.provider_id
                 JOIN app_user s ON s.id = m.sent_by JOIN app_user w ON w.id = r.referred_by""";

    /** The day of the next month by which a month's report is due. */
    static final int DUE_DAY = 10;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final BipReferrals referrals;
    private final Obligations obligations;

    BipReports(JdbcClient jdbc, AuditTrail audit, InputValidation validation, BipReferrals referrals,
               Obligations obligations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validation = validation;
        this.referrals = referrals;
        this.obligations = obligations;
    }

    /** The figures of a participant's month, from the attendance recorded. */
    record Figures(int held, int attended, int absent, int cumulative, BigDecimal feesDue, BigDecimal feesPaid,
                   List<String> rules, Boolean admitted) {

        /** The compliance check's finding: all sessions kept and no rule broken, none kept, or some. */
        ObligationStatus finding() {
            if (held == 0) {
                return ObligationStatus.UNKNOWN;
            }
            if (absent == 0 && rules.isEmpty()) {
                return ObligationStatus.COMPLIANT;
            }
            return attended == 0 ? ObligationStatus.NON_COMPLIANT : ObligationStatus.PARTIAL;
        }
    }

    /**
     * The figures of a participant's month. Held: the sessions he was recorded at, and those his group held while he
     * was in it (enrolled, not yet discharged, the referral not expired), recorded or not; a session held without him
     * recorded counts as an absence. Fees: the sums recorded, where his group charges fees (none where it does not).
     */
    Figures figures(UUID referralId, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return jdbc.sql("""
                WITH r AS (SELECT r.id, r.program_id, r.group_id, r.enrolled_on,
                                  coalesce(r.discharged_on + 1, r.expires_on) AS ended_on, g.fees_apply
                           FROM bip_referral r LEFT JOIN bip_group g ON g.id = r.group_id WHERE r.id = :referral),
                     held AS (SELECT s.id FROM bip_session s, r WHERE s.held_on BETWEEN :from AND :to
                              AND (EXISTS (SELECT 1 FROM bip_attendance a WHERE a.session_id = s.id
                                           AND a.referral_id = r.id)
                                   OR (s.group_id = r.group_id AND s.held_on >= r.enrolled_on
                                       AND s.held_on < r.ended_on)))
                SELECT count(h.id) AS held, count(a.session_id) FILTER (WHERE a.attendance = 'PRESENT') AS attended,
                       count(h.id) FILTER (WHERE a.session_id IS NULL OR a.attendance = 'ABSENT') AS absent,
                       CASE WHEN (SELECT fees_apply FROM r) THEN coalesce(sum(a.fee_due), 0) END AS fees_due,
                       CASE WHEN (SELECT fees_apply FROM r) THEN coalesce(sum(a.fee_paid), 0) END AS fees_paid,
                       bool_or(a.admitted) AS admitted,
                       (SELECT count(*) FROM bip_attendance x JOIN bip_session y ON y.id = x.session_id
                        JOIN bip_referral z ON z.id = x.referral_id
                        WHERE z.program_id = (SELECT program_id FROM r) AND x.attendance = 'PRESENT'
                          AND y.held_on <= :to) AS cumulative,
                       ARRAY(SELECT DISTINCT u.text FROM bip_attendance x JOIN bip_session y ON y.id = x.session_id
                             JOIN bip_rule u ON u.id = ANY (x.rules_broken)
                             WHERE x.referral_id = :referral AND y.held_on BETWEEN :from AND :to ORDER BY u.text)
                           AS rules
                FROM held h LEFT JOIN bip_attendance a ON a.session_id = h.id AND a.referral_id = :referral""")
                .param("referral", referralId).param("from", from).param("to", to)
                .query((rs, n) -> new Figures(rs.getInt("held"), rs.getInt("attended"), rs.getInt("absent"),
                        rs.getInt("cumulative"), rs.getBigDecimal("fees_due"), rs.getBigDecimal("fees_paid"),
                        List.of((String[]) rs.getArray("rules").getArray()), (Boolean) rs.getObject("admitted")))
                .single();
    }

    /** The month a report names ("2026-11"), refused when it is none. */
    static YearMonth month(String value) {
        try {
            YearMonth m = YearMonth.parse(value);
            if (!InputValidation.plausibleYear(m.getYear())) {
                throw new InvalidInput("month", InputValidation.DATE_RANGE);
            }
            return m;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInput("month", "invalid.bip.month");
        }
    }

    /**
     * The provider sends a participant's report of a month that has ended, from the month of his enrollment to that of
     * his discharge, once. The comment is refused when it predicts or certifies (seed 001).
     */
    @Transactional
    public MonthlyReport send(CurrentUser provider, UUID referralId, MonthlyReportData data) {
        BipReferral r = referrals.providers(provider, referralId);
        validation.check(data);
        YearMonth month = month(data.month());
        if (r.enrolledOn() == null) {
            throw new InvalidInput("month", "invalid.bip.report.notEnrolled");
        }
        if (!month.isBefore(YearMonth.from(AgencyTime.today()))) {
            throw new InvalidInput("month", "invalid.bip.report.notEnded");
        }
        if (month.isBefore(YearMonth.from(r.enrolledOn()))
                || r.dischargedOn() != null && month.isAfter(YearMonth.from(r.dischargedOn()))
                || month.isAfter(YearMonth.from(r.expiresOn()))) {
            throw new InvalidInput("month", "invalid.bip.report.outsideProgram");
        }
        referrals.checkProviderText("comment", data.comment());
        Figures f = figures(referralId, month);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO bip_monthly_report (id, referral_id, month, sessions_held, sessions_attended, cumulative,
                                                    fees_due, fees_paid, rules_violated, admitted, comment, sent_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, referralId, month.atDay(1), f.held(), f.attended(), f.cumulative(), f.feesDue(),
                            f.feesPaid(), f.rules().toArray(String[]::new), f.admitted(), data.comment().strip(),
                            provider.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("month", "invalid.bip.report.exists");
        }
        audit.record("CREATE", "BIP_MONTHLY_REPORT", id);
        record Link(UUID obligation, UUID caseId, UUID perpetrator) {
        }
        Link link = jdbc.sql("SELECT obligation_id, case_id, perpetrator_id FROM bip_referral WHERE id = ?")
                .param(referralId).query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).single();
        String note = Messages.text("bip.check.note", new org.tutela.shared.Dates().month(month.atDay(1)),
                f.attended(), f.held(), f.cumulative(), BipReferral.SESSIONS)
                + (f.rules().isEmpty() ? "" : " " + Messages.text("bip.check.rules", String.join("; ", f.rules())))
                + " " + Messages.text("bip.check.comment", data.comment().strip());
        boolean latest = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM bip_monthly_report m JOIN bip_referral x"
                        + " ON x.id = m.referral_id WHERE x.program_id = (SELECT program_id FROM bip_referral"
                        + " WHERE id = ?) AND m.month > ?)").params(referralId, month.atDay(1))
                .query(Boolean.class).single();
        obligations.checkFromBipReport(link.obligation(), link.caseId(), link.perpetrator(), provider.id(),
                AgencyTime.today(), f.finding(), note, latest);
        return report(provider, id);
    }

    /**
     * The reports the user sees, of one month or all: the provider's users, those of their organization; the case's
     * professionals and BAS, those on the cases they see. The latest month first.
     */
    @Transactional(readOnly = true)
    public List<MonthlyReport> list(CurrentUser user, String month) {
        SqlCondition visible = referrals.visible(user);
        List<Object> params = new ArrayList<>(visible.params());
        String where = " WHERE " + visible.sql();
        if (month != null && !month.isBlank()) {
            where += " AND m.month = ?";
            params.add(month(month).atDay(1));
        }
        return withAcknowledgments(user, jdbc.sql(SELECT + where
                        + " ORDER BY m.month DESC, participant LIMIT 1000").params(params)
                .query((rs, n) -> report(rs, user)).list());
    }

    /** The reports of a referral's program, the latest first. */
    @Transactional(readOnly = true)
    public List<MonthlyReport> ofReferral(CurrentUser user, UUID referralId) {
        referrals.seen(user, referralId);
        return withAcknowledgments(user, jdbc.sql(SELECT + " WHERE r.program_id = (SELECT program_id FROM bip_referral"
                        + " WHERE id = ?) ORDER BY m.month DESC").param(referralId)
                .query((rs, n) -> report(rs, user)).list());
    }

    /** One report, for those who see its referral; a 404 for anyone else. */
    @Transactional(readOnly = true)
    public MonthlyReport report(CurrentUser user, UUID id) {
        SqlCondition visible = referrals.visible(user);
        return withAcknowledgments(user, jdbc.sql(SELECT + " WHERE m.id = ? AND " + visible.sql()).param(id)
                .params(visible.params()).query((rs, n) -> report(rs, user)).optional().map(List::of)
                .orElseThrow(() -> {
                    audit.recordAlone("ACCESS_DENIED", "BIP_MONTHLY_REPORT", id);
                    return new RecordNotFound();
                })).get(0);
    }

    /** The report's reader acknowledges it: the referring worker, their supervisors, the BAS who see the case. */
    @Transactional
    public MonthlyReport acknowledge(CurrentUser user, UUID id) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS)) {
            throw new AccessDeniedException("the case's professionals and the BAS acknowledge a report");
        }
        SqlCondition to = referrals.recipients(user);
        boolean recipient = jdbc.sql("SELECT EXISTS (SELECT 1 FROM bip_monthly_report m JOIN bip_referral r"
                        + " ON r.id = m.referral_id JOIN case_file c ON c.id = r.case_id JOIN app_user w"
                        + " ON w.id = r.referred_by WHERE m.id = ? AND " + to.sql() + ")")
                .param(id).params(to.params()).query(Boolean.class).single();
        if (!recipient) {
            report(user, id); // a 404 when they do not see it at all
            throw org.tutela.shared.Refused.notAllowed("refused.bip.notRecipient");
        }
        jdbc.sql("INSERT INTO bip_report_acknowledgment (report_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(id, user.id()).update();
        audit.record("ACKNOWLEDGE", "BIP_MONTHLY_REPORT", id);
        return report(user, id);
    }

    /** The reports sent to the user that they have not acknowledged yet, the oldest first. */
    @Transactional(readOnly = true)
    public List<MonthlyReport> toAcknowledge(CurrentUser user) {
        SqlCondition to = referrals.recipients(user);
        return withAcknowledgments(user, jdbc.sql(SELECT + " WHERE " + to.sql() + " AND NOT EXISTS (SELECT 1 FROM"
                        + " bip_report_acknowledgment k WHERE k.report_id = m.id AND k.user_id = ?)"
                        + " ORDER BY m.month, participant LIMIT 200").params(to.params()).param(user.id())
                .query((rs, n) -> report(rs, user)).list());
    }

    /**
     * The reports the provider owes: for each participant enrolled, every month from his enrollment's to the last
     * ended one (or his discharge's, or his referral's expiry's) with no report sent. The oldest first.
     */
    @Transactional(readOnly = true)
    public List<DueReport> due(CurrentUser provider, UUID referralId) {
        BipGroups.requireProvider(provider);
        SqlCondition mine = referrals.visible(provider);
        LocalDate today = AgencyTime.today();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        record Row(UUID id, String name, LocalDate enrolled, LocalDate end, Set<LocalDate> sent) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT r.id, p.first_name || ' ' || p.last_name AS name, r.enrolled_on,
                       least(r.discharged_on, r.expires_on - 1) AS ended,
                       ARRAY(SELECT m.month FROM bip_monthly_report m WHERE m.referral_id = r.id) AS sent
                FROM bip_referral r JOIN person p ON p.id = r.perpetrator_id
                WHERE r.enrolled_on IS NOT NULL AND (CAST(? AS uuid) IS NULL OR r.id = ?) AND """ + " " + mine.sql())
                .params(referralId, referralId).params(mine.params())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("enrolled_on", LocalDate.class), rs.getObject("ended", LocalDate.class),
                        java.util.Arrays.stream((Object[]) rs.getArray("sent").getArray())
                                .map(d -> ((java.sql.Date) d).toLocalDate()).collect(Collectors.toSet())))
                .list();
        List<DueReport> due = new ArrayList<>();
        for (Row r : rows) {
            YearMonth until = r.end() == null || YearMonth.from(r.end()).isAfter(last) ? last : YearMonth.from(r.end());
            for (YearMonth m = YearMonth.from(r.enrolled()); !m.isAfter(until); m = m.plusMonths(1)) {
                if (!r.sent().contains(m.atDay(1))) {
                    LocalDate dueBy = m.plusMonths(1).atDay(DUE_DAY);
                    due.add(new DueReport(r.id(), r.name(), m.toString(), m.atDay(1), dueBy, today.isAfter(dueBy)));
                }
            }
        }
        due.sort(java.util.Comparator.comparing(DueReport::monthStart).thenComparing(DueReport::participantName));
        return due;
    }

    /** A report read with {@link #report} as a PDF. */
    public byte[] pdf(MonthlyReport report) {
        return MonthlyReportPdf.render(report);
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    private List<MonthlyReport> withAcknowledgments(CurrentUser user, List<MonthlyReport> reports) {
        if (reports.isEmpty()) {
            return reports;
        }
        record Ack(UUID report, UUID user, MonthlyReport.Acknowledgment ack) {
        }
        Map<UUID, List<Ack>> acks = jdbc.sql("""
                SELECT k.report_id, k.user_id, u.display_name, u.role, k.acknowledged_at
                FROM bip_report_acknowledgment k JOIN app_user u ON u.id = k.user_id
                WHERE k.report_id = ANY (?) ORDER BY k.acknowledged_at""")
                .param(reports.stream().map(MonthlyReport::id).toArray(UUID[]::new))
                .query((rs, n) -> new Ack(rs.getObject("report_id", UUID.class), rs.getObject("user_id", UUID.class),
                        new MonthlyReport.Acknowledgment(rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")), rs.getObject("acknowledged_at",
                                OffsetDateTime.class))))
                .list().stream().collect(Collectors.groupingBy(Ack::report));
        return reports.stream().map(m -> {
            List<Ack> a = acks.getOrDefault(m.id(), List.of());
            return new MonthlyReport(m.id(), m.referralId(), m.caseNumber(), m.participantName(), m.providerName(),
                    m.month(), m.monthStart(), m.sessionsHeld(), m.sessionsAttended(), m.cumulative(),
                    m.sessionsRequired(), m.feesDue(), m.feesPaid(), m.rulesViolated(), m.admittedViolence(),
                    m.comment(), m.sentBy(), m.sentAt(),
                    user.is(Role.BIP_PROVIDER) ? null : a.stream().map(Ack::ack).toList(), a.size(),
                    user.is(Role.BIP_PROVIDER) ? null : a.stream().anyMatch(x -> x.user().equals(user.id())));
        }).toList();
    }

    private static MonthlyReport report(java.sql.ResultSet rs, CurrentUser reader) throws java.sql.SQLException {
        LocalDate start = rs.getObject("month", LocalDate.class);
        return new MonthlyReport(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                reader.is(Role.BIP_PROVIDER) ? null : rs.getString("case_number"), rs.getString("participant"),
                rs.getString("provider_name"), YearMonth.from(start).toString(), start, rs.getInt("sessions_held"),
                rs.getInt("sessions_attended"), rs.getInt("cumulative"), BipReferral.SESSIONS,
                rs.getBigDecimal("fees_due"), rs.getBigDecimal("fees_paid"),
                List.of((String[]) rs.getArray("rules_violated").getArray()), (Boolean) rs.getObject("admitted"),
                rs.getString("comment"), rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class),
                List.of(), 0, null);
    }
}
