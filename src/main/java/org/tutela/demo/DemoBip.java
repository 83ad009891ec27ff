package org.tutela.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.bip.Attendance;
import org.tutela.bip.BipGroups;
import org.tutela.bip.BipReferrals;
import org.tutela.bip.BipReports;
import org.tutela.bip.Decision;
import org.tutela.bip.DecisionData;
import org.tutela.bip.DeclineReason;
import org.tutela.bip.DischargeData;
import org.tutela.bip.DischargeReason;
import org.tutela.bip.Disclosure;
import org.tutela.bip.EnrollmentData;
import org.tutela.bip.GroupData;
import org.tutela.bip.IntakeData;
import org.tutela.bip.MonthlyReportData;
import org.tutela.bip.ReferralData;
import org.tutela.bip.RuleData;
import org.tutela.bip.Screening;
import org.tutela.bip.SessionData;
import org.tutela.caseload.Address;
import org.tutela.caseload.CaseData;
import org.tutela.caseload.CaseManagement;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.Gender;
import org.tutela.caseload.Maltreatment;
import org.tutela.caseload.PersonData;
import org.tutela.caseload.PersonRole;
import org.tutela.caseload.SpokenLanguage;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;

/**
 * The Batterer Intervention Program running (seed 001): two provider organizations, a men's and a women's group, and
 * referrals in each status with months of weekly attendance and monthly reports, some acknowledged, one due, one
 * missing, and a homicide threat named at an intake. Referrals are made through the module and then dated back, as
 * if made months ago.
 */
@Component
class DemoBip {

    private final JdbcClient jdbc;
    private final BipReferrals referrals;
    private final BipGroups groups;
    private final BipReports reports;
    private final CaseManagement cases;

