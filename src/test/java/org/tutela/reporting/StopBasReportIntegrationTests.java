package org.tutela.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.consultation.ConsultationRules;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FiscalQuarter;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import org.tutela.support.Pdfs;
import tools.jackson.databind.JsonNode;

/**
 * The STOP BAS report against hand-computed figures. The fixture has a DV center and a BAS of its own, and counts
 * fiscal quarter 2024-Q2 (1 October to 31 December 2024), which no other test uses, so the figures are exact.
 */
@IntegrationTest
class StopBasReportIntegrationTests {

    static final String MONITORING = "BAS initiated batterer compliance monitoring.";
    static final String GUIDED = "Guided child welfare professional in creating safety actions and case plans that "
            + "increase batterer accountability.";
    static final String CANARY = "Zqcanary";
    static final String QUARTER = "2024-Q2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String provider;
    static String bas;
    static Map<String, String> cases = new HashMap<>();
    static Map<String, String> numbers = new HashMap<>();

    /**
     * The cases, each consultation by this provider's BAS (date, agency, E.1.1 answer, E.1.2 answer):
     * <pre>
     * A  2024-10-15 CBC YES+sentence, YES+sentence (its perpetrator's name and its note hold the canary)
     * B  2024-11-01 DCF N/A, YES+sentence                      (DCF only)
     * C  2024-11-02 DCF N/A, NO                                (DCF only)
     * D  2024-10-20 CBC NO, NO;  2024-10-21 DCF N/A, YES+sentence   (CBC and DCF)
     * E  2024-12-05 CMO YES+sentence, YES+sentence; then both sentences edited away by SQL
     * F  2024-10-03 CMO NO, NO;  2024-11-10 CMO NO, NO;  2024-12-20 CBC YES+sentence, NO   (several)
     * G  2024-09-30 CBC YES, YES;  2025-01-01 CBC YES, YES     (both outside the quarter)
     * H  2024-12-31 CBC NO, NO;  2025-01-02 CBC YES, YES      (the last day in, the next one out)
     * </pre>
     */
    @BeforeAll
    static void fixture(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired PasswordEncoder encoder) {
        Api api = new Api(port);
        // a DV center of the demo region (the contract manager's), named to sort after the demo's own
        Fixtures.Center center = Fixtures.dvCenter(jdbc, encoder, "Report Test Center", "BAS");
        provider = center.id();
        bas = center.user(0);
        for (String c : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            String id = Fixtures.openCase(api, "cpi");
            cases.put(c, id);
            numbers.put(c, api.get("cpi", "/api/v1/cases/" + id).json().get("caseNumber").asString());
        }
        Api.Response perpetrator = api.post("cpi", "/api/v1/cases/" + cases.get("A") + "/people", Api.json(Map.of(
                "role", "PERPETRATOR", "firstName", "Victor", "lastName", CANARY + "name")));
        assertThat(perpetrator.status()).withFailMessage(perpetrator::body).isEqualTo(201);
        String dcf = Fixtures.organization(api, "DCF");
        String cbc = Fixtures.organization(api, "CBC");
        String cmo = Fixtures.organization(api, "CMO");
        List<String> usual = List.of("RISK_FACTORS", "SAFETY_ACTIONS");
        consult(api, "A", "2024-10-15", cbc, "YES", "YES", usual, CANARY + "note. " + MONITORING + " " + GUIDED);
        consult(api, "B", "2024-11-01", dcf, "NOT_APPLICABLE", "YES", usual, GUIDED);
        consult(api, "C", "2024-11-02", dcf, "NOT_APPLICABLE", "NO", usual, "Talked it through.");
        consult(api, "D", "2024-10-20", cbc, "NO", "NO", usual, "Not yet.");
        consult(api, "D", "2024-10-21", dcf, "NOT_APPLICABLE", "YES", usual, GUIDED);
        String edited = consult(api, "E", "2024-12-05", cmo, "YES", "YES", usual, MONITORING + " " + GUIDED);
        List<String> power = List.of("POWER_AND_CONTROL");
        consult(api, "F", "2024-10-03", cmo, "NO", "NO", power, "First call.");
        consult(api, "F", "2024-11-10", cmo, "NO", "NO", power, "Second call.");
        consult(api, "F", "2024-12-20", cbc, "YES", "NO", power, MONITORING);
        consult(api, "G", "2024-09-30", cbc, "YES", "YES", usual, MONITORING + " " + GUIDED);
        consult(api, "G", "2025-01-01", cbc, "YES", "YES", usual, MONITORING + " " + GUIDED);
        consult(api, "H", "2024-12-31", cbc, "NO", "NO", usual, "Later.");
        consult(api, "H", "2025-01-02", cbc, "YES", "YES", usual, MONITORING + " " + GUIDED);
        // the rules refuse a YES without its sentence, but data can change under them: E's note loses both
        assertThat(jdbc.sql("UPDATE consultation SET note = 'Edited later; the sentences are gone.' WHERE id = ?::uuid")
                .param(edited).update()).isEqualTo(1);

        // C.1.5: a firearm surrender on A, checked and escalated in the quarter, never resolved; one on F surrendered
        String onA = monitoring(api, "A");
        String firearmA = obligation(api, onA, "2024-10-16", "2024-10-30");
        assertThat(api.post(bas, "/api/v1/obligations/" + firearmA + "/checks", Api.json(Map.of("checkedOn", "2024-11-05",
                "source", "LAW_ENFORCEMENT", "finding", "NON_COMPLIANT", "note", "No receipt."))).status()).isEqualTo(201);
        assertThat(api.post(bas, "/api/v1/obligations/" + firearmA + "/checks", Api.json(Map.of("checkedOn", "2025-01-05",
                "source", "LAW_ENFORCEMENT", "finding", "NON_COMPLIANT", "note", "Still none."))).status()).isEqualTo(201);
        assertThat(api.post(bas, "/api/v1/obligations/" + firearmA + "/escalations", Api.json(Map.of("escalatedOn",
                "2024-11-06", "channel", "High-risk staffing", "escalatedTo", "Operations", "concern", "Firearms kept.")))
                .status()).isBetween(200, 201);
        String firearmF = obligation(api, monitoring(api, "F"), "2024-12-21", "2025-01-10");
        Api.Response outcome = api.post(bas, "/api/v1/obligations/" + firearmF + "/firearm-outcome", Api.json(Map.of(
                "outcome", "SURRENDERED", "confirmedOn", "2024-12-28", "evidence", "Receipt 1",
                "professionalDocumented", true)));
        assertThat(outcome.status()).withFailMessage(outcome::body).isBetween(200, 201);

        // C.1.3: a transfer staffing attended in the quarter, a hearing attended after it, a staffing not attended
        String place = Fixtures.meetingPlace(api, "Report Test Office");
        event(jdbc, "D", "CASE_TRANSFER_STAFFING", LocalDate.of(2024, 11, 12), "ATTENDED", place);
        event(jdbc, "A", "DEPENDENCY_HEARING", LocalDate.of(2025, 1, 3), "ATTENDED", place);
        event(jdbc, "F", "CASE_STAFFING", LocalDate.of(2024, 12, 2), "NOT_ATTENDED", place);

        // C.1.2: T1 (20 Nov, in person) approved, two attendees, its signed sheet: counts (its materials reached the
        // contract manager after the due date and it was approved after it was held: two exceptions); T2 (10 Dec,
        // online) never submitted, one attendee, no roll: does not count; T3 (15 Jan) is after the quarter
        String t1 = training(api, "Report T1", "2024-11-20T10:00:00-05:00", "IN_PERSON");
        assertThat(api.upload(bas, "/api/v1/trainings/" + t1 + "/documents?purpose=TRAINING_MATERIALS", Map.of(),
                "file", "plan.pdf", org.tutela.support.TestFiles.PDF).status()).isEqualTo(201);
        assertThat(api.post(bas, "/api/v1/trainings/" + t1 + "/submission", "").status()).isEqualTo(200);
        assertThat(api.post("contractmanager", "/api/v1/trainings/" + t1 + "/review", "{\"decision\":\"APPROVED\"}")
                .status()).isEqualTo(200);
        attendee(api, t1, "Pat One");
        attendee(api, t1, "Sam Two");
        assertThat(api.upload(bas, "/api/v1/trainings/" + t1 + "/documents?purpose=SIGN_IN_SHEET", Map.of(), "file",
                "sheet.png", org.tutela.support.TestFiles.PNG).status()).isEqualTo(201);
        String t2 = training(api, "Report T2", "2024-12-10T14:00:00-05:00", "ONLINE");
        attendee(api, t2, "Lee Three");
        training(api, "Report T3", "2025-01-15T10:00:00-05:00", "IN_PERSON");

        // C.1.6: the weekly meeting on 1 and 8 October only: the quarter's weeks are those whose Monday is in it, 7
        // October to 30 December (13 weeks), so 1 October (week of 30 September) is the previous quarter's and 8
        // October holds 1 of 13; the leadership meeting on 5 November, a CCR meeting on 22 October; no STOP BAS or
        // FLDVC call
        meeting(api, "BAS_ADVOCATE_WEEKLY", "2024-10-01T10:00:00-04:00");
        meeting(api, "BAS_ADVOCATE_WEEKLY", "2024-10-08T10:00:00-04:00");
        meeting(api, "LEADERSHIP", "2024-11-05T10:00:00-05:00");
        meeting(api, "CCR", "2024-10-22T10:00:00-04:00");
        meeting(api, "LEADERSHIP", "2025-01-07T10:00:00-05:00");
    }

