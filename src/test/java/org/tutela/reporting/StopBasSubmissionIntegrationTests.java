package org.tutela.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FiscalQuarter;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * The BAS submits a quarter's STOP BAS report, which freezes it: a consultation of that quarter logged or changed
 * later needs a reason and is listed as amended after submission, and the report shows the submitted and the current
 * figures; the contract manager returns it (the quarter opens again) or accepts it. A DV center and BAS of its own, in
 * fiscal quarter 2023-Q3 (1 January to 31 March 2024), so that the figures are exact:
 * <pre>
 * A  2024-02-01 CBC YES+sentence, YES+sentence
 * B  2024-02-10 DCF N/A, NO
 * submitted: E.1.1 1 of 1 (100.0%), E.1.2 1 of 2 (50.0%), 2 consultations
 * then, with a reason: B 2024-03-01 DCF N/A, YES+sentence  -> E.1.2 2 of 2 (100.0%), 3 consultations
 * </pre>
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StopBasSubmissionIntegrationTests {

    static final String QUARTER = "2023-Q3";
    static final String MONITORING = StopBasReportIntegrationTests.MONITORING;
    static final String GUIDED = StopBasReportIntegrationTests.GUIDED;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    static String provider;
    static String bas;
    static String dcf;
    static String cbc;
    static Map<String, String> cases = new HashMap<>();
    static String submission;

    @BeforeAll
    static void fixture(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired PasswordEncoder encoder) {
        Api api = new Api(port);
        Fixtures.Center center = Fixtures.dvCenter(jdbc, encoder, "Submission Test Center", "BAS");
        provider = center.id();
        bas = center.user(0);
        cases.put("A", Fixtures.openCase(api, "cpi"));
        cases.put("B", Fixtures.openCase(api, "cpi"));
        dcf = Fixtures.organization(api, "DCF");
        cbc = Fixtures.organization(api, "CBC");
        assertThat(consult(api, "A", "2024-02-01", cbc, "YES", "YES", MONITORING + " " + GUIDED, null).status())
                .isEqualTo(201);
        assertThat(consult(api, "B", "2024-02-10", dcf, "NOT_APPLICABLE", "NO", "Talked it through.", null).status())
                .isEqualTo(201);
    }

    @Test
    @Order(1)
    void onlyTheBasSubmitsAQuarterThatHasEnded() {
        Api api = new Api(port);
        FiscalQuarter current = FiscalQuarter.containing(AgencyTime.today(), 7);
        Api.Response running = api.post(bas, "/api/v1/reports/stop-bas/submissions",
                Api.json(Map.of("quarter", current.name())));
        assertThat(running.status()).isEqualTo(400);
        assertThat(running.body()).contains("quarter", "once it has ended");
        for (String bad : List.of("2023-Q9", "0000-Q1", "99999-Q1", "2200-Q1")) {
            assertThat(api.post(bas, "/api/v1/reports/stop-bas/submissions", Api.json(Map.of("quarter", bad)))
                    .status()).as(bad).isEqualTo(400);
        }
        assertThat(api.post(bas, "/api/v1/reports/stop-bas/submissions", "{}").status()).isEqualTo(400);
        // the center's first record is of February 2024: it reports from 2023-Q3 on, not the quarters before it
        Api.Response before = api.post(bas, "/api/v1/reports/stop-bas/submissions",
                Api.json(Map.of("quarter", "2023-Q2")));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("before the center's first record");
        assertThat(api.get(bas, "/api/v1/reports/stop-bas?quarter=1900-Q1").json().get("submission")
                .get("submittable").asBoolean()).isFalse();
        for (String other : List.of("contractmanager", "leader", "advocate", "cpi")) {
            assertThat(api.post(other, "/api/v1/reports/stop-bas/submissions", Api.json(Map.of("quarter", QUARTER)))
                    .status()).as(other).isEqualTo(403);
        }
        assertThat(count("stop_bas_submission")).isZero();
    }

    @Test
    @Order(2)
    void submittingKeepsTheFiguresAndFreezesTheQuarter() {
        Api api = new Api(port);
        Api.Response r = api.post(bas, "/api/v1/reports/stop-bas/submissions", Api.json(Map.of("quarter", QUARTER)));
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(201);
        submission = r.json().get("id").asString();
        assertThat(r.header("Location")).isEqualTo("/api/v1/reports/stop-bas/submissions/" + submission);
        JsonNode figures = r.json().get("figures");
        assertThat(r.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(r.json().get("from").asString()).isEqualTo("2024-01-01");
        assertThat(r.json().get("to").asString()).isEqualTo("2024-03-31");
        // E.1.1: A only (B is DCF): 1 of 1; E.1.2: A yes, B guided nothing: 1 of 2
        assertThat(figures.get("e11").get("numerator").asLong()).isEqualTo(1);
        assertThat(figures.get("e11").get("denominator").asLong()).isEqualTo(1);
        assertThat(figures.get("e11").get("percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(figures.get("e12").get("numerator").asLong()).isEqualTo(1);
        assertThat(figures.get("e12").get("denominator").asLong()).isEqualTo(2);
        assertThat(figures.get("e12").get("percent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(figure(figures, "consultations", null)).isEqualTo(2);
        assertThat(figure(figures, "agencyType", "DCF")).isEqualTo(1);
        assertThat(audited("SUBMIT", submission)).isEqualTo(1);

        Api.Response again = api.post(bas, "/api/v1/reports/stop-bas/submissions", Api.json(Map.of("quarter", QUARTER)));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("already been submitted");
    }

    @Test
    @Order(3)
    void aChangeToTheSubmittedQuarterNeedsAReasonAndIsListed() {
        Api api = new Api(port);
        long before = consultations();
        Api.Response refused = consult(api, "B", "2024-03-01", dcf, "NOT_APPLICABLE", "YES", GUIDED, null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("amendmentReason");
        assertThat(consultations()).isEqualTo(before);
        assertThat(consult(api, "B", "2024-03-01", dcf, "NOT_APPLICABLE", "YES", GUIDED, "SUBMITTED_LATE").status())
                .isEqualTo(400);

        Api.Response late = consult(api, "B", "2024-03-01", dcf, "NOT_APPLICABLE", "YES", GUIDED, "LATE_ENTRY");
        assertThat(late.status()).withFailMessage(late::body).isEqualTo(201);
        String lateId = late.json().get("id").asString();
        JsonNode amendments = api.get(bas, "/api/v1/consultations/" + lateId).json().get("amendments");
        assertThat(amendments).hasSize(1);
        assertThat(amendments.get(0).get("quarter").asString()).isEqualTo(QUARTER);
        assertThat(amendments.get(0).get("change").asString()).isEqualTo("CREATE");
        assertThat(amendments.get(0).get("reason").asString()).isEqualTo("LATE_ENTRY");

        // a consultation of the next quarter changes freely; moved into the submitted one, it needs a reason
        Api.Response next = consult(api, "A", "2024-04-15", cbc, "NO", "NO", "Later call.", null);
        assertThat(next.status()).isEqualTo(201);
        String nextId = next.json().get("id").asString();
        assertThat(api.patch(bas, "/api/v1/consultations/" + nextId, "{\"note\":\"Later call, rescheduled.\"}")
                .status()).isEqualTo(200);
        assertThat(api.patch(bas, "/api/v1/consultations/" + nextId, "{\"consultedOn\":\"2024-03-30\"}").status())
                .isEqualTo(400);
        assertThat(api.get(bas, "/api/v1/consultations/" + nextId).json().get("consultedOn").asString())
                .isEqualTo("2024-04-15");
        assertThat(api.get(bas, "/api/v1/consultations/" + nextId).json().has("amendments")).isFalse();
        // and moved out of it again, too: its old day is in the submitted quarter
        String aId = jdbc.sql("SELECT id::text FROM consultation WHERE case_id = ?::uuid AND consulted_on = '2024-02-01'")
                .param(cases.get("A")).query(String.class).single();
        assertThat(api.patch(bas, "/api/v1/consultations/" + aId, "{\"consultedOn\":\"2024-04-02\"}").status())
                .isEqualTo(400);
        assertThat(api.patch(bas, "/api/v1/consultations/" + aId,
                "{\"note\":\"" + MONITORING + " " + GUIDED + " Typo fixed.\",\"amendmentReason\":\"CORRECTION\"}")
                .status()).isEqualTo(200);

        // the page: the edit form of a consultation of the submitted quarter asks why at once, and refuses without
        PageSession page = PageSession.signIn(port, bas);
        HttpResponse<String> form = page.get("/consultations/" + aId + "/edit");
        assertThat(form.body()).contains("id=\"amendmentReason\"", "The STOP BAS report of " + QUARTER
                + " has been submitted");
        assertThat(page.get("/consultations/" + nextId + "/edit").body()).doesNotContain("id=\"amendmentReason\"");
        Map<String, String> fields = new HashMap<>(Map.of("consultedOn", "2024-02-01",
                "professionalName", "Pat Worker", "professionalRole", "Case manager", "organizationId", cbc,
                "mode", "PHONE", "topics", "SAFETY_ACTIONS", "note", MONITORING + " " + GUIDED + " Second fix.",
                "complianceMonitoring", "YES", "guidedSafetyActions", "YES"));
        HttpResponse<String> refusedPage = page.submit("/consultations/" + aId + "/edit", "/consultations/" + aId, fields);
        assertThat(refusedPage.statusCode()).isEqualTo(200);
        assertThat(refusedPage.body()).contains("choose why you are recording this change now");
        fields.put("amendmentReason", "NOTE_COMPLETED");
        HttpResponse<String> saved = page.submit("/consultations/" + aId + "/edit", "/consultations/" + aId, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page.get("/consultations/" + aId).body()).contains("Amended after submission", "Note completed",
                "Correction of an entry error");
    }

    @Test
    @Order(4)
    void theReportShowsTheSubmittedAndTheCurrentFigures() {
        Api api = new Api(port);
        JsonNode report = api.get(bas, "/api/v1/reports/stop-bas?quarter=" + QUARTER).json();
        JsonNode state = report.get("submission");
        assertThat(state.get("live").get("id").asString()).isEqualTo(submission);
        assertThat(state.get("live").get("figures").get("e12").get("numerator").asLong()).isEqualTo(1);
        // now: B's late consultation guided: E.1.2 2 of 2, 100.0%; three consultations
        assertThat(state.get("currentE12").get("numerator").asLong()).isEqualTo(2);
        assertThat(state.get("currentE12").get("denominator").asLong()).isEqualTo(2);
        assertThat(report.get("e12").get("numerator").asLong()).isEqualTo(2);
        JsonNode consultations = compared(state, "consultations", null);
        assertThat(consultations.get("submitted").asLong()).isEqualTo(2);
        assertThat(consultations.get("current").asLong()).isEqualTo(3);
        assertThat(consultations.get("changed").asBoolean()).isTrue();
        assertThat(compared(state, "agencyType", "CBC").get("changed").asBoolean()).isFalse();
        assertThat(state.get("amendments")).hasSize(3);
        assertThat(state.get("amendments").get(0).get("reason").asString()).isEqualTo("LATE_ENTRY");
        assertThat(state.get("amendments").get(0).get("caseId").asString()).isEqualTo(cases.get("B"));
        assertThat(state.get("amendments").get(1).get("reason").asString()).isEqualTo("CORRECTION");
        assertThat(state.get("amendments").get(2).get("reason").asString()).isEqualTo("NOTE_COMPLETED");
        assertThat(state.get("amended").asBoolean()).isTrue();
        assertThat(state.get("submittable").asBoolean()).isFalse();

        // the contract manager: by case number, no case id; may review
        JsonNode managers = api.get("contractmanager", "/api/v1/reports/stop-bas?quarter=" + QUARTER + "&providerId="
                + provider).json().get("submission");
        assertThat(managers.get("reviewable").asBoolean()).isTrue();
        assertThat(managers.get("amendments").get(0).has("caseId")).isFalse();
        assertThat(managers.get("amendments").get(0).get("caseNumber").asString()).isNotBlank();
        // a date range has no submission
        assertThat(api.get(bas, "/api/v1/reports/stop-bas?from=2024-01-01&to=2024-02-29").json().has("submission"))
                .isFalse();

        // the workbook keeps a sheet of the submission
        String workbook = StopBasReportIntegrationTests.workbookText(api.bytes("contractmanager",
                "/api/v1/reports/stop-bas.xlsx?quarter=" + QUARTER + "&providerId=" + provider, "*/*"));
        assertThat(workbook).contains("Submitted, awaiting review", "Submission Test Center BAS", "Entered late",
                "Note completed", "1 of 2 cases (50.0%)", "2 of 2 cases (100.0%)");

        // and the PDF the submission with the figures changed since
        String pdf = org.tutela.support.Pdfs.text(api.bytes("contractmanager", "/api/v1/reports/stop-bas.pdf?quarter="
                + QUARTER + "&providerId=" + provider, "*/*"));
        assertThat(pdf).contains("Submission to the contract manager: Submitted, awaiting review",
                "1 of 2 cases (50.0%)", "2 of 2 cases (100.0%)", "Changes after submission: 3");

        PageSession page = PageSession.signIn(port, bas);
        HttpResponse<String> html = page.get("/reports/stop-bas?quarter=" + QUARTER);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Submitted, awaiting review", "Amended after submission", "Entered late",
                "Correction of an entry error", "submission-figures");
    }

    @Test
    @Order(5)
    void theContractManagerReturnsItAndTheQuarterOpensAgain() {
        Api api = new Api(port);
        String review = "/api/v1/reports/stop-bas/submissions/" + submission + "/review";
        assertThat(api.post(bas, review, "{\"decision\":\"ACCEPTED\"}").status()).isEqualTo(403);
        assertThat(api.post("leader", review, "{\"decision\":\"ACCEPTED\"}").status()).isEqualTo(403);
        Api.Response bare = api.post("contractmanager", review, "{\"decision\":\"RETURNED\"}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.body()).contains("comment");
        assertThat(api.post("contractmanager", review, "{\"decision\":\"MAYBE\"}").status()).isEqualTo(400);
        Api.Response returned = api.post("contractmanager", review,
                "{\"decision\":\"RETURNED\",\"comment\":\"Please add the March staffing.\"}");
        assertThat(returned.status()).withFailMessage(returned::body).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("reviewComment").asString()).isEqualTo("Please add the March staffing.");
        assertThat(audited("RETURN", submission)).isEqualTo(1);
        // no longer frozen: a change needs no reason
        assertThat(consult(api, "A", "2024-03-15", cbc, "NO", "NO", "Check-in.", null).status()).isEqualTo(201);
        assertThat(api.post("contractmanager", review, "{\"decision\":\"ACCEPTED\"}").status()).isEqualTo(400);
    }

    @Test
    @Order(7)
    void aCenterWithoutRecordsOwesNoReportYet() {
        String newcomer = Fixtures.dvCenter(jdbc, encoder, "Newcomer Center", "BAS").user(0);
        assertThat(PageSession.signIn(port, newcomer).get("/").body()).contains("Deadlines ahead")
                .doesNotContain("STOP BAS report due");
        assertThat(new Api(port).post(newcomer, "/api/v1/reports/stop-bas/submissions", Api.json(Map.of("quarter",
                FiscalQuarter.containing(AgencyTime.today(), 7).previous().name()))).status()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void resubmittedAndAccepted() {
        Api api = new Api(port);
        Api.Response again = api.post(bas, "/api/v1/reports/stop-bas/submissions", Api.json(Map.of("quarter", QUARTER)));
        assertThat(again.status()).withFailMessage(again::body).isEqualTo(201);
        String second = again.json().get("id").asString();
        // four consultations now: A (Feb 1, Mar 15), B (Feb 10, Mar 1)
        assertThat(figure(again.json().get("figures"), "consultations", null)).isEqualTo(4);
        Api.Response accepted = api.post("contractmanager", "/api/v1/reports/stop-bas/submissions/" + second
                + "/review", "{\"decision\":\"ACCEPTED\"}");
        assertThat(accepted.status()).withFailMessage(accepted::body).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(audited("ACCEPT", second)).isEqualTo(1);
        JsonNode list = api.get("leader", "/api/v1/reports/stop-bas/submissions?providerId=" + provider).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(list.get(1).get("status").asString()).isEqualTo("RETURNED");
        JsonNode state = api.get(bas, "/api/v1/reports/stop-bas?quarter=" + QUARTER).json().get("submission");
        assertThat(state.get("history")).hasSize(1);
        assertThat(state.get("amendments")).isEmpty();
        // accepted freezes it too
        assertThat(consult(api, "A", "2024-03-20", cbc, "NO", "NO", "Check-in.", null).status()).isEqualTo(400);
        // outside the reader's scope: another provider's BAS and an advocate
        assertThat(api.get("bas", "/api/v1/reports/stop-bas/submissions/" + second).status()).isEqualTo(404);
        assertThat(api.get("bas", "/api/v1/reports/stop-bas/submissions?providerId=" + provider).status())
                .isEqualTo(404);
        assertThat(api.get("advocate", "/api/v1/reports/stop-bas/submissions/" + second).status()).isEqualTo(403);
    }

    private static Api.Response consult(Api api, String c, String on, String organization, String monitoring,
                                        String guided, String note, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", cases.get(c));
        body.put("consultedOn", on);
        body.put("professionalName", "Pat Worker");
        body.put("professionalRole", "Case manager");
        body.put("organizationId", organization);
        body.put("mode", "PHONE");
        body.put("topics", List.of("SAFETY_ACTIONS"));
        body.put("note", note);
        body.put("complianceMonitoring", monitoring);
        body.put("guidedSafetyActions", guided);
        if (reason != null) {
            body.put("amendmentReason", reason);
        }
        return api.post(bas, "/api/v1/consultations", Api.json(body));
    }

    private static long figure(JsonNode figures, String section, String key) {
        for (JsonNode f : figures.get("counts")) {
            if (f.get("section").asString().equals(section)
                    && (key == null ? f.get("key") == null || f.get("key").isNull() : key.equals(f.get("key").asString()))) {
                return f.get("value").asLong();
            }
        }
        throw new AssertionError("no figure " + section + "/" + key);
    }

    private static JsonNode compared(JsonNode state, String section, String key) {
        for (JsonNode f : state.get("compared")) {
            if (f.get("section").asString().equals(section)
                    && (key == null ? f.get("key") == null || f.get("key").isNull() : key.equals(f.get("key").asString()))) {
                return f;
            }
        }
        throw new AssertionError("no compared figure " + section + "/" + key);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE provider_id = ?::uuid").param(provider)
                .query(Long.class).single();
    }

    private long consultations() {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE case_id IN (?::uuid, ?::uuid)")
                .params(cases.get("A"), cases.get("B")).query(Long.class).single();
    }

    private long audited(String action, String id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND entity_type = 'STOP_BAS_SUBMISSION'"
                + " AND entity_id = ?").params(action, id).query(Long.class).single();
    }
}