    DemoBip(JdbcClient jdbc, BipReferrals referrals, BipGroups groups, BipReports reports, CaseManagement cases) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.groups = groups;
        this.reports = reports;
        this.cases = cases;
    }

    /** A participant as the demo plays him: his referral, when it is dated, and his attendance pattern. */
    private record Plan(UUID referral, LocalDate referredOn, LocalDate enrolledOn, UUID group, int sessions,
                        int absentEvery) {
    }

    void load(List<UUID> caseIds, Map<String, UUID> users, Map<OrganizationType, UUID> orgs, UUID region) {
        LocalDate today = AgencyTime.today();
        UUID newDirections = orgs.get(OrganizationType.BIP_PROVIDER);
        UUID bridges = jdbc.sql("SELECT organization_id FROM app_user WHERE id = ?").param(users.get("bip2"))
                .query(UUID.class).single();
        UUID bip2 = users.get("bip2");
        CurrentUser cpi = user(users.get("cpi"), "cpi", "Casey Investigator", Role.CPI, orgs.get(OrganizationType.DCF),
                OrganizationType.DCF, region);
        CurrentUser manager = user(users.get("casemanager"), "casemanager", "Morgan Manager", Role.CASE_MANAGER,
                orgs.get(OrganizationType.CBC), OrganizationType.CBC, region);
        CurrentUser bas = user(users.get("bas"), "bas", "Bailey Specialist", Role.BAS,
                orgs.get(OrganizationType.DV_CENTER), OrganizationType.DV_CENTER, region);
        CurrentUser provider = user(users.get("bip"), "bip", "Blake Provider", Role.BIP_PROVIDER, newDirections,
                OrganizationType.BIP_PROVIDER, region);
        CurrentUser provider2 = user(bip2, "bip2", "Toni Rivers", Role.BIP_PROVIDER, bridges,
                OrganizationType.BIP_PROVIDER, region);

        // the providers' rules and groups
        List<UUID> rules = new ArrayList<>();
        for (String rule : List.of("Arrive on time", "No blaming of the partner or the children",
                "No alcohol or drugs before group", "Let others speak without interrupting",
                "Do the week's accountability exercise")) {
            rules.add(DemoData.as(provider, () -> groups.addRule(provider, new RuleData(rule))).id());
        }
        List<UUID> rules2 = List.of(DemoData.as(provider2, () -> groups.addRule(provider2,
                new RuleData("Arrive on time"))).id());
        UUID men = DemoData.as(provider, () -> groups.addGroup(provider, new GroupData("Tuesday Men's Group",
                Gender.MALE, "Tuesdays, 6:00 to 8:00 PM", true))).id();
        UUID women = DemoData.as(provider, () -> groups.addGroup(provider, new GroupData("Thursday Women's Group",
                Gender.FEMALE, "Thursdays, 10:00 AM to noon", false))).id();
        UUID bridgesMen = DemoData.as(provider2, () -> groups.addGroup(provider2, new GroupData("Monday Men's Group",
                Gender.MALE, "Mondays, 7:00 to 9:00 PM", false))).id();

        // a case whose perpetrator is a woman, for the women's group
        UUID womanCase = DemoData.as(cpi, () -> cases.create(cpi, new CaseData("2026-SC-02210", today.minusDays(150),
                CaseStatus.INVESTIGATION, orgs.get(OrganizationType.DCF), List.of(Maltreatment.IPV_THREATENS_CHILD),
                List.of(users.get("cpi")))));
        DemoData.as(cpi, () -> cases.addPerson(cpi, womanCase, new PersonData(PersonRole.PERPETRATOR, "Denise",
                "Marlow", today.minusYears(34), Gender.FEMALE, SpokenLanguage.ENGLISH, new Address("77 Cypress Row",
                null, "Exampleville", "FL", "39012"), "(305) 555-0177", null, "Gulf Freight Services", null, null)));
        DemoData.as(cpi, () -> cases.addPerson(cpi, womanCase, new PersonData(PersonRole.SURVIVOR, "Thomas",
                "Okafor", today.minusYears(36), Gender.MALE, SpokenLanguage.ENGLISH, new Address("12 Heron Lane", null,
                "Sampleton", "FL", "39001"), "(305) 555-0178", null, null, null, null)));
        DemoData.as(cpi, () -> cases.addPerson(cpi, womanCase, new PersonData(PersonRole.CHILD, "Amara", "Okafor",
                today.minusYears(7), Gender.FEMALE, SpokenLanguage.ENGLISH, null, null, null, null,
                "Sampleton Elementary", null)));

        List<Plan> plans = new ArrayList<>();
        // attending, court-ordered and linked to his BIP obligation under monitoring (case 2 of the list)
        UUID attending = refer(cpi, caseIds.get(1), newDirections, true, "2026-DR-" + caseIds.get(1).toString()
                        .substring(0, 4), "Court-ordered after the father choked the mother in front of the children "
                        + "and broke the bedroom door. He minimizes the violence and blames alcohol.",
                today.minusDays(130));
        screen(provider, attending, today.minusDays(120), Screening.NO_CONCERN, false);
        plans.add(enroll(provider, attending, men, today.minusDays(118), 26, 5));
        // attended all 26 sessions (case 3)
        UUID all = refer(cpi, caseIds.get(16), newDirections, true, "2026-DR-4471", "Repeated threats to kill "
                + "the mother and control of the family's money; the dependency court ordered the program.",
                today.minusDays(250));
        screen(provider, all, today.minusDays(240), Screening.HISTORY_REPORTED, false);
        plans.add(enroll(provider, all, men, today.minusDays(238), 26, 0));
        // expired after ten sessions, not renewed yet (case 10)
        UUID expired = refer(manager, caseIds.get(9), newDirections, false, null, "Pushed the mother down the stairs "
                + "while she held the baby; he agreed to attend the program.", today.minusDays(400));
        screen(provider, expired, today.minusDays(395), Screening.NO_CONCERN, false);
        plans.add(enroll(provider, expired, men, today.minusDays(390), 10, 0));
        // the women's group: attending
        UUID woman = refer(cpi, womanCase, newDirections, false, null, "Hit the father with a belt and threatened him "
                + "with a knife in front of the children.", today.minusDays(70));
        screen(provider, woman, today.minusDays(65), Screening.NO_CONCERN, false);
        plans.add(enroll(provider, woman, women, today.minusDays(60), 26, 4));
        // Bridges: discharged for non-attendance (case 12)
        UUID stopped = refer(cpi, caseIds.get(11), bridges, false, null, "Threatened the mother by text and broke "
                + "her phone; he told the investigator he would attend a program.", today.minusDays(160));
        screen(provider2, stopped, today.minusDays(150), Screening.NO_CONCERN, false);
        plans.add(enroll(provider2, stopped, bridgesMen, today.minusDays(147), 3, 2));

        // the sessions, week by week, with each group's participants who take sessions that day
        for (UUID group : List.of(men, women, bridgesMen)) {
            boolean second = group.equals(bridgesMen);
            sessions(second ? provider2 : provider, group, plans, second ? rules2 : rules, today,
                    second ? DayOfWeek.MONDAY : group.equals(men) ? DayOfWeek.TUESDAY : DayOfWeek.THURSDAY);
        }
        // expiry, the end of the program, monthly reports
        jdbc.sql("UPDATE bip_referral SET expires_on = referred_on + interval '1 year' WHERE id = ?").param(expired)
                .update();
        DemoData.as(provider, () -> referrals.discharge(provider, all, new DischargeData(
                DischargeReason.ATTENDED_26_OF_26, today.minusDays(50), null)));
        DemoData.as(provider2, () -> referrals.discharge(provider2, stopped, new DischargeData(
                DischargeReason.NON_ATTENDANCE, today.minusDays(100), "Stopped coming after his third session; did "
                + "not answer our calls or letters.")));
        monthly(provider, attending, today, 1, List.of("He spoke about the night he choked his partner and named it as "
                + "his choice.", "He blamed alcohol at first; the group challenged it and he took responsibility.",
                "He was late once and described how his children hid when he broke the door.",
                "He described controlling the family's money and what it cost his partner."));
        monthly(provider, all, today, 0, List.of("He described the effects of his threats on his children.",
                "He named the threats to kill his partner as a choice he made.", "He spoke about monitoring her phone.",
                "He took part in each session and answered the group's challenges.",
                "He described how his threats shaped his children's days.", "He spoke about respecting her decisions.",
                "He described the control of money and the car."));
        monthly(provider, expired, today, 0, List.of("He spoke about pushing his partner on the stairs.",
                "He minimized the incident; the facilitators named it.", "He missed sessions without notice."));
        monthly(provider, woman, today, 2, List.of("She described the belt incident and its impact on the children."));
        monthly(provider2, stopped, today, 0, List.of("He attended three sessions, then stopped coming."));
        // as if each report was sent early in the next month and acknowledged a few days later, each check with it
        jdbc.sql("""
                UPDATE bip_monthly_report SET sent_at = least(now(), (month + interval '1 month 4 days 10 hours'))
                """).update();
        jdbc.sql("""
                UPDATE compliance_check k SET checked_on = (SELECT (m.sent_at AT TIME ZONE ?)::date
                    FROM bip_monthly_report m JOIN bip_referral r ON r.id = m.referral_id
                    WHERE k.note LIKE '%' || m.comment AND k.created_by = m.sent_by
                    ORDER BY m.sent_at DESC LIMIT 1)
                WHERE k.information_source = 'BIP_REPORT'""").param(AgencyTime.ZONE.getId()).update();
        jdbc.sql("UPDATE bip_alert a SET raised_at = (SELECT i.screened_on + time '11:00' FROM bip_intake i"
                + " WHERE i.referral_id = a.referral_id)").update();
        // the case's readers acknowledge the older reports
        for (UUID referral : List.of(attending, all)) {
            for (var m : DemoData.as(cpi, () -> reports.ofReferral(cpi, referral))) {
                if (m.monthStart().isBefore(YearMonth.from(today).minusMonths(2).atDay(1))) {
                    DemoData.as(bas, () -> reports.acknowledge(bas, m.id()));
                    if (m.caseNumber() != null && referral.equals(attending)) {
                        DemoData.as(cpi, () -> reports.acknowledge(cpi, m.id()));
                    }
                }
            }
        }

        jdbc.sql("UPDATE bip_report_acknowledgment k SET acknowledged_at = (SELECT least(now(), m.sent_at"
                + " + interval '2 days') FROM bip_monthly_report m WHERE m.id = k.report_id)").update();

        // awaiting the provider's answer (case 4), accepted awaiting intake (case 5)
        refer(manager, caseIds.get(3), newDirections, false, null, "Controls the mother's phone and car and "
                + "threatened to take the children; the case plan asks for the program.", today.minusDays(2));
        UUID accepted = refer(manager, caseIds.get(4), newDirections, true, "2026-DR-7710", "Slapped the mother and "
                + "destroyed her work uniform; court-ordered at the shelter hearing.", today.minusDays(9));
        DemoData.as(provider, () -> referrals.decide(provider, accepted, new DecisionData(Decision.ACCEPTED, null,
                null)));
        // enrolled after an intake that named a homicide threat (an alert to the worker, the supervisor and the BAS)
        // and recommended a substance use assessment apart from the program (case 6, under monitoring)
        UUID threat = refer(cpi, caseIds.get(5), newDirections, true, null, "Court-ordered after he strangled the "
                + "mother; he keeps a firearm he has not surrendered.", today.minusDays(12));
        screen(provider, threat, today.minusDays(3), Screening.ASSESSMENT_RECOMMENDED, true);
        DemoData.as(provider, () -> referrals.enroll(provider, threat, new EnrollmentData(men, today.minusDays(2))));
        // declined by Bridges: no group in his language (case 8)
        UUID declined = refer(manager, caseIds.get(7), bridges, false, null, "Punched holes in the walls and "
                + "threatened the mother during a custody exchange.", today.minusDays(20));
        DemoData.as(provider2, () -> referrals.decide(provider2, declined, new DecisionData(Decision.DECLINED,
                DeclineReason.LANGUAGE_NOT_OFFERED, "We have no Haitian Creole group; New Directions may.")));
    }

    /** A referral made through the module, then dated back to {@code on}. */
    private UUID refer(CurrentUser worker, UUID caseId, UUID provider, boolean courtOrdered, String order,
                       String reason, LocalDate on) {
        UUID perpetrator = jdbc.sql("SELECT id FROM person WHERE case_id = ? AND role = 'PERPETRATOR' LIMIT 1")
                .param(caseId).query(UUID.class).single();
        UUID id = DemoData.as(worker, () -> referrals.refer(worker, new ReferralData(caseId, perpetrator, provider,
                reason, courtOrdered, null, order, courtOrdered && order != null ? on.minusDays(7) : null, null)));
        // dated back; a referral that will expire keeps its year until its sessions are in
        jdbc.sql("UPDATE bip_referral SET referred_on = ?, expires_on = greatest(? + interval '1 year', ?)"
                        + " WHERE id = ?")
                .params(on, on, AgencyTime.today().plusDays(1), id).update();
        return id;
    }

    private void screen(CurrentUser provider, UUID referral, LocalDate on, Screening substance, boolean threat) {
        jdbc.sql("UPDATE bip_referral SET status = 'ACCEPTED', decided_on = ?, decided_by = ? WHERE id = ?")
                .params(on.minusDays(2), provider.id(), referral).update();
        DemoData.as(provider, () -> referrals.intake(provider, referral, new IntakeData(on, Disclosure.PARTLY_ACKNOWLEDGED,
                Disclosure.DENIED, Disclosure.ACKNOWLEDGED, Disclosure.DENIED, substance, Screening.NO_CONCERN, threat,
                false, threat ? "Said he would kill her if she took the children; said so twice." : null)));
    }

    private Plan enroll(CurrentUser provider, UUID referral, UUID group, LocalDate on, int sessions, int absentEvery) {
        DemoData.as(provider, () -> referrals.enroll(provider, referral, new EnrollmentData(group, on)));
        return new Plan(referral, on, on, group, sessions, absentEvery);
    }

    /** The group's weekly sessions from its first enrollment to this week, each participant's pattern. */
    private void sessions(CurrentUser provider, UUID group, List<Plan> plans, List<UUID> rules, LocalDate today,
                          DayOfWeek weekday) {
        List<Plan> members = plans.stream().filter(p -> p.group().equals(group)).toList();
        if (members.isEmpty()) {
            return;
        }
        boolean fees = jdbc.sql("SELECT fees_apply FROM bip_group WHERE id = ?").param(group).query(Boolean.class)
                .single();
        LocalDate first = members.stream().map(Plan::enrolledOn).min(LocalDate::compareTo).orElseThrow();
        java.util.Map<UUID, int[]> counts = new java.util.HashMap<>(); // present, held
        for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(weekday)); d.isBefore(today); d = d.plusWeeks(1)) {
            List<SessionData.Entry> entries = new ArrayList<>();
            for (Plan p : members) {
                int[] c = counts.computeIfAbsent(p.referral(), k -> new int[2]);
                if (d.isBefore(p.enrolledOn()) || c[0] >= p.sessions()) {
                    continue;
                }
                c[1]++;
                boolean absent = p.absentEvery() > 0 && c[1] % p.absentEvery() == 0;
                boolean late = !absent && c[1] % 7 == 3;
                if (!absent) {
                    c[0]++;
                }
                entries.add(new SessionData.Entry(p.referral(), absent ? (c[1] % 2 == 0 ? Attendance.EXCUSED
                        : Attendance.ABSENT) : Attendance.PRESENT, fees ? new BigDecimal("25.00") : null,
                        fees ? (absent ? BigDecimal.ZERO : new BigDecimal("25.00")) : null,
                        late ? List.of(rules.get(0)) : List.of(), absent ? null : c[1] % 3 == 0));
            }
            if (!entries.isEmpty()) {
                LocalDate day = d;
                DemoData.as(provider, () -> groups.recordSession(provider, group, new SessionData(day, entries)));
            }
        }
    }

    /** The monthly reports of the ended months, less the last {@code unsent}, their comments in turn. */
    private void monthly(CurrentUser provider, UUID referral, LocalDate today, int unsent, List<String> comments) {
        List<String> due = DemoData.as(provider, () -> reports.due(provider, referral)).stream()
                .map(org.tutela.bip.DueReport::month).toList();
        for (int i = 0; i < due.size() - unsent; i++) {
            String month = due.get(i);
            String comment = comments.get(i % comments.size());
            DemoData.as(provider, () -> reports.send(provider, referral, new MonthlyReportData(month, comment)));
        }
    }

    private static CurrentUser user(UUID id, String username, String name, Role role, UUID org, OrganizationType type,
                                    UUID region) {
        return new CurrentUser(id, username, name, role, org, type, region);
    }
}