    private static String training(Api api, String title, String startsAt, String delivery) {
        Api.Response r = api.post(bas, "/api/v1/trainings", Api.json(Map.of("title", title, "topics",
                List.of("BATTERER_DYNAMICS"), "description", "d", "objectives", "o", "startsAt", startsAt,
                "lengthMinutes", 60, "delivery", delivery, "audience", "CPIs", "instructors", List.of(Map.of("name",
                        "Report BAS", "title", "BAS", "bipCoFacilitator", false)))));
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static void attendee(Api api, String training, String name) {
        assertThat(api.post(bas, "/api/v1/trainings/" + training + "/attendees", Api.json(Map.of("printedName", name,
                "title", "CPI", "organization", "DCF"))).status()).isEqualTo(201);
    }

    private static void meeting(Api api, String type, String startsAt) {
        assertThat(api.post(bas, "/api/v1/meetings", Api.json(Map.of("type", type, "title", type, "startsAt",
                startsAt, "lengthMinutes", 60, "delivery", "IN_PERSON", "agenda", "a"))).status()).isEqualTo(201);
    }

    /**
     * The report reads whether a note holds the sentences from columns the database computes from the note (V27):
     * they look for exactly ConsultationRules' sentences, no more and no fewer.
     */
    @Test
    void theNoteSentenceColumnsLookForTheRulesSentences() {
        String monitoring = generated("note_has_monitoring_sentence");
        assertThat(monitoring).contains("'" + ConsultationRules.MONITORING_SENTENCE + "'");
        assertThat(monitoring.split("strpos\\(", -1)).hasSize(2);
        String guidance = generated("note_has_guidance_sentence");
        ConsultationRules.GUIDANCE_SENTENCES.forEach(sentence -> assertThat(guidance).contains("'" + sentence + "'"));
        assertThat(guidance.split("strpos\\(", -1)).hasSize(ConsultationRules.GUIDANCE_SENTENCES.size() + 1);
    }

    private String generated(String column) {
        return jdbc.sql("""
                SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
                WHERE d.adrelid = 'consultation'::regclass AND a.attname = ? AND a.attgenerated = 's'""")
                .param(column).query(String.class).single();
    }

    @Test
    void trainingsAndMeetingsMatchTheHandComputedFigures() {
        JsonNode r = report(bas, "quarter=" + QUARTER);
        JsonNode t = r.get("trainings");
        assertThat(t.get("items").size()).as("T1 and T2; T3 is in January").isEqualTo(2);
        assertThat(t.get("held").asLong()).isEqualTo(2);
        assertThat(t.get("counted").asLong()).isEqualTo(1);
        JsonNode first = t.get("items").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Report T1");
        assertThat(first.get("counted").asBoolean()).isTrue();
        assertThat(first.get("exceptions").toString()).contains("MATERIALS_LATE", "HELD_WITHOUT_APPROVAL");
        JsonNode second = t.get("items").get(1);
        assertThat(second.get("counted").asBoolean()).isFalse();
        assertThat(second.get("notCounted").toString())
                .isEqualTo("[\"NOT_APPROVED\",\"TOO_FEW_ATTENDEES\",\"NO_ONLINE_ROLL\"]");

        Map<String, JsonNode> byType = new HashMap<>();
        r.get("meetings").get("requirements").forEach(x -> byType.put(x.get("type").asString(), x));
        assertThat(byType.get("BAS_ADVOCATE_WEEKLY").get("slots").asLong()).isEqualTo(13);
        assertThat(byType.get("BAS_ADVOCATE_WEEKLY").get("held").asLong()).isEqualTo(1);
        assertThat(byType.get("BAS_ADVOCATE_WEEKLY").get("missing").asLong()).isEqualTo(12);
        assertThat(byType.get("LEADERSHIP").get("held").asLong()).isEqualTo(1);
        assertThat(byType.get("LEADERSHIP").get("missing").asLong()).isZero();
        assertThat(byType.get("STOP_BAS_CALL").get("missing").asLong()).isEqualTo(1);
        assertThat(byType.get("FLDVC_INITIATIVE_CALL").get("missing").asLong()).isEqualTo(1);
        assertThat(byType.get("CCR").get("meetings").asLong()).isEqualTo(1);
        assertThat(byType.get("CCR").get("missing").asLong()).isZero();
        assertThat(r.get("meetings").get("items").size()).as("held in the quarter (1 October too); the January one is out")
                .isEqualTo(4);
        // the contract manager reads the same figures
        assertThat(report("contractmanager", "quarter=" + QUARTER + "&providerId=" + provider).get("trainings")
                .get("counted").asLong()).isEqualTo(1);
    }

    @Test
    void theMeasuresMatchTheHandComputedFigures() {
        JsonNode r = report(bas, "quarter=" + QUARTER + "&cases=true");
        assertThat(r.get("from").asString()).isEqualTo("2024-10-01");
        assertThat(r.get("to").asString()).isEqualTo("2024-12-31");
        assertThat(r.get("quarter").asString()).isEqualTo(QUARTER);
        assertThat(r.get("provider").get("id").asString()).isEqualTo(provider);

        // E.1.1 denominator: cases with a CBC or CMO consultation in the quarter: A, D, E, F, H = 5 (B and C are DCF
        // only; G's are outside the quarter; H's YES of 2 January is too). Numerator: A (CBC YES with the sentence)
        // and F (its third consultation) = 2. D answered NO, E's sentence was edited away, H answered NO.
        // 2 / 5 = 40.0%, not met.
        JsonNode e11 = r.get("e11");
        assertThat(e11.get("numerator").asLong()).isEqualTo(2);
        assertThat(e11.get("denominator").asLong()).isEqualTo(5);
        assertThat(e11.get("percent").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(e11.get("met").asBoolean()).isFalse();
        Map<String, JsonNode> e11Cases = byCase(e11);
        assertThat(e11Cases.keySet()).containsExactlyInAnyOrder("A", "D", "E", "F", "H");
        assertThat(e11Cases.get("A").get("counted").asBoolean()).isTrue();
        assertThat(e11Cases.get("A").get("countedOn").asString()).isEqualTo("2024-10-15");
        assertThat(e11Cases.get("F").get("counted").asBoolean()).isTrue();
        assertThat(e11Cases.get("F").get("countedOn").asString()).isEqualTo("2024-12-20");
        assertThat(e11Cases.get("F").get("countedAgency").asString()).isEqualTo("CBC");
        assertThat(reasons(e11Cases.get("D"))).containsExactly("E11_ANSWERED_NO CBC 2024-10-20");
        assertThat(reasons(e11Cases.get("E"))).containsExactly("E11_SENTENCE_MISSING CMO 2024-12-05");
        assertThat(reasons(e11Cases.get("H"))).containsExactly("E11_ANSWERED_NO CBC 2024-12-31");
        assertThat(e11Cases.get("D").get("reasons").get(0).get("text").asString())
                .isEqualTo("CBC consultation on Oct 20, 2024 answered No");

        // E.1.2 denominator: every case with a consultation in the quarter: A, B, C, D, E, F, H = 7. Numerator: A,
        // B and D (its DCF consultation guided, with the sentence) = 3. C and F never answered YES, H's YES is in
        // January, E's sentence is gone. 3 / 7 = 42.857...% = 42.9%, not met.
        JsonNode e12 = r.get("e12");
        assertThat(e12.get("numerator").asLong()).isEqualTo(3);
        assertThat(e12.get("denominator").asLong()).isEqualTo(7);
        assertThat(e12.get("percent").decimalValue()).isEqualByComparingTo("42.9");
        assertThat(e12.get("met").asBoolean()).isFalse();
        Map<String, JsonNode> e12Cases = byCase(e12);
        assertThat(e12Cases.keySet()).containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F", "H");
        assertThat(e12Cases.get("D").get("counted").asBoolean()).isTrue();
        assertThat(e12Cases.get("D").get("countedAgency").asString()).isEqualTo("DCF");
        assertThat(reasons(e12Cases.get("C"))).containsExactly("E12_NOT_GUIDED");
        assertThat(reasons(e12Cases.get("F"))).containsExactly("E12_NOT_GUIDED");
        assertThat(reasons(e12Cases.get("H"))).containsExactly("E12_NOT_GUIDED");
        assertThat(reasons(e12Cases.get("E"))).containsExactly("E12_SENTENCE_MISSING CMO 2024-12-05");
        assertThat(e12Cases.get("C").get("reasons").get(0).get("text").asString())
                .isEqualTo("No consultation guided safety actions or case plans");
        // the BAS gets the case ids for links
        assertThat(e12Cases.get("A").get("caseId").asString()).isEqualTo(cases.get("A"));
    }

    @Test
    void theOtherSectionsMatchTheHandComputedFigures() {
        JsonNode r = report(bas, "from=2024-10-01&to=2024-12-31&items=true");
        // the dates of a quarter are that quarter
        assertThat(r.get("quarter").asString()).isEqualTo(QUARTER);
        // consultations in the quarter: A 1, B 1, C 1, D 2, E 1, F 3, H 1 = 10 (G's two and H's second are out).
        // DCF: B, C, D's second = 3; CBC: A, D's first, F's third, H's first = 4; CMO: E, F's first two = 3.
        JsonNode c = r.get("consultations");
        assertThat(c.get("total").asLong()).isEqualTo(10);
        assertThat(counts(c.get("byAgencyType"))).containsExactly("DCF=3", "CBC=4", "CMO=3");
        // topics: F's three are about power and control, the other seven about risk factors and safety actions
        assertThat(counts(c.get("byTopic"))).contains("RISK_FACTORS=7", "SAFETY_ACTIONS=7", "POWER_AND_CONTROL=3",
                "IMPACT_ON_CHILDREN=0");
        assertThat(c.get("items").size()).isEqualTo(10);

        // attended: D's transfer staffing (12 November); A's hearing is in January, F's staffing was not attended
        JsonNode events = r.get("events");
        assertThat(events.get("attended").asLong()).isEqualTo(1);
        assertThat(counts(events.get("byType"))).contains("CASE_TRANSFER_STAFFING=1", "DEPENDENCY_HEARING=0");
        assertThat(events.get("items").get(0).get("caseNumber").asString()).isEqualTo(numbers.get("D"));

        // monitoring started by the YES answers: A (15 Oct), E (5 Dec, when its sentence was still there), F (20 Dec)
        // and G (30 Sep, before the quarter, still running in it) = 4; H's began on 2 January, after it
        JsonNode m = r.get("monitoring");
        assertThat(m.get("monitored").asLong()).isEqualTo(4);
        List<String> monitored = new ArrayList<>();
        m.get("items").forEach(i -> monitored.add(i.get("caseNumber").asString()));
        assertThat(monitored).containsExactlyInAnyOrder(numbers.get("A"), numbers.get("E"), numbers.get("F"),
                numbers.get("G"));
        // checks: A's of 5 November (the one of 5 January is after the quarter)
        assertThat(m.get("checks").asLong()).isEqualTo(1);
        assertThat(m.get("checkItems").get(0).get("finding").asString()).isEqualTo("NON_COMPLIANT");
        // firearm follow-ups open in the quarter: A's (never resolved: open and overdue today, escalated once) and
        // F's (surrendered on 28 December, inside the quarter: resolved today)
        assertThat(m.get("firearmFollowUps").asLong()).isEqualTo(2);
        assertThat(m.get("firearmOpen").asLong()).isEqualTo(1);
        assertThat(m.get("firearmOverdue").asLong()).isEqualTo(1);
        assertThat(m.get("firearmEscalated").asLong()).isEqualTo(1);
    }

    /**
     * The API lists each case of the measures only when asked (cases=true) and each consultation only when asked
     * (items=true, which lists the cases too): without them the report has the same figures and the counts by agency
     * type and topic, but no e11.cases, e12.cases nor consultations.items.
     */
    @Test
    void theApiListsEachCaseAndEachConsultationOnlyWhenAsked() {
        JsonNode plain = report(bas, "quarter=" + QUARTER);
        JsonNode byCase = report(bas, "quarter=" + QUARTER + "&cases=true");
        JsonNode listed = report(bas, "quarter=" + QUARTER + "&items=true");
        assertThat(report(bas, "quarter=" + QUARTER + "&items=false").get("consultations").has("items")).isFalse();
        assertThat(report(bas, "quarter=" + QUARTER + "&cases=false").get("e11").has("cases")).isFalse();
        assertThat(plain.get("consultations").has("items")).isFalse();
        assertThat(byCase.get("consultations").has("items")).isFalse();
        assertThat(plain.get("consultations").get("total").asLong()).isEqualTo(10);
        for (String part : List.of("e11", "e12")) {
            assertThat(plain.get(part).has("cases")).as(part).isFalse();
            for (String figure : List.of("numerator", "denominator", "percent", "met")) {
                assertThat(plain.get(part).get(figure)).as(part + "." + figure).isEqualTo(listed.get(part).get(figure));
            }
            assertThat(byCase.get(part)).as(part).isEqualTo(listed.get(part));
            assertThat(listed.get(part).get("cases").size()).as(part)
                    .isEqualTo(listed.get(part).get("denominator").asInt());
        }
        for (String part : List.of("total", "byAgencyType", "byTopic")) {
            assertThat(plain.get("consultations").get(part)).as(part).isEqualTo(listed.get("consultations").get(part));
        }
        // the ten consultations of the quarter (see theOtherSectionsMatchTheHandComputedFigures), by day, then case
        // number, each of a case of E.1.2's denominator (every case with a consultation)
        JsonNode items = listed.get("consultations").get("items");
        assertThat(items.size()).isEqualTo(10);
        Set<String> caseNumbers = new HashSet<>();
        List<String> order = new ArrayList<>();
        items.forEach(i -> {
            caseNumbers.add(i.get("caseNumber").asString());
            order.add(i.get("consultedOn").asString() + " " + i.get("caseNumber").asString());
        });
        assertThat(order).isSorted();
        Set<String> e12Cases = new HashSet<>();
        listed.get("e12").get("cases").forEach(c -> e12Cases.add(c.get("caseNumber").asString()));
        assertThat(caseNumbers).isEqualTo(e12Cases);
        assertThat(items.get(0).get("caseId").asString()).isNotBlank();
        assertThat(new Api(port).get(bas, "/api/v1/reports/stop-bas?quarter=" + QUARTER + "&items=maybe").status())
                .isEqualTo(400);
        assertThat(new Api(port).get(bas, "/api/v1/reports/stop-bas?quarter=" + QUARTER + "&cases=maybe").status())
                .isEqualTo(400);
    }

    @Test
    void contractManagersAndProgramLeadersSeeCaseNumbersButNoNameNoteOrCaseId() throws IOException {
        Api api = new Api(port);
        for (String reader : List.of("contractmanager", "leader")) {
            Api.Response r = api.get(reader, "/api/v1/reports/stop-bas?quarter=" + QUARTER + "&providerId=" + provider
                    + "&items=true");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains(numbers.get("A"), numbers.get("E")).doesNotContain(CANARY)
                    .doesNotContain("caseId").doesNotContain(cases.get("A")).doesNotContain("Edited later");
            assertThat(r.json().get("e11").get("denominator").asLong()).isEqualTo(5);
        }
        String query = "?quarter=" + QUARTER + "&providerId=" + provider;
        byte[] xlsx = api.bytes("contractmanager", "/api/v1/reports/stop-bas.xlsx" + query, "*/*");
        String text = workbookText(xlsx);
        assertThat(text).contains(numbers.get("A"), "CMO consultation on Dec 5, 2024 answered Yes, but the note lacks "
                + "the E.1.1 sentence").doesNotContain(CANARY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "E.1.1 by case", "E.1.2 by case", "Consultations",
                    "Staffings and hearings attended", "Under monitoring", "Compliance checks", "Firearm follow-ups",
                    "Trainings", "Meeting cadence", "Meetings");
            assertThat(workbook.getSheet("Trainings").getLastRowNum()).as("a header and T1, T2").isEqualTo(2);
            // the E.1.1 sheet: a header and the five cases
            assertThat(workbook.getSheet("E.1.1 by case").getLastRowNum()).isEqualTo(5);
        }
        String pdf = Pdfs.text(api.bytes("leader", "/api/v1/reports/stop-bas.pdf" + query, "*/*"));
        assertThat(pdf).contains("STOP BAS report", numbers.get("H"), "2 trainings in the period: 2 held, 1 counted.",
                "Meetings against the required cadence").doesNotContain(CANARY);
        // the BAS's own files hold no name or note either
        assertThat(workbookText(api.bytes(bas, "/api/v1/reports/stop-bas.xlsx?quarter=" + QUARTER, "*/*")))
                .doesNotContain(CANARY);
        assertThat(api.get(bas, "/api/v1/reports/stop-bas?quarter=" + QUARTER).body()).doesNotContain(CANARY);
        // and the pages
        String page = PageSession.signIn(port, "contractmanager").get("/reports/stop-bas" + query).body();
        assertThat(page).contains(numbers.get("A")).doesNotContain(CANARY).doesNotContain("/cases/" + cases.get("A"));
        String basPage = PageSession.signIn(port, bas, Api.PASSWORD).get("/reports/stop-bas?quarter=" + QUARTER).body();
        assertThat(basPage).contains("/cases/" + cases.get("A")).doesNotContain(CANARY);
    }

    @Test
    void onlyTheProvidersBasAndTheRegionsContractManagersAndLeadersMayReadIt() {
        Api api = new Api(port);
        String mine = "/api/v1/reports/stop-bas?quarter=" + QUARTER + "&providerId=" + provider;
        // the demo BAS works for another DV center: this one's report is not there for them
        assertThat(api.get("bas", mine).status()).isEqualTo(404);
        String demoCenter = api.get("bas", "/api/v1/reports/stop-bas?quarter=" + QUARTER).json().get("provider")
                .get("id").asString();
        assertThat(demoCenter).isNotEqualTo(provider);
        assertThat(api.get(bas, "/api/v1/reports/stop-bas?providerId=" + demoCenter).status()).isEqualTo(404);
        assertThat(api.get(bas, mine).status()).isEqualTo(200);
        assertThat(api.get("contractmanager", mine).status()).isEqualTo(200);
        assertThat(api.get("leader", mine).status()).isEqualTo(200);
        // not a DV center, or no organization at all
        assertThat(api.get("contractmanager", "/api/v1/reports/stop-bas?providerId=" + Fixtures.organization(api, "DCF"))
                .status()).isEqualTo(404);
        assertThat(api.get("contractmanager", "/api/v1/reports/stop-bas?providerId=" + UUID.randomUUID()).status())
                .isEqualTo(404);
        for (String other : List.of("cpi", "advocate", "bip", "supervisor", "casemanager", "admin")) {
            assertThat(api.get(other, mine).status()).as(other).isEqualTo(403);
            assertThat(api.get(other, "/api/v1/reports/stop-bas.xlsx?quarter=" + QUARTER).status()).as(other)
                    .isEqualTo(403);
        }
        assertThat(PageSession.signIn(port, "cpi").get("/reports/stop-bas").statusCode()).isEqualTo(403);
    }

    @Test
    void readingsAndExportsAreAudited() {
        Api api = new Api(port);
        String query = "?quarter=" + QUARTER + "&providerId=" + provider;
        assertThat(api.get("leader", "/api/v1/reports/stop-bas" + query).status()).isEqualTo(200);
        assertThat(api.bytes("leader", "/api/v1/reports/stop-bas.pdf" + query, "*/*")).isNotEmpty();
        assertThat(api.bytes("leader", "/api/v1/reports/stop-bas.xlsx" + query, "*/*")).isNotEmpty();
        List<String> rows = new ArrayList<>();
        for (JsonNode row : api.get("admin", "/api/v1/audit?size=50&actor=leader&entityId=" + provider).json()
                .get("items")) {
            rows.add(row.get("action").asString() + " " + row.get("entityType").asString());
        }
        assertThat(rows).contains("READ STOP_BAS_REPORT", "EXPORT STOP_BAS_REPORT");
        assertThat(rows.stream().filter(r -> r.equals("EXPORT STOP_BAS_REPORT")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badParametersAreA400NamingTheField() {
        Api api = new Api(port);
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("from=2024-12-31&to=2024-10-01", "to");
        refused.put("from=2024-13-01&to=2024-12-31", "from");
        refused.put("from=yesterday&to=2024-12-31", "from");
        refused.put("from=2024-10-01", "to");
        refused.put("quarter=2024-Q7", "quarter");
        refused.put("quarter=Q2", "quarter");
        refused.put("quarter=2024-Q2&from=2024-10-01&to=2024-10-31", "quarter");
        refused.put("from=2020-01-01&to=2024-12-31", "to");
        refused.put("from=0001-01-01&to=0001-02-01", "from");
        refused.put("from=+999999999-01-01&to=2024-12-31", "from");
        refused.put("providerId=not-a-uuid", "providerId");
        for (Map.Entry<String, String> e : refused.entrySet()) {
            for (String path : List.of("/api/v1/reports/stop-bas?", "/api/v1/reports/stop-bas.xlsx?",
                    "/api/v1/reports/stop-bas.pdf?")) {
                Api.Response r = api.get("contractmanager", path + e.getKey());
                assertThat(r.status()).as(path + e.getKey()).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().get("errors").get(0).get("field").asString()).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        PageSession page = PageSession.signIn(port, "contractmanager");
        HttpResponse<String> wrong = page.get("/reports/stop-bas?from=2024-12-31&to=2024-10-01");
        // the page shows the refusal next to its field, as a form shown again
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("The end comes before the start.", "aria-invalid=\"true\"");
        assertThat(page.get("/reports/stop-bas?quarter=%00").statusCode()).isBetween(200, 400);
        assertThat(page.get("/reports/stop-bas.pdf?quarter=nope").statusCode()).isEqualTo(400);
    }

    /** The BAS's home page and the report are one computation: the same figures for the current fiscal quarter. */
    @Test
    void theBasHomePageShowsTheReportsFiguresForTheCurrentQuarter() {
        Api api = new Api(port);
        String today = AgencyTime.today().toString();
        // two cases today: a CBC consultation that counts for both measures, a DCF one that guided nothing
        String i = Fixtures.openCase(api, "cpi");
        String j = Fixtures.openCase(api, "cpi");
        consultAs(api, i, today, Fixtures.organization(api, "CBC"), "YES", "YES", List.of("RISK_FACTORS"),
                MONITORING + " " + GUIDED);
        consultAs(api, j, today, Fixtures.organization(api, "DCF"), "NOT_APPLICABLE", "NO", List.of("RISK_FACTORS"),
                "Talked.");
        JsonNode report = report(bas, "");
        String home = PageSession.signIn(port, bas, Api.PASSWORD).get("/").body();
        JsonNode e11 = report.get("e11");
        JsonNode e12 = report.get("e12");
        // E.1.1: 1 of 1 CBC/CMO case, 100.0%; E.1.2: 1 of 2 cases, 50.0%
        assertThat(e11.get("denominator").asLong()).isEqualTo(1);
        assertThat(e12.get("denominator").asLong()).isEqualTo(2);
        assertThat(home).contains("Compliance monitoring started: " + e11.get("numerator").asLong() + " of "
                        + e11.get("denominator").asLong() + " CBC/CMO case",
                "Safety actions and case plans guided: " + e12.get("numerator").asLong() + " of "
                        + e12.get("denominator").asLong() + " cases",
                e11.get("percent").decimalValue().setScale(1) + "%", e12.get("percent").decimalValue().setScale(1) + "%",
                "100.0%", "50.0%");
        FiscalQuarter quarter = FiscalQuarter.containing(AgencyTime.today(), 7);
        assertThat(report.get("quarter").asString()).isEqualTo(quarter.name());
        assertThat(home).contains("datetime=\"" + quarter.from() + "\"", "datetime=\"" + quarter.to() + "\"");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private JsonNode report(String user, String query) {
        Api.Response r = new Api(port).get(user, "/api/v1/reports/stop-bas?" + query);
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(200);
        return r.json();
    }

    private static String consult(Api api, String c, String on, String organization, String monitoring, String guided,
                                  List<String> topics, String note) {
        return consultAs(api, cases.get(c), on, organization, monitoring, guided, topics, note);
    }

    private static String consultAs(Api api, String caseId, String on, String organization, String monitoring,
                                    String guided, List<String> topics, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("consultedOn", on);
        body.put("professionalName", "Pat Worker");
        body.put("professionalRole", "Case manager");
        body.put("organizationId", organization);
        body.put("mode", "PHONE");
        body.put("topics", topics);
        body.put("note", note);
        body.put("complianceMonitoring", monitoring);
        body.put("guidedSafetyActions", guided);
        Api.Response r = api.post(bas, "/api/v1/consultations", Api.json(body));
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String monitoring(Api api, String c) {
        JsonNode running = api.get(bas, "/api/v1/monitoring?status=RUNNING&caseId=" + cases.get(c)).json().get("items");
        assertThat(running.size()).isEqualTo(1);
        return running.get(0).get("id").asString();
    }

    private static String obligation(Api api, String monitoringId, String orderedOn, String dueOn) {
        Api.Response r = api.post(bas, "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "FIREARM_SURRENDER", "issuer", "Circuit Court", "orderNumber", "2024-DR-1",
                "orderedOn", orderedOn, "dueOn", dueOn, "requirement", "Surrender every firearm.")));
        assertThat(r.status()).withFailMessage(r::body).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static void event(JdbcClient jdbc, String c, String type, LocalDate day, String status, String place) {
        var starts = day.atTime(10, 0).atZone(AgencyTime.ZONE).toOffsetDateTime();
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by, requested_at, status,
                                   bas_user_id, decided_at, attended, attendance_recorded_at)
                SELECT ?, ?::uuid, ?, ?, ?, ?::uuid, (SELECT id FROM app_user WHERE username = 'cpi'), ?, ?,
                       (SELECT id FROM app_user WHERE username = ?), ?, ?, ?""")
                .params(UUID.randomUUID(), cases.get(c), type, starts, starts.plusHours(1), place, starts.minusDays(10),
                        status, bas, starts.minusDays(9), status.equals("ATTENDED"), starts.plusHours(2))
                .update();
    }

    private Map<String, JsonNode> byCase(JsonNode measure) {
        Map<String, JsonNode> byCase = new HashMap<>();
        for (JsonNode line : measure.get("cases")) {
            numbers.forEach((c, number) -> {
                if (number.equals(line.get("caseNumber").asString())) {
                    byCase.put(c, line);
                }
            });
        }
        assertThat(byCase).hasSize(measure.get("cases").size());
        return byCase;
    }

    private static List<String> reasons(JsonNode line) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode r : line.get("reasons")) {
            reasons.add(r.get("code").asString() + (r.has("agencyType") ? " " + r.get("agencyType").asString() + " "
                    + r.get("on").asString() : ""));
        }
        return reasons;
    }

    private static List<String> counts(JsonNode counts) {
        List<String> out = new ArrayList<>();
        counts.forEach(c -> out.add(c.get("key").asString() + "=" + c.get("count").asLong()));
        return out;
    }

    static String workbookText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                    text.append('\n');
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }
}
