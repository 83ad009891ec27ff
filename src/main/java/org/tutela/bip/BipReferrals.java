package org.tutela.bip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.ProviderGuard;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.caseload.CaseManagement;
import org.tutela.compliance.Obligation;
import org.tutela.compliance.Obligations;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.language.LanguageCheck;
import org.tutela.language.TextKind;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * Referrals to a BIP provider (seed 001; seed 000 C.1.5): the case's professionals refer its perpetrator; the
 * provider accepts or declines, screens him at intake (a homicide threat or ideation alerts the referring worker,
 * their supervisors and the BAS at once), enrolls him in a group of his own gender, and discharges him. A referral is
 * valid for a year from its creation; a renewal is a new referral of the same program.
 */
@Service
public class BipReferrals {

    static final String SELECT = """
            SELECT r.id, r.case_id, c.case_number, r.perpetrator_id, p.first_name || ' ' || p.last_name AS participant,
                   r.provider_id, o.name AS provider_name, r.reason, r.court_ordered, r.obligation_id, r.order_number,
                   r.ordered_on, r.referred_on, r.expires_on, u.display_name AS referred_by, r.status, r.decided_on,
                   r.decline_reason, r.decline_note, r.group_id, g.name AS group_name, r.enrolled_on, r.discharged_on,
                   r.discharge_reason, r.discharge_note, r.renews_id, r.program_id,
                   (SELECT n.id FROM bip_referral n WHERE n.renews_id = r.id) AS renewed_by,
                   EXISTS (SELECT 1 FROM bip_intake i JOIN bip_referral x ON x.id = i.referral_id
                           WHERE x.program_id = r.program_id) AS screened,
                   (SELECT count(*) FROM bip_attendance a JOIN bip_referral x ON x.id = a.referral_id
                    WHERE x.program_id = r.program_id AND a.attendance = 'PRESENT') AS attended,
                   EXISTS (SELECT 1 FROM bip_alert al JOIN bip_referral x ON x.id = al.referral_id
                           WHERE x.program_id = r.program_id) AS alerted
            FROM bip_referral r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.perpetrator_id
                 JOIN organization o ON o.id = r.provider_id JOIN app_user u ON u.id = r.referred_by
                 LEFT JOIN bip_group g ON g.id = r.group_id""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final CaseManagement cases;
    private final Obligations obligations;
    private final LanguageCheck language;

    BipReferrals(JdbcClient jdbc, CaseAccess access, AuditTrail audit, InputValidation validation,
                 CaseManagement cases, Obligations obligations, LanguageCheck language) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.validation = validation;
        this.cases = cases;
        this.obligations = obligations;
        this.language = language;
    }

    // ---- who sees a referral ------------------------------------------------------------------------------

    /**
     * The referrals a user sees, as SQL on {@code bip_referral r} joined to {@code case_file c}: a provider's users,
     * those made to their organization; the case's CPIs, case managers, supervisors and BAS, those on the cases they
     * see; nobody else.
     */
    SqlCondition visible(CurrentUser user) {
        if (user.is(Role.BIP_PROVIDER)) {
            return access.providerReferrals(user, "r");
        }
        if (user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS)) {
            return access.visibleCases(user, "c");
        }
        return new SqlCondition("false", List.of());
    }

    /** A referral the user sees, as they may see it; a 404 for anyone else. */
    @Transactional
    public BipReferral referral(CurrentUser user, UUID id) {
        return seen(user, id);
    }

    /** {@link #referral}, within the caller's transaction. */
    BipReferral seen(CurrentUser user, UUID id) {
        SqlCondition visible = visible(user);
        return jdbc.sql(SELECT + " WHERE r.id = ? AND " + visible.sql()).param(id).params(visible.params())
                .query(rows(user)).optional().orElseThrow(() -> {
                    audit.recordAlone("ACCESS_DENIED", "BIP_REFERRAL", id);
                    return new RecordNotFound();
                });
    }

    /**
     * A referral made to the provider user's own organization, locked for the rest of the transaction (two users
     * answering, screening or counting sessions at once wait for each other); a 404 for any other.
     */
    BipReferral providers(CurrentUser provider, UUID id) {
        if (!provider.is(Role.BIP_PROVIDER)) {
            throw new AccessDeniedException("only the provider's users act on a referral made to it");
        }
        SqlCondition mine = access.providerReferrals(provider, "r");
        jdbc.sql("SELECT r.id FROM bip_referral r WHERE r.id = ? AND " + mine.sql() + " FOR UPDATE OF r").param(id)
                .params(mine.params()).query(UUID.class).optional();
        return seen(provider, id);
    }

    // ---- referring ----------------------------------------------------------------------------------------

    /** The BIP providers of the case's region. */
    @Transactional(readOnly = true)
    public List<Provider> providersFor(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        return jdbc.sql("""
                SELECT o.id, o.name FROM organization o JOIN case_file c ON c.region_id = o.region_id
                WHERE c.id = ? AND o.type = 'BIP_PROVIDER' ORDER BY o.name""").param(caseId)
                .query((rs, n) -> new Provider(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** A case's perpetrator, by name, to refer. */
    public record Perpetrator(UUID id, String name) {
    }

    /** The case's perpetrators, by name and id, to refer (the case's professionals). */
    @Transactional(readOnly = true)
    public List<Perpetrator> perpetratorsOf(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        return jdbc.sql("""
                SELECT id, first_name || ' ' || last_name AS name FROM person WHERE case_id = ? AND role = 'PERPETRATOR'
                ORDER BY last_name, first_name""").param(caseId)
                .query((rs, n) -> new Perpetrator(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** The perpetrator's BIP obligations under running monitoring, to link a court-ordered referral to. */
    @Transactional(readOnly = true)
    public List<Obligation> ordersFor(CurrentUser user, UUID caseId, UUID perpetratorId) {
        return obligations.bipOrders(user, caseId, perpetratorId);
    }

    /** A case's professional refers its perpetrator to a BIP provider of the case's region. */
    @Transactional
    public UUID refer(CurrentUser worker, ReferralData data) {
        if (!access.canEditCase(worker)) {
            throw new AccessDeniedException("only the case's professionals refer its perpetrator");
        }
        validation.check(data);
        if (!access.checkViewCase(worker, data.caseId())) {
            throw new InvalidInput("caseId", "invalid.bip.case");
        }
        // one referral at a time for a perpetrator: the person's row is the lock
        boolean perpetrator = jdbc.sql("SELECT id FROM person WHERE id = ? AND case_id = ? AND role = 'PERPETRATOR'"
                        + " FOR UPDATE").params(data.perpetratorId(), data.caseId()).query(UUID.class).optional()
                .isPresent();
        if (!perpetrator) {
            throw new InvalidInput("perpetratorId", "invalid.bip.perpetrator");
        }
        if (providersFor(worker, data.caseId()).stream().noneMatch(p -> p.id().equals(data.providerId()))) {
            throw new InvalidInput("providerId", "invalid.bip.provider");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        // the provider reads the reason and the order's number: neither may carry anything of the survivor
        ProviderGuard guard = access.providerGuard(data.caseId());
        for (var field : List.of(java.util.Map.entry("reason", data.reason()), java.util.Map.entry("orderNumber",
                data.orderNumber() == null ? "" : data.orderNumber()))) {
            var found = guard.find(field.getValue());
            if (!found.isEmpty()) {
                errors.add(new InvalidInput.FieldError(field.getKey(), "invalid.bip.reason.protected",
                        new org.tutela.shared.Messages.Listed(found.stream()
                                .map(f -> new org.tutela.shared.Messages.Text("providerFinding." + f.name())).toList())));
            }
        }
        UUID obligationId = data.obligationId();
        if (!data.courtOrdered()) {
            if (obligationId != null || data.orderNumber() != null && !data.orderNumber().isBlank()
                    || data.orderedOn() != null) {
                errors.add(new InvalidInput.FieldError("courtOrdered", "invalid.bip.orderWithoutCourt"));
            }
        } else {
            List<Obligation> orders = obligations.bipOrders(worker, data.caseId(), data.perpetratorId());
            if (obligationId != null && orders.stream().noneMatch(o -> o.id().equals(data.obligationId()))) {
                errors.add(new InvalidInput.FieldError("obligationId", "invalid.bip.obligation"));
            }
            if (obligationId == null && orders.size() == 1) {
                obligationId = orders.get(0).id(); // the perpetrator's one BIP obligation: the order it monitors
            }
        }
        UUID programId = null;
        if (data.renewsId() != null) {
            BipReferral old = jdbc.sql(SELECT + " WHERE r.id = ?").param(data.renewsId())
                    .query(rows(worker)).optional().orElse(null);
            if (old == null || !old.perpetratorId().equals(data.perpetratorId())
                    || !old.providerId().equals(data.providerId())) {
                errors.add(new InvalidInput.FieldError("renewsId", "invalid.bip.renewal"));
            } else if (old.status() != ReferralStatus.EXPIRED || old.renewedById() != null) {
                errors.add(new InvalidInput.FieldError("renewsId", "invalid.bip.renewalNotExpired"));
            } else {
                programId = jdbc.sql("SELECT program_id FROM bip_referral WHERE id = ?").param(old.id())
                        .query(UUID.class).single();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SqlCondition live = CaseAccess.liveReferral("r", AgencyTime.today());
        boolean open = jdbc.sql("SELECT EXISTS (SELECT 1 FROM bip_referral r WHERE r.perpetrator_id = ? AND "
                        + live.sql() + ")").param(data.perpetratorId()).params(live.params())
                .query(Boolean.class).single();
        if (open) {
            throw new InvalidInput("perpetratorId", "invalid.bip.referralOpen");
        }
        UUID id = UUID.randomUUID();
        LocalDate today = AgencyTime.today();
        jdbc.sql("""
                INSERT INTO bip_referral (id, case_id, perpetrator_id, provider_id, renews_id, program_id, reason,
                                          court_ordered, obligation_id, order_number, ordered_on, referred_on,
                                          expires_on, referred_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, data.caseId(), data.perpetratorId(), data.providerId(), data.renewsId(),
                        programId == null ? id : programId, data.reason().strip(), data.courtOrdered(), obligationId,
                        blankToNull(data.orderNumber()), data.orderedOn(), today, today.plusYears(1), worker.id())
                .update();
        audit.record("CREATE", "BIP_REFERRAL", id);
        return id;
    }

    // ---- the provider's answer, intake, enrollment, discharge ----------------------------------------------

    @Transactional
    public BipReferral decide(CurrentUser provider, UUID id, DecisionData data) {
        BipReferral r = providers(provider, id);
        validation.check(data);
        checkProviderText("declineNote", data.declineNote());
        if (r.status() != ReferralStatus.SENT) {
            throw new InvalidInput("decision", r.status() == ReferralStatus.EXPIRED ? "invalid.bip.expired"
                    : "invalid.bip.answered");
        }
        if (data.decision() == Decision.DECLINED && data.declineReason() == null) {
            throw new InvalidInput("declineReason", "invalid.bip.declineReason");
        }
        if (data.decision() == Decision.DECLINED && data.declineReason() == DeclineReason.OTHER && blank(data.declineNote())) {
            throw new InvalidInput("declineNote", "invalid.bip.otherNote");
        }
        if (data.decision() == Decision.ACCEPTED && data.declineReason() != null) {
            throw new InvalidInput("declineReason", "invalid.bip.reasonOnlyDeclined");
        }
        if (data.decision() == Decision.ACCEPTED && !blank(data.declineNote())) {
            throw new InvalidInput("declineNote", "invalid.bip.reasonOnlyDeclined");
        }
        jdbc.sql("""
                UPDATE bip_referral SET status = ?, decided_on = ?, decided_by = ?, decline_reason = ?, decline_note = ?,
                       version = version + 1 WHERE id = ?""")
                .params(data.decision().name(), AgencyTime.today(), provider.id(),
                        data.declineReason() == null ? null : data.declineReason().name(),
                        data.decision() == Decision.DECLINED ? blankToNull(data.declineNote()) : null, id)
                .update();
        audit.record("UPDATE", "BIP_REFERRAL", id);
        return seen(provider, id);
    }

    /**
     * The intake screening (seed 001), once per referral, after the provider accepted it. A substance use or mental
     * health assessment recommended becomes a recommendation apart, which changes nothing of the referral; a homicide
     * threat or ideation raises an alert at once.
     */
    @Transactional
    public BipReferral intake(CurrentUser provider, UUID id, IntakeData data) {
        BipReferral r = providers(provider, id);
        validation.check(data);
        checkProviderText("intakeNote", data.intakeNote());
        if (r.status() == ReferralStatus.SENT) {
            throw new InvalidInput("screenedOn", "invalid.bip.intakeBeforeAcceptance");
        }
        if (r.status() != ReferralStatus.ACCEPTED && !r.takesSessions()) {
            throw new InvalidInput("screenedOn", r.status() == ReferralStatus.EXPIRED ? "invalid.bip.expired"
                    : "invalid.bip.closed");
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM bip_intake WHERE referral_id = ?)").param(id).query(Boolean.class)
                .single()) {
            throw new InvalidInput("screenedOn", "invalid.bip.intakeRecorded");
        }
        if (data.screenedOn().isBefore(r.referredOn())) {
            throw new InvalidInput("screenedOn", "invalid.bip.beforeReferral");
        }
        jdbc.sql("""
                INSERT INTO bip_intake (referral_id, screened_on, physical_violence, sexual_violence, other_abuse,
                                        outside_relationships, substance_use, mental_health, homicide_threat,
                                        homicide_ideation, note, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, data.screenedOn(), data.physicalViolence().name(), data.sexualViolence().name(),
                        data.otherAbuse().name(), data.outsideRelationships().name(), data.substanceUse().name(),
                        data.mentalHealth().name(), data.homicideThreat(), data.homicideIdeation(),
                        blankToNull(data.intakeNote()), provider.id())
                .update();
        audit.record("CREATE", "BIP_INTAKE", id);
        recommend(provider, id, data.substanceUse(), Recommendation.SUBSTANCE_USE_ASSESSMENT, data.screenedOn());
        recommend(provider, id, data.mentalHealth(), Recommendation.MENTAL_HEALTH_ASSESSMENT, data.screenedOn());
        if (data.homicideThreat() || data.homicideIdeation()) {
            UUID alert = UUID.randomUUID();
            jdbc.sql("INSERT INTO bip_alert (id, referral_id, threat, ideation, raised_by) VALUES (?, ?, ?, ?, ?)")
                    .params(alert, id, data.homicideThreat(), data.homicideIdeation(), provider.id()).update();
            audit.record("HOMICIDE_ALERT", "BIP_REFERRAL", id);
        }
        return seen(provider, id);
    }

    private void recommend(CurrentUser provider, UUID id, Screening screening, Recommendation kind, LocalDate on) {
        if (screening == Screening.ASSESSMENT_RECOMMENDED) {
            jdbc.sql("INSERT INTO bip_recommendation (id, referral_id, kind, made_on, created_by) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, kind.name(), on, provider.id()).update();
        }
    }

    /**
     * The screened participant joins a group of the provider's, of his own gender (seed 001: same-gendered groups
     * only), or moves to another one.
     */
    @Transactional
    public BipReferral enroll(CurrentUser provider, UUID id, EnrollmentData data) {
        BipReferral r = providers(provider, id);
        validation.check(data);
        if (r.status() != ReferralStatus.ACCEPTED && !r.takesSessions()) {
            throw new InvalidInput("groupId", switch (r.status()) {
                case SENT -> "invalid.bip.enrollBeforeAcceptance";
                case EXPIRED -> "invalid.bip.expired";
                default -> "invalid.bip.closed";
            });
        }
        if (!r.screened()) {
            throw new InvalidInput("groupId", "invalid.bip.enrollBeforeIntake");
        }
        record G(String gender, String name) {
        }
        G group = jdbc.sql("SELECT gender, name FROM bip_group WHERE id = ? AND provider_id = ?")
                .params(data.groupId(), provider.organizationId())
                .query((rs, n) -> new G(rs.getString("gender"), rs.getString("name"))).optional()
                .orElseThrow(() -> new InvalidInput("groupId", "invalid.bip.group"));
        String gender = jdbc.sql("SELECT gender FROM person WHERE id = ?").param(r.perpetratorId())
                .query(String.class).optional().orElse(null);
        if (gender == null) {
            throw new InvalidInput("groupId", "invalid.bip.genderUnknown");
        }
        if (!gender.equals(group.gender())) {
            throw new InvalidInput("groupId", "invalid.bip.gender",
                    new org.tutela.shared.Messages.Text("gender." + gender),
                    new org.tutela.shared.Messages.Text("gender." + group.gender()));
        }
        if (data.enrolledOn().isBefore(r.referredOn())) {
            throw new InvalidInput("enrolledOn", "invalid.bip.beforeReferral");
        }
        jdbc.sql("""
                UPDATE bip_referral SET group_id = ?, enrolled_on = coalesce(enrolled_on, ?),
                       status = CASE WHEN status = 'ACCEPTED' THEN 'ENROLLED' ELSE status END, version = version + 1
                WHERE id = ?""").params(data.groupId(), data.enrolledOn(), id).update();
        audit.record("UPDATE", "BIP_REFERRAL", id);
        return seen(provider, id);
    }

    /**
     * The participant leaves the program. "Attended 26 of 26 sessions" only when he did; the note, which reaches the
     * case's professionals, makes no prediction and certifies nothing.
     */
    @Transactional
    public BipReferral discharge(CurrentUser provider, UUID id, DischargeData data) {
        BipReferral r = providers(provider, id);
        validation.check(data);
        boolean enrolled = r.enrolledOn() != null;
        if (r.status() == ReferralStatus.DISCHARGED || r.status() == ReferralStatus.DECLINED
                || r.status() == ReferralStatus.SENT || r.status() == ReferralStatus.EXPIRED && !enrolled) {
            throw new InvalidInput("dischargeReason", "invalid.bip.notDischargeable");
        }
        if (data.dischargeReason() == DischargeReason.ATTENDED_26_OF_26 && !r.attendedAll()) {
            throw new InvalidInput("dischargeReason", "invalid.bip.notAll26", r.attended());
        }
        if (data.dischargeReason() == DischargeReason.OTHER && blank(data.dischargeNote())) {
            throw new InvalidInput("dischargeNote", "invalid.bip.otherNote");
        }
        if (data.dischargedOn().isBefore(enrolled ? r.enrolledOn() : r.referredOn())) {
            throw new InvalidInput("dischargedOn", "invalid.bip.beforeEnrollment");
        }
        checkProviderText("dischargeNote", data.dischargeNote());
        jdbc.sql("""
                UPDATE bip_referral SET status = 'DISCHARGED', discharged_on = ?, discharge_reason = ?,
                       discharge_note = ?, version = version + 1 WHERE id = ?""")
                .params(data.dischargedOn(), data.dischargeReason().name(), blankToNull(data.dischargeNote()), id).update();
        audit.record("UPDATE", "BIP_REFERRAL", id);
        return seen(provider, id);
    }

    /** A text the provider writes for the case's professionals: refused when it predicts or certifies (seed 001). */
    void checkProviderText(String field, String text) {
        var findings = language.check(text, TextKind.BIP_REPORT);
        if (!findings.isEmpty()) {
            throw new InvalidInput(findings.stream().map(f -> new InvalidInput.FieldError(field,
                    "invalid.bip.language", f.reason())).toList());
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The referrals the user sees (optionally of one case), those awaiting the provider's answer first. */
    @Transactional
    public List<BipReferral> list(CurrentUser user, UUID caseId) {
        SqlCondition visible = visible(user);
        if (user.is(Role.BIP_PROVIDER)) {
            caseId = null; // a provider knows no case: naming one tells it nothing either
        }
        List<BipReferral> found = jdbc.sql(SELECT + " WHERE " + visible.sql()
                        + (caseId == null ? "" : " AND r.case_id = ?")
                        + " ORDER BY (r.status = 'SENT') DESC, r.referred_on DESC, r.created_at DESC LIMIT 1000")
                .params(visible.params()).params(caseId == null ? List.of() : List.of(caseId))
                .query(rows(user)).list();
        if (user.is(Role.BIP_PROVIDER) && !found.isEmpty()) {
            audit.record("READ", "BIP_REFERRALS", user.organizationId());
        }
        return found;
    }

    /** One referral with its intake, recommendations, the program's attendance and its reports. */
    @Transactional
    public ReferralDetail detail(CurrentUser user, UUID id, List<MonthlyReport> reports, List<DueReport> due) {
        BipReferral r = seen(user, id);
        Participant participant = user.is(Role.BIP_PROVIDER)
                ? Participant.of(cases.participant(user, r.perpetratorId())) : null;
        if (user.is(Role.BIP_PROVIDER)) {
            audit.record("READ", "BIP_REFERRAL", id);
        }
        ReferralDetail.Intake intake = jdbc.sql("""
                SELECT i.*, u.display_name FROM bip_intake i JOIN app_user u ON u.id = i.recorded_by
                JOIN bip_referral x ON x.id = i.referral_id WHERE x.program_id = (SELECT program_id FROM bip_referral
                WHERE id = ?) ORDER BY i.screened_on DESC LIMIT 1""").param(id)
                .query((rs, n) -> new ReferralDetail.Intake(rs.getObject("screened_on", LocalDate.class),
                        Disclosure.valueOf(rs.getString("physical_violence")),
                        Disclosure.valueOf(rs.getString("sexual_violence")),
                        Disclosure.valueOf(rs.getString("other_abuse")),
                        Disclosure.valueOf(rs.getString("outside_relationships")),
                        Screening.valueOf(rs.getString("substance_use")),
                        Screening.valueOf(rs.getString("mental_health")), rs.getBoolean("homicide_threat"),
                        rs.getBoolean("homicide_ideation"), rs.getString("note"), rs.getString("display_name")))
                .optional().orElse(null);
        List<Recommendation> recommendations = jdbc.sql("""
                SELECT DISTINCT k.kind FROM bip_recommendation k JOIN bip_referral x ON x.id = k.referral_id
                WHERE x.program_id = (SELECT program_id FROM bip_referral WHERE id = ?) ORDER BY k.kind""").param(id)
                .query((rs, n) -> Recommendation.valueOf(rs.getString(1))).list();
        List<ReferralDetail.SessionLine> sessions = jdbc.sql("""
                SELECT a.referral_id, s.held_on, g.name, a.attendance, a.fee_due, a.fee_paid, a.admitted,
                       ARRAY(SELECT u.text FROM bip_rule u WHERE u.id = ANY (a.rules_broken) ORDER BY u.text) AS rules
                FROM bip_attendance a JOIN bip_session s ON s.id = a.session_id JOIN bip_group g ON g.id = s.group_id
                JOIN bip_referral x ON x.id = a.referral_id
                WHERE x.program_id = (SELECT program_id FROM bip_referral WHERE id = ?) ORDER BY s.held_on DESC""")
                .param(id).query((rs, n) -> new ReferralDetail.SessionLine(rs.getObject("referral_id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), rs.getString("name"),
                        Attendance.valueOf(rs.getString("attendance")), rs.getBigDecimal("fee_due"),
                        rs.getBigDecimal("fee_paid"), List.of((String[]) rs.getArray("rules").getArray()),
                        (Boolean) rs.getObject("admitted")))
                .list();
        return new ReferralDetail(r, participant, intake, recommendations, sessions, reports,
                user.is(Role.BIP_PROVIDER) ? due : null);
    }

    // ---- homicide alerts ----------------------------------------------------------------------------------

    /**
     * Who an alert or a monthly report goes to, as SQL on {@code bip_referral r}, {@code case_file c} and the
     * referring worker {@code app_user w}: the referring worker, the supervisors of their organization, and the BAS
     * who see the case; each only while they still see it.
     */
    SqlCondition recipients(CurrentUser user) {
        SqlCondition visible = access.visibleCases(user, "c");
        String who = switch (user.role()) {
            case CPI, CASE_MANAGER -> "r.referred_by = ?";
            case SUPERVISOR -> "w.organization_id = ?";
            case BAS -> "true";
            default -> "false";
        };
        List<Object> params = new ArrayList<>();
        if (user.is(Role.CPI, Role.CASE_MANAGER)) {
            params.add(user.id());
        } else if (user.is(Role.SUPERVISOR)) {
            params.add(user.organizationId());
        }
        params.addAll(visible.params());
        return new SqlCondition("(" + who + ") AND " + visible.sql(), params);
    }

    /** The homicide alerts the user receives (unacknowledged only, or all), the latest first. */
    @Transactional(readOnly = true)
    public List<HomicideAlert> alerts(CurrentUser user, boolean unacknowledgedOnly) {
        SqlCondition to = recipients(user);
        return jdbc.sql("""
                SELECT a.id, a.referral_id, c.id AS case_id, c.case_number, p.first_name || ' ' || p.last_name AS name,
                       o.name AS provider_name, a.threat, a.ideation, ru.display_name AS raised_by, a.raised_at,
                       EXISTS (SELECT 1 FROM bip_alert_acknowledgment k WHERE k.alert_id = a.id AND k.user_id = ?) AS ack
                FROM bip_alert a JOIN bip_referral r ON r.id = a.referral_id JOIN case_file c ON c.id = r.case_id
                     JOIN person p ON p.id = r.perpetrator_id JOIN organization o ON o.id = r.provider_id
                     JOIN app_user w ON w.id = r.referred_by JOIN app_user ru ON ru.id = a.raised_by
                WHERE """ + to.sql() + " ORDER BY a.raised_at DESC LIMIT 200").param(user.id()).params(to.params())
                .query((rs, n) -> new HomicideAlert(rs.getObject("id", UUID.class),
                        rs.getObject("referral_id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("case_number"), rs.getString("name"), rs.getString("provider_name"),
                        rs.getBoolean("threat"), rs.getBoolean("ideation"), rs.getString("raised_by"),
                        rs.getObject("raised_at", java.time.OffsetDateTime.class), rs.getBoolean("ack")))
                .list().stream().filter(a -> !unacknowledgedOnly || !a.acknowledged()).toList();
    }

    /** The user acknowledges an alert they receive; a 404 for anyone else. */
    @Transactional
    public void acknowledgeAlert(CurrentUser user, UUID alertId) {
        if (alerts(user, false).stream().noneMatch(a -> a.id().equals(alertId))) {
            throw new RecordNotFound();
        }
        jdbc.sql("INSERT INTO bip_alert_acknowledgment (alert_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(alertId, user.id()).update();
        audit.record("ACKNOWLEDGE", "BIP_ALERT", alertId);
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    /**
     * Rows as this reader may see them. For a provider, the reason is checked again against the case's people as they
     * are now (a survivor's name or value recorded after it was written) and withheld when it names one; each case's
     * guard is read once for all the rows.
     */
    org.springframework.jdbc.core.RowMapper<BipReferral> rows(CurrentUser reader) {
        java.util.Map<UUID, ProviderGuard> guards = new java.util.HashMap<>();
        return (rs, n) -> {
            BipReferral r = referral(rs, reader);
            if (!reader.is(Role.BIP_PROVIDER)) {
                return r;
            }
            ProviderGuard guard = guards.computeIfAbsent(rs.getObject("case_id", UUID.class), access::providerGuard);
            boolean reasonShown = guard.find(r.reason()).isEmpty();
            boolean orderShown = r.orderNumber() == null || guard.find(r.orderNumber()).isEmpty();
            if (reasonShown && orderShown) {
                return r;
            }
            return new BipReferral(r.id(), r.caseId(), r.caseNumber(), r.perpetratorId(), r.participantName(),
                    r.providerId(), r.providerName(), reasonShown ? r.reason()
                    : org.tutela.shared.Messages.text("bip.reason.withheld"),
                    r.courtOrdered(), r.obligationId(), orderShown ? r.orderNumber() : null, r.orderedOn(), r.referredOn(), r.expiresOn(),
                    r.referredBy(), r.status(), r.decidedOn(), r.declineReason(), r.declineNote(), r.groupId(),
                    r.groupName(), r.enrolledOn(), r.dischargedOn(), r.dischargeReason(), r.dischargeNote(),
                    r.renewsId(), r.renewedById(), r.screened(), r.attended(), r.sessionsRequired(),
                    r.homicideAlert());
        };
    }

    private static BipReferral referral(ResultSet rs, CurrentUser reader) throws SQLException {
        boolean provider = reader.is(Role.BIP_PROVIDER);
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        ReferralStatus status = ReferralStatus.shown(rs.getString("status"), expires, AgencyTime.today());
        String decline = rs.getString("decline_reason");
        String discharge = rs.getString("discharge_reason");
        return new BipReferral(rs.getObject("id", UUID.class), provider ? null : rs.getObject("case_id", UUID.class),
                provider ? null : rs.getString("case_number"), rs.getObject("perpetrator_id", UUID.class),
                rs.getString("participant"), rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
                rs.getString("reason"), rs.getBoolean("court_ordered"),
                provider ? null : rs.getObject("obligation_id", UUID.class), rs.getString("order_number"),
                rs.getObject("ordered_on", LocalDate.class), rs.getObject("referred_on", LocalDate.class), expires,
                rs.getString("referred_by"), status, rs.getObject("decided_on", LocalDate.class),
                decline == null ? null : DeclineReason.valueOf(decline), rs.getString("decline_note"),
                rs.getObject("group_id", UUID.class), rs.getString("group_name"),
                rs.getObject("enrolled_on", LocalDate.class), rs.getObject("discharged_on", LocalDate.class),
                discharge == null ? null : DischargeReason.valueOf(discharge), rs.getString("discharge_note"),
                rs.getObject("renews_id", UUID.class), rs.getObject("renewed_by", UUID.class),
                rs.getBoolean("screened"), rs.getInt("attended"), BipReferral.SESSIONS, rs.getBoolean("alerted"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
