package org.tutela.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    DemoDay(CaseManagement cases, ConsultationLog consultations, ConsultationRequests requests,
            ComplianceMonitoring monitoring, Obligations obligations, StopBasReports reports) {
        this.reports = reports;
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

        // the BAS's consultations of the quarter: E.1.1 5 of 7 case-management cases (below the 90% target), E.1.2
        // 9 of 10 cases (on it); the one on case 14 promises a follow-up tomorrow
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
            return null;
        });

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
