package org.tutela.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.caseload.Address;
import org.tutela.caseload.CaseData;
import org.tutela.caseload.CaseManagement;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.Gender;
import org.tutela.caseload.Maltreatment;
import org.tutela.caseload.PersonData;
import org.tutela.caseload.PersonRole;
import org.tutela.caseload.SpokenLanguage;
import org.tutela.compliance.CheckData;
import org.tutela.compliance.ComplianceMonitoring;
import org.tutela.compliance.InformationSource;
import org.tutela.compliance.ObligationData;
import org.tutela.compliance.ObligationSource;
import org.tutela.compliance.ObligationStatus;
import org.tutela.compliance.Obligations;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.ConsultationData;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.ConsultationMode;
import org.tutela.consultation.ConsultationReason;
import org.tutela.consultation.ConsultationRequestData;
import org.tutela.consultation.ConsultationRequests;
import org.tutela.consultation.ConsultationRules;
import org.tutela.consultation.Topic;
import org.tutela.consultation.YesNo;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.FiscalQuarter;
import org.tutela.reporting.StopBasReports;
import org.tutela.shared.AgencyTime;

/**
 * The demo's work of the day, so that every role's home page has real items: the BAS's consultations of the quarter
 * (E.1.1 below the target, E.1.2 on it) with a follow-up due, compliance monitoring with an obligation due this week,
 * an overdue compliance check and an overdue firearm surrender; requests for a consultation, open and answered; cases
 * that still lack a perpetrator, a survivor, a child or a case manager; and a case nobody is assigned to.
 */
@Component
class DemoDay {

    private final CaseManagement cases;
    private final ConsultationLog consultations;
    private final ConsultationRequests requests;
    private final ComplianceMonitoring monitoring;
    private final Obligations obligations;
    private final StopBasReports reports;
    private final JdbcClient jdbc;

