package org.tutela.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import org.tutela.support.TestFiles;
import tools.jackson.databind.JsonNode;

/**
 * A submitted quarter freezes every record its STOP BAS report counts, not only consultations: a training, a meeting,
 * a staffing's attendance and a compliance check of that quarter change only with a reason, each kept as an amendment
 * the report lists; the records of the next quarter change freely. A DV center of its own with its BAS, fiscal
 * quarter 2023-Q2 (1 October to 31 December 2023), submitted once its records are in.
 */
@IntegrationTest
class AmendedRecordsIntegrationTests {

    static final String QUARTER = "2023-Q2";
    static final Map<String, String> ATTENDEE = Map.of("printedName", "Robin Cole", "title", "Case manager",
            "organization", "Suncoast CBC");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String bas;
    static String caseId;
    static String training;
    static String nextTraining;
    static String meeting;
    static String obligation;
    static String event;

    @BeforeAll
    static void fixture(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired PasswordEncoder encoder) {
        Api api = new Api(port);
        bas = Fixtures.dvCenter(jdbc, encoder, "Amendment Test Center", "BAS").user(0);
        training = created(api.post(bas, "/api/v1/trainings", Api.json(training(LocalDate.of(2023, 11, 15)))));
        nextTraining = created(api.post(bas, "/api/v1/trainings", Api.json(training(LocalDate.of(2024, 1, 17)))));
        meeting = created(api.post(bas, "/api/v1/meetings", Api.json(meeting(LocalDate.of(2023, 11, 20)))));
        // a case whose perpetrator the BAS monitors from a consultation of the quarter, with a court order to check
        caseId = Fixtures.openCase(api, "cpi");
        Map<String, Object> consultation = new HashMap<>(Map.of("caseId", caseId, "consultedOn", "2023-11-01",
                "professionalName", "Pat Worker", "professionalRole", "Case manager",
                "organizationId", Fixtures.organization(api, "CBC"), "mode", "PHONE",
                "topics", List.of("SAFETY_ACTIONS"), "note", StopBasReportIntegrationTests.MONITORING,
                "complianceMonitoring", "YES", "guidedSafetyActions", "NO"));
        created(api.post(bas, "/api/v1/consultations", Api.json(consultation)));
        JsonNode running = api.get(bas, "/api/v1/monitoring?status=RUNNING&caseId=" + caseId).json().get("items");
        obligation = created(api.post(bas, "/api/v1/monitoring/" + running.get(0).get("id").asString() + "/obligations",
                Api.json(Map.of("source", "FIREARM_SURRENDER", "issuer", "Circuit Court", "orderNumber", "2023-DR-7",
                        "orderedOn", "2023-11-02", "dueOn", "2023-11-16", "requirement", "Surrender every firearm."))));
        // a staffing of the quarter the BAS said they would attend, its attendance not recorded yet
        event = UUID.randomUUID().toString();
        OffsetDateTime starts = at(LocalDate.of(2023, 12, 4));
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by, requested_at, status,
                                   bas_user_id, decided_at)
                SELECT ?::uuid, ?::uuid, 'CASE_STAFFING', ?, ?, ?::uuid, (SELECT id FROM app_user WHERE username = 'cpi'), ?,
                       'ATTENDING', (SELECT id FROM app_user WHERE username = ?), ?""")
                .params(event, caseId, starts, starts.plusHours(1), Fixtures.meetingPlace(api, "Amendment room"),
                        starts.minusDays(10), bas, starts.minusDays(9))
                .update();
        Api.Response submitted = api.post(bas, "/api/v1/reports/stop-bas/submissions",
                Api.json(Map.of("quarter", QUARTER)));
        assertThat(submitted.status()).withFailMessage(submitted::body).isEqualTo(201);
    }

    @Test
    void eachRecordOfTheSubmittedQuarterChangesOnlyWithAReason() {
        Api api = new Api(port);
        long attendees = count("training_attendee");
        // trainings: an attendee, a sign-in sheet
        refused(api.post(bas, "/api/v1/trainings/" + training + "/attendees", Api.json(ATTENDEE)));
        assertThat(count("training_attendee")).isEqualTo(attendees);
        created(api.post(bas, "/api/v1/trainings/" + training + "/attendees", Api.json(with(ATTENDEE, "LATE_ENTRY"))));
        refused(api.upload(bas, "/api/v1/trainings/" + training + "/documents?purpose=SIGN_IN_SHEET", Map.of(),
                "file", "sheet.pdf", TestFiles.PDF));
        assertThat(api.upload(bas, "/api/v1/trainings/" + training + "/documents?purpose=SIGN_IN_SHEET"
                + "&amendmentReason=SUBMITTED_LATE", Map.of(), "file", "sheet.pdf", TestFiles.PDF).status())
                .isEqualTo(400);
        created(api.upload(bas, "/api/v1/trainings/" + training + "/documents?purpose=SIGN_IN_SHEET"
                + "&amendmentReason=LATE_ENTRY", Map.of(), "file", "sheet.pdf", TestFiles.PDF));
        // a training of the next quarter, not submitted, changes freely
        created(api.post(bas, "/api/v1/trainings/" + nextTraining + "/attendees", Api.json(ATTENDEE)));

        // meetings: one recorded late, an attendee of one already there
        long meetings = count("meeting");
        refused(api.post(bas, "/api/v1/meetings", Api.json(meeting(LocalDate.of(2023, 12, 11)))));
        assertThat(count("meeting")).isEqualTo(meetings);
        Map<String, Object> late = new HashMap<>(meeting(LocalDate.of(2023, 12, 11)));
        late.put("amendmentReason", "LATE_ENTRY");
        created(api.post(bas, "/api/v1/meetings", Api.json(late)));
        refused(api.post(bas, "/api/v1/meetings/" + meeting + "/attendees", Api.json(ATTENDEE)));
        created(api.post(bas, "/api/v1/meetings/" + meeting + "/attendees", Api.json(with(ATTENDEE, "CORRECTION"))));

        // a compliance check of the quarter
        Map<String, Object> check = new HashMap<>(Map.of("checkedOn", "2023-12-05", "source", "LAW_ENFORCEMENT",
                "finding", "COMPLIANT", "note", "Docket shows no violation."));
        long checks = count("compliance_check");
        refused(api.post(bas, "/api/v1/obligations/" + obligation + "/checks", Api.json(check)));
        assertThat(count("compliance_check")).isEqualTo(checks);
        check.put("amendmentReason", "LATE_ENTRY");
        created(api.post(bas, "/api/v1/obligations/" + obligation + "/checks", Api.json(check)));

        // the staffing's attendance, recorded after submission: the calendar asks why, and refuses without
        PageSession calendar = PageSession.signIn(port, bas);
        assertThat(calendar.get("/calendar").body()).contains("id=\"attendance-" + event + "-amendmentReason\"",
                "The STOP BAS report of " + QUARTER + " has been submitted");
        HttpResponse<String> noReason = calendar.submit("/calendar", "/calendar/events/" + event + "/attendance",
                Map.of("attended", "true", "accountabilityNotes", "He came."));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("choose why you are recording this change now");
        refused(api.post(bas, "/api/v1/events/" + event + "/attendance",
                "{\"attended\":true,\"accountabilityNotes\":\"He came and accepted the plan.\"}"));
        assertThat(jdbc.sql("SELECT status FROM event WHERE id = ?::uuid").param(event).query(String.class).single())
                .isEqualTo("ATTENDING");
        Api.Response attended = api.post(bas, "/api/v1/events/" + event + "/attendance",
                "{\"attended\":true,\"accountabilityNotes\":\"He came.\",\"amendmentReason\":\"LATE_ENTRY\"}");
        assertThat(attended.status()).withFailMessage(attended::body).isEqualTo(200);

        // the report lists each amendment by its record and reason
        JsonNode amendments = api.get(bas, "/api/v1/reports/stop-bas?quarter=" + QUARTER).json().get("submission")
                .get("amendments");
        List<String> listed = new ArrayList<>();
        amendments.forEach(a -> listed.add(a.get("recordType").asString() + " " + a.get("change").asString() + " "
                + a.get("reason").asString() + " " + a.get("recordOn").asString()));
        assertThat(listed).containsExactlyInAnyOrder(
                "TRAINING UPDATE LATE_ENTRY 2023-11-15",
                "TRAINING UPDATE LATE_ENTRY 2023-11-15",
                "MEETING CREATE LATE_ENTRY 2023-12-11",
                "MEETING UPDATE CORRECTION 2023-11-20",
                "COMPLIANCE_CHECK CREATE LATE_ENTRY 2023-12-05",
                "EVENT UPDATE LATE_ENTRY 2023-12-04");
        assertThat(api.get("contractmanager", "/api/v1/reports/stop-bas?quarter=" + QUARTER + "&providerId="
                + jdbc.sql("SELECT organization_id::text FROM app_user WHERE username = ?").param(bas)
                .query(String.class).single()).json().get("submission").get("amendments")).hasSize(6);

        // the pages: the training asks why up front, shows the amendments, and a removal without a reason is refused
        PageSession page = PageSession.signIn(port, bas);
        String detail = page.get("/trainings/" + training).body();
        assertThat(detail).contains("The STOP BAS report of " + QUARTER + " has been submitted",
                "Amended after submission", "Entered late", "name=\"amendmentReason\"");
        assertThat(page.get("/trainings/" + nextTraining).body()).doesNotContain("name=\"amendmentReason\"",
                "Amended after submission");
        String attendee = jdbc.sql("SELECT id::text FROM training_attendee WHERE training_id = ?::uuid LIMIT 1")
                .param(training).query(String.class).single();
        HttpResponse<String> removal = page.submit("/trainings/" + training,
                "/trainings/" + training + "/attendees/" + attendee + "/removal", Map.of());
        assertThat(removal.statusCode()).isEqualTo(200);
        assertThat(removal.body()).contains("choose why you are recording this change now");
        assertThat(count("training_attendee WHERE id = '" + attendee + "'")).isEqualTo(1);
        HttpResponse<String> removed = page.submit("/trainings/" + training,
                "/trainings/" + training + "/attendees/" + attendee + "/removal",
                Map.of("amendmentReason", "RECORDED_IN_ERROR"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(count("training_attendee WHERE id = '" + attendee + "'")).isZero();
        // the meeting page, and a check's form that names the reason once refused for want of it
        assertThat(page.get("/meetings/" + meeting).body()).contains("Amended after submission", "Correction of an entry error");
        HttpResponse<String> checkPage = page.submit("/obligations/" + obligation + "/checks/new",
                "/obligations/" + obligation + "/checks", Map.of("checkedOn", "2023-12-06", "source", "LAW_ENFORCEMENT",
                        "finding", "COMPLIANT", "note", "Checked again."));
        assertThat(checkPage.statusCode()).isEqualTo(200);
        assertThat(checkPage.body()).contains("choose why you are recording this change now", "Entered late");
    }

    private static Map<String, Object> training(LocalDate day) {
        Map<String, Object> t = new HashMap<>(Map.of("title", "Engaging fathers " + day, "topics",
                List.of("PERPETRATOR_ENGAGEMENT"), "description", "Interviewing a perpetrator about his pattern.",
                "objectives", "Plan an interview.", "startsAt", at(day).toString(), "lengthMinutes", 90,
                "delivery", "IN_PERSON", "audience", "CPIs and case managers"));
        t.put("instructors", List.of(Map.of("name", "Bailey Specialist", "title", "BAS", "bipCoFacilitator", false)));
        return t;
    }

    private static Map<String, Object> meeting(LocalDate day) {
        return Map.of("type", "BAS_ADVOCATE_WEEKLY", "title", "Weekly " + day, "startsAt", at(day).toString(),
                "lengthMinutes", 60, "delivery", "IN_PERSON", "agenda", "Referrals; barriers; next steps.");
    }

    private static Map<String, String> with(Map<String, String> body, String reason) {
        Map<String, String> m = new HashMap<>(body);
        m.put("amendmentReason", reason);
        return m;
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(AgencyTime.ZONE).toOffsetDateTime();
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static void refused(Api.Response r) {
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"amendmentReason\"");
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
