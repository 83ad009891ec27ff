package org.tutela.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Each role's home page over the whole application: what needs the user appears, the most urgent first, each item
 * links to where it is done, and nothing comes from a case the user may not open. A CPI made for each test has a
 * worklist of its own; the other roles are the demo's, so each test looks for its own records among theirs.
 */
@IntegrationTest
class HomePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    // ---- BAS ------------------------------------------------------------------------------------------------

    @Test
    void theBasSeesRequestsSoonestFirstWithTheLinksThatAnswerThem() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String number = caseNumber(api, caseId);
        OffsetDateTime soon = OffsetDateTime.now().plusHours(3).withNano(0);
        String later = request(api, "cpi", caseId, "DEPENDENCY_HEARING", soon.plusHours(2));
        String sooner = request(api, "cpi", caseId, "CASE_STAFFING", soon);
        String asked = askConsultation(api, "cpi", caseId, "FIREARMS", "Ask about the hunting rifles.");

        String page = home(PageSession.signIn(port, "bas"));
        String events = section(page, "event-requests");
        assertThat(events).contains("href=\"/calendar#event-" + sooner + "\"", "href=\"/calendar#event-" + later + "\"");
        assertThat(events.indexOf("#event-" + sooner)).isLessThan(events.indexOf("#event-" + later));
        String requests = section(page, "consultation-requests");
        assertThat(requests).contains("href=\"/consultations/new?caseId=" + caseId + "\"",
                "Log a consultation on case " + number, "Firearms: access or surrender", "Ask about the hunting rifles.",
                "href=\"/cases/" + caseId + "\"");

        // the BAS logs the consultation: it answers the request, which leaves the BAS's page and shows as answered
        logConsultation(api, caseId, null);
        assertThat(section(home(PageSession.signIn(port, "bas")), "consultation-requests"))
                .doesNotContain("caseId=" + caseId);
        JsonNode answered = api.get("cpi", "/api/v1/consultation-requests/" + asked).json();
        assertThat(answered.get("answeredAt").isNull()).isFalse();
        assertThat(answered.get("basName").asString()).isEqualTo("Bailey Specialist");
    }

    @Test
    void theBasSeesObligationsDueThisWeekTheEarliestFirstAndOverdueChecksAndFollowUps() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "3 Home Test Road", "305-555-0133");
        String monitoring = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        LocalDate today = AgencyTime.today();
        String inFive = obligation(api, monitoring, "BIP", today.minusDays(3), today.plusDays(5));
        String tomorrow = obligation(api, monitoring, "DEPENDENCY_CASE_PLAN", today.minusDays(3), today.plusDays(1));
        String nextMonth = obligation(api, monitoring, "DEPENDENCY_CASE_PLAN", today.minusDays(3), today.plusDays(30));
        String firearm = obligation(api, monitoring, "FIREARM_SURRENDER", today.minusDays(20), today.minusDays(10));
        logConsultation(api, caseId, today.plusDays(2));

        String page = home(PageSession.signIn(port, "bas"));
        String due = section(page, "obligations-due");
        assertThat(due).contains("href=\"/obligations/" + tomorrow + "\"", "href=\"/obligations/" + inFive + "\"")
                .doesNotContain(nextMonth).doesNotContain(firearm); // a firearm surrender has its own list, first
        assertThat(due.indexOf(tomorrow)).isLessThan(due.indexOf(inFive));
        assertThat(page.indexOf("href=\"/obligations/" + firearm + "\"")).isPositive()
                .isLessThan(page.indexOf("id=\"event-requests\""));
        assertThat(section(page, "follow-ups")).contains("href=\"/consultations/new?caseId=" + caseId + "\"",
                "Follow up on case " + caseNumber(api, caseId), "datetime=\"" + today.plusDays(2) + "\"");
        assertThat(section(page, "measures")).contains("the target for each is 90% of cases");
    }

    @Test
    void theBasSeesNoRequestFromACaseOfAnotherRegion() {
        UUID region = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        String number = "OTHER-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(region, "Elsewhere " + region).update();
        // not a DCF, CBC or CMO: other tests take "the" DCF organization from the list of all regions'
        jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, 'COURT', ?)")
                .params(organization, "Elsewhere court " + region, region).update();
        jdbc.sql("""
                INSERT INTO case_file (id, case_number, region_id, intake_date, status, organization_id)
                VALUES (?, ?, ?, ?, 'INVESTIGATION', ?)""")
                .params(caseId, number, region, AgencyTime.today(), organization).update();
        jdbc.sql("""
                INSERT INTO consultation_request (id, case_id, requested_by, reason)
                SELECT ?, ?, id, 'OTHER' FROM app_user WHERE username = 'cpi'""")
                .params(UUID.randomUUID(), caseId).update();
        assertThat(home(PageSession.signIn(port, "bas"))).doesNotContain(number).doesNotContain(caseId.toString());
        assertThat(new Api(port).get("bas", "/api/v1/consultation-requests?open=true").body()).doesNotContain(number);
    }

    // ---- CPI and case manager -------------------------------------------------------------------------------

    @Test
    void aCpiSeesTheirCasesLackingTheMostFirstEachGapLinkedToItsForm() {
        Api api = new Api(port);
        String cpi = Fixtures.user(api, port, "CPI", "DCF", Api.PASSWORD);
        String empty = openCase(api, cpi, AgencyTime.today().minusDays(2));
        String noPerpetrator = openCase(api, cpi, AgencyTime.today().minusDays(9));
        Fixtures.addPerson(api, cpi, noPerpetrator, "SURVIVOR", "5 Worklist Lane", "305-555-0155");
        Fixtures.addPerson(api, cpi, noPerpetrator, "CHILD", "5 Worklist Lane", "305-555-0155");
        String complete = completeCase(api, cpi);

        String page = home(PageSession.signIn(port, cpi));
        String cases = section(page, "my-cases");
        assertThat(cases).contains("href=\"/cases/new\"");
        assertThat(cases.indexOf(empty)).isLessThan(cases.indexOf(noPerpetrator));
        assertThat(cases.indexOf(noPerpetrator)).isLessThan(cases.indexOf(complete));
        for (String role : List.of("SURVIVOR", "PERPETRATOR", "CHILD")) {
            assertThat(cases).contains("href=\"/cases/" + empty + "/people/new?role=" + role + "\"");
        }
        assertThat(cases).contains("href=\"/cases/" + noPerpetrator + "/people/new?role=PERPETRATOR\"")
                .doesNotContain("href=\"/cases/" + noPerpetrator + "/people/new?role=SURVIVOR\"")
                .contains("href=\"/cases/" + complete + "/consultation-requests/new\"");
        // the link leads to the form in the role it names
        assertThat(PageSession.signIn(port, cpi).get("/cases/" + empty + "/people/new?role=PERPETRATOR").body())
                .containsPattern("<option[^>]*value=\"PERPETRATOR\"[^>]*selected");
        // no contact field of anyone reaches the home page
        assertThat(page).doesNotContain("5 Worklist Lane").doesNotContain("555-0155").doesNotContain("5550155");
    }

    @Test
    void aCpiAsksTheBasForAConsultationAndSeesTheAnswersToTheirRequests() {
        Api api = new Api(port);
        String cpi = Fixtures.user(api, port, "CPI", "DCF", Api.PASSWORD);
        String caseId = completeCase(api, cpi);
        String number = caseNumber(api, cpi, caseId);
        PageSession session = PageSession.signIn(port, cpi);

        HttpResponse<String> refused = session.submit("/cases/" + caseId + "/consultation-requests/new",
                "/cases/" + caseId + "/consultation-requests", Map.of("note", "x".repeat(400)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"reason-error\"", "Choose what you need the BAS for.",
                "id=\"note-error\"", "Shorten the note to 300 characters or fewer");
        HttpResponse<String> sent = session.submit("/cases/" + caseId + "/consultation-requests/new",
                "/cases/" + caseId + "/consultation-requests", Map.of("reason", "SAFETY_ACTIONS", "note", ""));
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String page = session.get(location).body();
        assertThat(page).contains("The BAS is asked for a consultation on case", number);
        String requests = section(page, "my-requests");
        assertThat(requests).contains("Consultation, case " + number, "Waiting for the BAS");
        assertThat(section(page, "my-cases")).doesNotContain(caseId + "/consultation-requests/new");
        // asking again is refused with the date of the open request
        assertThat(session.submit("/cases/" + caseId + "/consultation-requests/new",
                "/cases/" + caseId + "/consultation-requests", Map.of("reason", "OTHER")).body())
                .contains("already been asked");

        OffsetDateTime start = OffsetDateTime.now().plusDays(2).withNano(0);
        String staffing = request(api, cpi, caseId, "CASE_STAFFING", start);
        assertThat(api.post("bas", "/api/v1/events/" + staffing + "/decision", Api.json(Map.of("decision", "DECLINE",
                "reason", "In court all day; ask again for the afternoon."))).status()).isEqualTo(200);
        logConsultation(api, caseId, null);

        page = home(session);
        requests = section(page, "my-requests");
        assertThat(requests).contains("Answered", "Bailey Specialist", "The BAS declined",
                "In court all day; ask again for the afternoon.");
        assertThat(section(page, "my-calendar")).contains("Case staffing, case " + number,
                "datetime=\"" + start.atZoneSameInstant(AgencyTime.ZONE).toOffsetDateTime() + "\"");
    }

    @Test
    void aCpiSeesTheOverdueFirearmFollowUpOfTheirCaseButNothingOfACaseTheyMayNotOpen() {
        Api api = new Api(port);
        String cpi = Fixtures.user(api, port, "CPI", "DCF", Api.PASSWORD);
        String caseId = completeCase(api, cpi);
        String monitoring = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        String firearm = obligation(api, monitoring, "FIREARM_SURRENDER", AgencyTime.today().minusDays(20),
                AgencyTime.today().minusDays(10));

        // a case of the CBC, not assigned to the new CPI: its request and its staffing stay out of their page
        String other = cbcCase(api);
        String otherNumber = caseNumber(api, "casemanager", other);
        askConsultation(api, "casemanager", other, "CASE_PLAN", null);
        request(api, "casemanager", other, "CASE_STAFFING", OffsetDateTime.now().plusDays(1).withNano(0));

        String page = home(PageSession.signIn(port, cpi));
        assertThat(page.indexOf("href=\"/obligations/" + firearm + "\"")).isPositive()
                .isLessThan(page.indexOf("id=\"my-cases\""));
        assertThat(page).doesNotContain(otherNumber).doesNotContain(other);
        assertThat(home(PageSession.signIn(port, "supervisor"))).doesNotContain(otherNumber);
        // the case manager, who may open it, sees both
        String manager = home(PageSession.signIn(port, "casemanager"));
        assertThat(section(manager, "my-requests")).contains("Consultation, case " + otherNumber,
                "Case staffing, case " + otherNumber);
        assertThat(section(manager, "my-cases")).doesNotContain("href=\"/cases/new\"");
    }

    // ---- supervisor -----------------------------------------------------------------------------------------

    @Test
    void aSupervisorSeesTheCaseloadByWorkerLinkedToTheirCasesTheUnassignedAndTheUnansweredRequests() {
        Api api = new Api(port);
        String cpi = Fixtures.user(api, port, "CPI", "DCF", Api.PASSWORD);
        String cpiId = userId(api, cpi);
        List<String> theirs = List.of(openCase(api, cpi, AgencyTime.today()), openCase(api, cpi, AgencyTime.today()),
                completeCase(api, cpi));
        String unassigned = Fixtures.openCase(api, "cpi");
        assertThat(api.patch("supervisor", "/api/v1/cases/" + unassigned, Api.json(Map.of("assignedUserIds", List.of())))
                .status()).isEqualTo(200);
        String asked = askConsultation(api, cpi, theirs.get(2), "NEW_INCIDENT", null);
        String staffing = request(api, cpi, theirs.get(2), "CASE_STAFFING", OffsetDateTime.now().plusDays(1).withNano(0));

        PageSession supervisor = PageSession.signIn(port, "supervisor");
        String page = home(supervisor);
        String caseload = section(page, "caseload");
        String link = "/cases?worker=" + cpiId + "&open=true";
        assertThat(caseload).contains("href=\"" + link.replace("&", "&amp;") + "\"", "3 open cases");
        String list = supervisor.get(link).body();
        assertThat(list).contains("3 cases");
        theirs.forEach(id -> assertThat(list).contains("/cases/" + id));
        assertThat(section(page, "unassigned")).contains("href=\"/cases/" + unassigned + "/edit\"",
                "Assign a worker to case " + caseNumber(api, unassigned));
        String unanswered = section(page, "unanswered");
        assertThat(unanswered).contains("Consultation, case " + caseNumber(api, theirs.get(2)),
                "href=\"/cases/" + theirs.get(2) + "\"");
        assertThat(unanswered).contains("Case staffing, case " + caseNumber(api, theirs.get(2)));

        // once the BAS answers, the requests leave the list
        assertThat(api.post("bas", "/api/v1/events/" + staffing + "/decision",
                Api.json(Map.of("decision", "ATTEND"))).status()).isEqualTo(200);
        logConsultation(api, theirs.get(2), null);
        assertThat(section(home(supervisor), "unanswered")).doesNotContain("/cases/" + theirs.get(2) + "\"");
        assertThat(api.get("supervisor", "/api/v1/consultation-requests/" + asked).json().get("answeredAt").isNull())
                .isFalse();
    }

    // ---- roles whose work comes later -----------------------------------------------------------------------

    @Test
    void theAdvocateAnswersReferralsAndSeesTheCasesOfTheSurvivorsReferredToThem() {
        PageSession advocate = PageSession.signIn(port, "advocate");
        String page = home(advocate);
        assertThat(page).contains("answer each referral", "href=\"/advocacy\"", "href=\"/cases\"");
        // the referrals waiting for the advocate's answer, each to its case (the demo keeps one open since September)
        String awaiting = section(page, "awaiting-referrals");
        assertThat(awaiting).contains("Referrals awaiting your answer (", "href=\"/cases/",
                "href=\"/advocacy#referrals\"");
        assertThat(advocate.get("/cases").statusCode()).isEqualTo(200);
        // a BIP provider: the referrals awaiting its answer and the reports it owes, never a case (seed 001)
        assertThat(home(PageSession.signIn(port, "bip"))).contains("Referrals awaiting your answer (",
                "Monthly reports due (", "href=\"/bip\"").doesNotContain("href=\"/cases");
        // contract managers and program leaders: the STOP BAS report of their region's DV centers, never a case page
        for (String user : List.of("contractmanager", "leader")) {
            assertThat(home(PageSession.signIn(port, user))).contains("href=\"/reports/stop-bas?quarter=")
                    .doesNotContain("href=\"/cases\"");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String home(PageSession session) {
        HttpResponse<String> page = session.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** The section of the home page whose heading has this id, up to its end. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        int end = page.indexOf("</section>", start);
        // a user's data within a sentence is marked translate="no": read the sentence whole
        return page.substring(start, end < 0 ? page.length() : end).replace("<span translate=\"no\">", "")
                .replace("</span>", "");
    }

    private static String caseNumber(Api api, String caseId) {
        return caseNumber(api, "cpi", caseId);
    }

    private static String caseNumber(Api api, String user, String caseId) {
        return api.get(user, "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
    }

    private static String openCase(Api api, String user, LocalDate intake) {
        Api.Response r = api.post(user, "/api/v1/cases", Api.json(Map.of("caseNumber", Fixtures.uniqueCaseNumber(),
                "intakeDate", intake.toString(), "maltreatments", List.of("IPV_THREATENS_CHILD"))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String completeCase(Api api, String user) {
        String id = openCase(api, user, AgencyTime.today().minusDays(30));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Fixtures.addPerson(api, user, id, "SURVIVOR", "12 Complete" + tag + " Street", "305-555-0112");
        Fixtures.addPerson(api, user, id, "PERPETRATOR", "40 Other" + tag + " Road", "305-555-0140");
        Fixtures.addPerson(api, user, id, "CHILD", "12 Complete" + tag + " Street", "305-555-0112");
        return id;
    }

    /** A case of the CBC assigned to the demo's CPI and case manager: not one a new CPI of DCF may open. */
    private static String cbcCase(Api api) {
        Api.Response r = api.post("cpi", "/api/v1/cases", Api.json(Map.of("caseNumber", Fixtures.uniqueCaseNumber(),
                "intakeDate", AgencyTime.today().toString(), "maltreatments", List.of("IPV_THREATENS_CHILD"),
                "status", "CASE_MANAGEMENT", "organizationId", Fixtures.organization(api, "CBC"),
                "assignedUserIds", List.of(userId(api, "cpi"), userId(api, "casemanager")))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String userId(Api api, String username) {
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("username").asString().equals(username)) {
                return u.get("id").asString();
            }
        }
        throw new IllegalStateException("no user " + username);
    }

    private static String request(Api api, String user, String caseId, String type, OffsetDateTime start) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("caseId", caseId);
        e.put("type", type);
        e.put("startsAt", start.toString());
        e.put("endsAt", start.plusHours(1).toString());
        e.put("placeId", Fixtures.meetingPlace(api, "DCF office, room 2"));
        Api.Response r = api.post(user, "/api/v1/events", Api.json(e));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String askConsultation(Api api, String user, String caseId, String reason, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        if (note != null) {
            body.put("note", note);
        }
        Api.Response r = api.post(user, "/api/v1/cases/" + caseId + "/consultation-requests", Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String obligation(Api api, String monitoring, String source, LocalDate ordered, LocalDate due) {
        Api.Response r = api.post("bas", "/api/v1/monitoring/" + monitoring + "/obligations", Api.json(Map.of(
                "source", source, "issuer", "Circuit Court", "orderedOn", ordered.toString(),
                "requirement", "Home test " + source, "dueOn", due.toString())));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A DCF consultation (E.1.1 not applicable) on the case, with a follow-up date when given. */
    private static void logConsultation(Api api, String caseId, LocalDate followUpOn) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("caseId", caseId);
        c.put("consultedOn", AgencyTime.today().toString());
        c.put("professionalName", "Pat Worker");
        c.put("professionalRole", "CPI");
        c.put("organizationId", Fixtures.organization(api, "DCF"));
        c.put("mode", "PHONE");
        c.put("topics", List.of("SAFETY_ACTIONS"));
        c.put("note", "Talked through the plan.");
        c.put("complianceMonitoring", "NOT_APPLICABLE");
        c.put("guidedSafetyActions", "NO");
        if (followUpOn != null) {
            c.put("followUpOn", followUpOn.toString());
        }
        Api.Response r = api.post("bas", "/api/v1/consultations", Api.json(c));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