    DemoDay(CaseManagement cases, ConsultationLog consultations, ConsultationRequests requests,
            ComplianceMonitoring monitoring, Obligations obligations, StopBasReports reports, JdbcClient jdbc) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.cases = cases;
        this.consultations = consultations;
        this.requests = requests;
        this.monitoring = monitoring;
        this.obligations = obligations;
    }

    /**
     * {@code caseIds}: the demo's 25 cases, in investigation (DCF) when {@code i % 5 < 2}, else in case management at
     * the CBC or (when {@code i % 4 == 0}) the CMO; {@code users} by username; {@code orgs} by type.
     */
    void load(List<UUID> caseIds, Map<String, UUID> users, Map<OrganizationType, UUID> orgs, UUID region) {
        CurrentUser cpi = new CurrentUser(users.get("cpi"), "cpi", "Casey Investigator", org.tutela.directory.Role.CPI,
                orgs.get(OrganizationType.DCF), OrganizationType.DCF, region);
        CurrentUser manager = new CurrentUser(users.get("casemanager"), "casemanager", "Morgan Manager",
                org.tutela.directory.Role.CASE_MANAGER, orgs.get(OrganizationType.CBC), OrganizationType.CBC, region);
        CurrentUser supervisor = new CurrentUser(users.get("supervisor"), "supervisor", "Sam Supervisor",
                org.tutela.directory.Role.SUPERVISOR, orgs.get(OrganizationType.DCF), OrganizationType.DCF, region);
        CurrentUser bas = new CurrentUser(users.get("bas"), "bas", "Bailey Specialist", org.tutela.directory.Role.BAS,
                orgs.get(OrganizationType.DV_CENTER), OrganizationType.DV_CENTER, region);
        LocalDate today = AgencyTime.today();

        // requests for a consultation: two wait for the BAS; the case manager's third is answered below
        DemoData.as(cpi, () -> requests.request(cpi, caseIds.get(0), new ConsultationRequestData(
                ConsultationReason.PERPETRATOR_INTERVIEW,
                "The father denies the incidents. I interview him on Thursday and want to plan it with you.")));
        DemoData.as(manager, () -> requests.request(manager, caseIds.get(3), new ConsultationRequestData(
                ConsultationReason.CASE_PLAN, null)));
        DemoData.as(manager, () -> requests.request(manager, caseIds.get(13), new ConsultationRequestData(
                ConsultationReason.SAFETY_ACTIONS, "He keeps contacting the mother despite the order.")));

        // the BAS's consultations of the fiscal quarter: E.1.1 5 of 8 case-management cases (below the 90% target, with
        // the unchecked YES below), E.1.2 9 of 12 cases; the one on case 14 promises a follow-up tomorrow; and the
        // previous fiscal quarter's, for the STOP BAS report

        UUID dcf = orgs.get(OrganizationType.DCF);
        UUID cbc = orgs.get(OrganizationType.CBC);
        UUID cmo = orgs.get(OrganizationType.CMO);
        DemoData.as(bas, () -> {
            consult(bas, caseIds.get(1), 9, "Casey Investigator", "CPI", dcf, ComplianceAnswer.NOT_APPLICABLE, true, null);
            consult(bas, caseIds.get(5), 8, "Casey Investigator", "CPI", dcf, ComplianceAnswer.NOT_APPLICABLE, true, null);
            consult(bas, caseIds.get(10), 7, "Casey Investigator", "CPI", dcf, ComplianceAnswer.NOT_APPLICABLE, true,
                    null);
            consult(bas, caseIds.get(2), 6, "Morgan Manager", "Case manager", cbc, ComplianceAnswer.YES, true, null);
            consult(bas, caseIds.get(7), 5, "Morgan Manager", "Case manager", cbc, ComplianceAnswer.YES, true, null);
            consult(bas, caseIds.get(12), 4, "Jordan Reyes", "Case manager", cmo, ComplianceAnswer.YES, true, null);
            consult(bas, caseIds.get(4), 4, "Jordan Reyes", "Case manager", cmo, ComplianceAnswer.YES, true, null);
            consult(bas, caseIds.get(9), 3, "Morgan Manager", "Case manager", cbc, ComplianceAnswer.YES, true, null);
            consult(bas, caseIds.get(13), 0, "Morgan Manager", "Case manager", cbc, ComplianceAnswer.NO, true, null);
            consult(bas, caseIds.get(14), 2, "Morgan Manager", "Case manager", cbc, ComplianceAnswer.NO, false,
                    today.plusDays(1));
            // E.1.2 fails on a DCF-only case where the consultation guided nothing
            consult(bas, caseIds.get(11), 12, "Casey Investigator", "CPI", dcf, ComplianceAnswer.NOT_APPLICABLE, false,
                    null);
            previousQuarter(bas, caseIds, dcf, cbc, cmo);
            return null;
        });
        // a YES whose note lacks the sentences, as data edited after the rules checked it (the rules refuse it): the
        // report counts it as failing both measures, with the reason
        FiscalQuarter quarter = reports.currentQuarter();
        unchecked(bas, caseIds.get(15), later(quarter.from(), today.minusDays(20)), cmo);
        unchecked(bas, caseIds.get(19), quarter.previous().from().plusDays(50), cmo);

        DemoData.as(bas, () -> {
            // an obligation due this week, on the monitoring case 2's consultation started
            UUID onCase2 = monitoring.list(bas, true, caseIds.get(2)).get(0).id();
            obligations.add(bas, onCase2, new ObligationData(ObligationSource.BIP, null,
                    "Suncoast Circuit Court, Dependency Division", "2026-DP-0311", today.minusDays(20),
                    "Enroll in a 26-week batterer intervention program and attend the intake appointment.",
                    today.plusDays(3), null));
            // a no-contact order whose monthly compliance check is overdue
            UUID onCase17 = monitoring.start(bas, caseIds.get(17), null, today.minusDays(75)).get(0);
            UUID order = obligations.add(bas, onCase17, new ObligationData(ObligationSource.CRIMINAL_ORDER, null,
                    "Suncoast County Court", "2026-MM-1042", today.minusDays(70),
                    "No contact with the mother, directly or through others, while the criminal case is pending.",
                    null, "Ongoing"));
            // a first check in the previous fiscal quarter (the order was made 70 days ago: late September)
            obligations.check(bas, order, new CheckData(today.minusDays(68), InformationSource.COURT_DOCKET,
                    ObligationStatus.PENDING, "Docket shows the order served; no report yet."), java.util.Optional.empty());
            obligations.check(bas, order, new CheckData(today.minusDays(40), InformationSource.PROBATION_OFFICER,
                    ObligationStatus.COMPLIANT, "Probation officer reports no contact and no violations so far."),
                    java.util.Optional.empty());
            // overdue firearm surrenders (for the BAS, the CPI and the supervisor): DemoData's firearm follow-ups
            return null;
        });

        // cases that still lack someone: the CPI's two newest, a case-management case without a case manager, and
        // the case manager's case without its child
        UUID noChild = DemoData.as(cpi, () -> {
            UUID noPerpetrator = cases.create(cpi, new CaseData("2026-SC-02001", today.minusDays(2),
                    CaseStatus.INVESTIGATION, dcf, List.of(Maltreatment.IPV_THREATENS_CHILD), List.of(cpi.id())));
            cases.addPerson(cpi, noPerpetrator, adult(PersonRole.SURVIVOR, "Lucía", "Marchetti", today, 31,
                    Gender.FEMALE, new Address("61 Sample Lagoon Way", null, "Sampleton", "FL", "39004"), "(305) 555-0161"));
            cases.addPerson(cpi, noPerpetrator, child("Mateo", "Marchetti", today, 6));
            cases.create(cpi, new CaseData("2026-SC-02002", today.minusDays(1), CaseStatus.INVESTIGATION, dcf,
                    List.of(Maltreatment.HOUSEHOLD_VIOLENCE_THREATENS_CHILD), List.of(cpi.id())));
            UUID noManager = cases.create(cpi, new CaseData("2026-SC-02003", today.minusDays(12),
                    CaseStatus.CASE_MANAGEMENT, cbc, List.of(Maltreatment.IPV_THREATENS_CHILD), List.of(cpi.id())));
            cases.addPerson(cpi, noManager, adult(PersonRole.SURVIVOR, "Renée", "Whitlock", today, 27, Gender.FEMALE,
                    new Address("8 Example Cypress Court", null, "Exampleville", "FL", "39013"), "(305) 555-0183"));
            cases.addPerson(cpi, noManager, adult(PersonRole.PERPETRATOR, "Dale", "Whitlock", today, 30, Gender.MALE,
                    null, null));
            cases.addPerson(cpi, noManager, child("Harper", "Whitlock", today, 3));
            // and one nobody holds any more: its worker is taken off by the supervisor below
            UUID unassigned = cases.create(cpi, new CaseData("2026-SC-02005", today.minusDays(4),
                    CaseStatus.INVESTIGATION, dcf, List.of(Maltreatment.IPV_THREATENS_CHILD), List.of(cpi.id())));
            cases.addPerson(cpi, unassigned, adult(PersonRole.SURVIVOR, "Imani", "Okonkwo", today, 35, Gender.FEMALE,
                    new Address("27 Demo Egret Lane", null, "Demo Springs", "FL", "39021"), "(305) 555-0127"));
            cases.addPerson(cpi, unassigned, adult(PersonRole.PERPETRATOR, "Curtis", "Bell", today, 38, Gender.MALE,
                    null, null));
            cases.addPerson(cpi, unassigned, child("Amara", "Okonkwo", today, 9));
            DemoData.as(supervisor, () -> {
                cases.update(supervisor, unassigned, new CaseData("2026-SC-02005", today.minusDays(4),
                        CaseStatus.INVESTIGATION, dcf, List.of(Maltreatment.IPV_THREATENS_CHILD), List.of()), null,
                        false);
                return null;
            });
            return cases.create(cpi, new CaseData("2026-SC-02004", today.minusDays(30), CaseStatus.CASE_MANAGEMENT,
                    cbc, List.of(Maltreatment.IPV_THREATENS_CHILD, Maltreatment.INADEQUATE_SUPERVISION),
                    List.of(manager.id())));
        });
        DemoData.as(manager, () -> {
            cases.addPerson(manager, noChild, adult(PersonRole.SURVIVOR, "Yolanda", "Pierre-Louis", today, 29,
                    Gender.FEMALE, new Address("15 Fictional Ibis Drive", null, "Exampleville", "FL", "39015"),
                    "(305) 555-0115"));
            cases.addPerson(manager, noChild, adult(PersonRole.PERPETRATOR, "Reginald", "Pierre-Louis", today, 33,
                    Gender.MALE, null, null));
            return null;
        });
    }

    /**
     * The BAS's consultations of the previous fiscal quarter, every answer pattern of Template 1: both measures met, a
     * CBC NO, a DCF-only case guided and one not, several consultations on one case (NO, then YES), a YES for
     * monitoring only, a guided NO. With the unchecked YES of case 19: E.1.1 4 of 7 cases, E.1.2 5 of 9.
     */
    private void previousQuarter(CurrentUser bas, List<UUID> caseIds, UUID dcf, UUID cbc, UUID cmo) {
        LocalDate from = reports.currentQuarter().previous().from();
        List<Topic> interview = List.of(Topic.PERPETRATOR_INTERVIEW_STRATEGIES, Topic.RISK_FACTORS);
        List<Topic> children = List.of(Topic.IMPACT_ON_CHILDREN, Topic.BEHAVIORS_HARMING_CHILD);
        List<Topic> plan = List.of(Topic.SAFETY_ACTIONS, Topic.ACCOUNTABILITY_STRATEGIES);
        consultOn(bas, caseIds.get(6), from.plusDays(5), "Casey Investigator", "CPI", dcf,
                ComplianceAnswer.NOT_APPLICABLE, true, interview);
        consultOn(bas, caseIds.get(3), from.plusDays(10), "Morgan Manager", "Case manager", cbc, ComplianceAnswer.YES,
                true, plan);
        consultOn(bas, caseIds.get(9), from.plusDays(15), "Morgan Manager", "Case manager", cbc, ComplianceAnswer.NO,
                false, children);
        consultOn(bas, caseIds.get(8), from.plusDays(20), "Jordan Reyes", "Case manager", cmo, ComplianceAnswer.YES,
                true, plan);
        consultOn(bas, caseIds.get(12), from.plusDays(25), "Morgan Manager", "Case manager", cbc, ComplianceAnswer.NO,
                false, children);
        consultOn(bas, caseIds.get(11), from.plusDays(30), "Casey Investigator", "CPI", dcf,
                ComplianceAnswer.NOT_APPLICABLE, false, interview);
        consultOn(bas, caseIds.get(22), from.plusDays(40), "Jordan Reyes", "Case manager", cmo, ComplianceAnswer.YES,
                false, plan);
        consultOn(bas, caseIds.get(23), from.plusDays(45), "Morgan Manager", "Case manager", cbc, ComplianceAnswer.NO,
                true, plan);
        consultOn(bas, caseIds.get(23), from.plusDays(46), "Casey Investigator", "CPI", dcf,
                ComplianceAnswer.NOT_APPLICABLE, false, interview);
        consultOn(bas, caseIds.get(9), from.plusDays(60), "Morgan Manager", "Case manager", cbc, ComplianceAnswer.YES,
                true, plan);
    }

    /** A consultation answered YES to both measures whose note holds neither sentence: written past the rules. */
    private void unchecked(CurrentUser bas, UUID caseId, LocalDate on, UUID organization) {
        jdbc.sql("""
                INSERT INTO consultation (id, case_id, bas_user_id, consulted_on, professional_name, professional_role,
                    organization_id, organization_type, mode, topics, note, compliance_monitoring, guided_safety_actions)
                VALUES (?, ?, ?, ?, 'Jordan Reyes', 'Case manager', ?, 'CMO', 'PHONE', ARRAY['SAFETY_ACTIONS'], ?,
                        'YES', 'YES')""")
                .params(UUID.randomUUID(), caseId, bas.id(), on, organization,
                        "Went over the case plan's accountability tasks; the note was shortened later.")
                .update();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void consultOn(CurrentUser bas, UUID caseId, LocalDate on, String professional, String role,
                           UUID organization, ComplianceAnswer monitoringAnswer, boolean guided, List<Topic> topics) {
        StringBuilder note = new StringBuilder("Went over the father's controlling behaviors with the worker.");
        if (monitoringAnswer == ComplianceAnswer.YES) {
            note.append(' ').append(ConsultationRules.MONITORING_SENTENCE);
        }
        if (guided) {
            note.append(' ').append(ConsultationRules.GUIDANCE_SENTENCES.get(2));
        }
        consultations.log(bas, new ConsultationData(caseId, on, professional, role, organization,
                ConsultationMode.IN_PERSON, topics, note.toString(), monitoringAnswer, guided ? YesNo.YES : YesNo.NO,
                null));
    }

    private void consult(CurrentUser bas, UUID caseId, int daysAgo, String professional, String role, UUID organization,
                         ComplianceAnswer monitoringAnswer, boolean guided, LocalDate followUpOn) {
        LocalDate today = AgencyTime.today();
        LocalDate quarter = reports.currentQuarter().from();
        LocalDate on = today.minusDays(daysAgo).isBefore(quarter) ? quarter : today.minusDays(daysAgo);
        StringBuilder note = new StringBuilder("Reviewed the father's pattern of coercive control and its impact on "
                + "the children with the worker.");
        if (monitoringAnswer == ComplianceAnswer.YES) {
            note.append(' ').append(ConsultationRules.MONITORING_SENTENCE);
        }
        if (guided) {
            note.append(' ').append(ConsultationRules.GUIDANCE_SENTENCES.get(0));
        } else {
            note.append(" The worker will bring the safety plan draft to a follow-up call.");
        }
        consultations.log(bas, new ConsultationData(caseId, on, professional, role, organization,
                ConsultationMode.PHONE, List.of(Topic.POWER_AND_CONTROL, Topic.SAFETY_ACTIONS), note.toString(),
                monitoringAnswer, guided ? YesNo.YES : YesNo.NO, followUpOn));
    }

    private static PersonData adult(PersonRole role, String first, String last, LocalDate today, int age, Gender gender,
                                    Address address, String phone) {
        return new PersonData(role, first, last, today.minusYears(age).minusDays(40), gender, SpokenLanguage.ENGLISH,
                address, phone, null, null, null, null);
    }

    private static PersonData child(String first, String last, LocalDate today, int age) {
        return new PersonData(PersonRole.CHILD, first, last, today.minusYears(age).minusDays(100), null,
                SpokenLanguage.ENGLISH, null, null, null, null, null, null);
    }
}
