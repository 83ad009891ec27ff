package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

/**
 * The security review's findings on disclosure (issue 7, parts 2 and 7): role changes that widen who sees a person,
 * versions that tell a survivor moved, who may change what another BAS started, and consultations naming another
 * region's organization.
 */
@IntegrationTest
class DisclosureRulesIntegrationTests {

    static final String PASSWORD = "a-second-bas-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;



    @Test
    void aCaseManagerCannotShowASurvivorsContactFieldsToTheBasByChangingTheirRole() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "31 Lantern Grove", "555-311-3131");
        Api.Response refused = api.patch("casemanager", "/api/v1/people/" + survivor, "{\"role\":\"PERPETRATOR\"}");
        // the case manager of the demo sees the case only when assigned; either way the change does not happen
        assertThat(refused.status()).isIn(400, 404);
        Api.Response byCpi = api.patch("cpi", "/api/v1/people/" + survivor, "{\"role\":\"PERPETRATOR\"}");
        assertThat(byCpi.status()).isEqualTo(400);
        assertThat(byCpi.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
        assertThat(byCpi.json().get("errors").get(0).get("message").asString())
                .contains("Add a person").contains("supervisor");
        assertThat(api.get("bas", "/api/v1/people/" + survivor).body()).doesNotContain("Lantern");
        // a child may become a caregiver: nobody new sees them
        String child = Fixtures.addPerson(api, "cpi", caseId, "CHILD", "6 Orchard Bend", "555-611-6161");
        assertThat(api.patch("cpi", "/api/v1/people/" + child, "{\"role\":\"OTHER_CAREGIVER\"}").status())
                .isEqualTo(200);

        // a supervisor is told who will then see what, and confirms
        Api.Response told = api.patch("supervisor", "/api/v1/people/" + survivor, "{\"role\":\"PERPETRATOR\"}");
        assertThat(told.status()).isEqualTo(400);
        assertThat(told.json().get("errors").get(0).get("field").asString()).isEqualTo("confirmWiderDisclosure");
        assertThat(told.json().get("errors").get(0).get("message").asString())
                .contains("address, phone").contains("Bailey Specialist");
        assertThat(api.patch("supervisor", "/api/v1/people/" + survivor,
                "{\"role\":\"PERPETRATOR\",\"confirmWiderDisclosure\":true}").status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/v1/audit?action=DISCLOSURE_WIDENED&entityId=" + survivor).json()
                .get("total").asInt()).isEqualTo(1);

        // the page: the same refusal, then the confirmation box
        String other = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "2 Other Grove", "555-222-2323");
        PageSession supervisor = PageSession.signIn(port, "supervisor");
        var page = supervisor.submit("/people/" + other + "/edit", "/people/" + other, Map.of("role", "PERPETRATOR",
                "firstName", "Test", "lastName", "Survivorson", "address.line1", "2 Other Grove"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem").contains("name=\"confirmWiderDisclosure\"");
        var confirmed = supervisor.submit("/people/" + other + "/edit", "/people/" + other, Map.of("role",
                "PERPETRATOR", "firstName", "Test", "lastName", "Survivorson", "address.line1", "2 Other Grove",
                "confirmWiderDisclosure", "true"));
        assertThat(confirmed.statusCode()).isEqualTo(302);
    }

    @Test
    void aSurvivorWhoSharesAHouseholdIsRecordedAsThePerpetratorWithoutItsAddressReachingTheBas() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        // a survivor and a caregiver of one household: same street, same phone
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "70 Willow Creek Drive", "555-707-7070");
        Fixtures.addPerson(api, "cpi", caseId, "OTHER_CAREGIVER", "72 Willow Creek Drive", "555-707-7070");
        Api.Response asked = api.patch("supervisor", "/api/v1/people/" + survivor, "{\"role\":\"PERPETRATOR\"}");
        assertThat(asked.status()).isEqualTo(400);
        assertThat(asked.body()).contains("\"field\":\"confirmWiderDisclosure\"");
        PageSession supervisor = PageSession.signIn(port, "supervisor");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("role", "PERPETRATOR", "firstName", "Test",
                "lastName", "Survivorson", "address.line1", "70 Willow Creek Drive", "phone", "555-707-7070"));
        var page = supervisor.submit("/people/" + survivor + "/edit", "/people/" + survivor, fields);
        assertThat(page.body()).contains("name=\"confirmWiderDisclosure\"");
        fields.put("confirmWiderDisclosure", "true");
        assertThat(supervisor.submit("/people/" + survivor + "/edit", "/people/" + survivor, fields).statusCode())
                .isEqualTo(302);
        assertThat(api.get("cpi", "/api/v1/people/" + survivor).json().get("role").asString()).isEqualTo("PERPETRATOR");
        // the household's street and phone are the caregiver's too: the BAS does not see them
        // (digits are looked for as written: a short run of them may stand in any id)
        Api.Response asBas = api.get("bas", "/api/v1/people/" + survivor);
        assertThat(asBas.body()).doesNotContain("Willow").doesNotContain("707-7070");
        assertThat(asBas.json().has("phone")).isFalse();
    }

    /**
     * A perpetrator's contact field that is also a protected person's (a household they share, or a value copied by
     * mistake) is withheld from the BAS, whichever of the two was recorded first and however the other changes.
     */
    @Test
    void aPerpetratorsValueThatIsAlsoAProtectedPersonsIsWithheldFromTheBas() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "14 Juniper Hollow Lane", "555-414-1414");
        Api.Response added = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role",
                "PERPETRATOR", "firstName", "Dan", "lastName", "Shared", "address", Map.of("line1",
                        "14 Juniper Hollow Ln"), "phone", "555 414 1414", "workplace", "Gulfview Marina")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String perpetrator = added.json().get("id").asString();
        Api.Response seen = api.get("bas", "/api/v1/people/" + perpetrator);
        assertThat(seen.body()).doesNotContain("Juniper").doesNotContain("414 1414").contains("Gulfview Marina");
        assertThat(seen.json().has("phone")).isFalse();
        assertThat(api.get("bas", "/api/v1/cases/" + caseId).body()).doesNotContain("Juniper");
        assertThat(PageSession.signIn(port, "bas").get("/cases/" + caseId).body()).doesNotContain("Juniper");
        // the order does not matter: the survivor cleared, the perpetrator recorded, the survivor's values restored
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor, "{\"address\":null,\"phone\":null}").status())
                .isEqualTo(200);
        assertThat(api.patch("cpi", "/api/v1/people/" + perpetrator,
                "{\"address\":{\"line1\":\"77 Hidden Cove Rd\"},\"phone\":\"305-555-0177\"}").status()).isEqualTo(200);
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor,
                "{\"address\":{\"line1\":\"77 Hidden Cove Road\"},\"phone\":\"(305) 555-0177\"}").status())
                .isEqualTo(200);
        assertThat(api.get("bas", "/api/v1/people/" + perpetrator).body()).doesNotContain("Hidden Cove")
                .doesNotContain("555-0177").doesNotContain("5550177");
        assertThat(api.get("bas", "/api/v1/people/" + perpetrator).json().has("phone")).isFalse();
        assertThat(PageSession.signIn(port, "bas").get("/people/" + perpetrator + "/history").body())
                .doesNotContain("Hidden Cove").doesNotContain("Juniper");
        // the case's workers see everything
        assertThat(api.get("cpi", "/api/v1/people/" + perpetrator).body()).contains("Hidden Cove");
    }

    @Test
    void anAddressWrittenWhileAPersonIsProtectedStaysHiddenWhenTheyAreThePerpetratorAgain() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String person = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "3 Open Road", "555-303-0303");
        // recorded as the survivor, with a new address, in one change; later their address changes again
        assertThat(api.patch("cpi", "/api/v1/people/" + person,
                "{\"role\":\"SURVIVOR\",\"address\":{\"line1\":\"9 Hidden Shelter Lane\"}}").status()).isEqualTo(200);
        assertThat(api.patch("cpi", "/api/v1/people/" + person,
                "{\"address\":{\"line1\":\"11 Quiet Harbor Court\"}}").status()).isEqualTo(200);
        assertThat(api.patch("supervisor", "/api/v1/people/" + person,
                "{\"role\":\"PERPETRATOR\",\"confirmWiderDisclosure\":true}").status()).isEqualTo(200);
        String history = PageSession.signIn(port, "bas").get("/people/" + person + "/history").body();
        assertThat(history).doesNotContain("Hidden Shelter").doesNotContain("Quiet Harbor");
    }

    @Test
    void everyContactFieldOfAPerpetratorIsComparedWithTheProtected() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1250 Harbor Blvd Apt 4", "555-867-5309");
        api.patch("cpi", "/api/v1/people/" + survivor, "{\"workplace\":\"Publix\"}");
        String perpetrator = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "8 Far Field Road", "555-211-2222");
        for (String change : List.of("{\"address\":{\"line1\":\"1250 Harbor Blvd Apt 4\"}}",
                "{\"phone\":\"(555) 867-5309\"}", "{\"workplace\":\"Publix\"}",
                "{\"address\":{\"line1\":\"8 Far Field Road, tel 8675309\"}}",
                "{\"shelterStatus\":\"Victim at 1250 Harbor Blvd\"}")) {
            assertThat(api.patch("cpi", "/api/v1/people/" + perpetrator, change).status()).as(change).isEqualTo(200);
            assertThat(api.get("bas", "/api/v1/people/" + perpetrator).body()).as(change).doesNotContain("Harbor")
                    .doesNotContain("Publix").doesNotContain("867-5309").doesNotContain("8675309");
        }
    }

    @Test
    void theBasSeesAVersionThatMovesOnlyWithWhatTheBasSees() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "8 Birch Row", "555-818-8181");
        Api.Response before = api.get("bas", "/api/v1/people/" + survivor);
        String basTag = before.header("ETag");
        int cpiVersion = api.get("cpi", "/api/v1/people/" + survivor).json().get("version").asInt();
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor,
                "{\"address\":{\"line1\":\"9 Hidden Meadow Road\"},\"shelterStatus\":\"IN_SHELTER\"}").status())
                .isEqualTo(200);
        Api.Response after = api.get("bas", "/api/v1/people/" + survivor);
        assertThat(after.header("ETag")).isEqualTo(basTag);
        assertThat(after.json().get("version").asInt()).isEqualTo(before.json().get("version").asInt());
        assertThat(api.get("bas", "/api/v1/cases/" + caseId).body()).contains("\"version\":" + before.json()
                .get("version").asInt());
        assertThat(api.get("cpi", "/api/v1/people/" + survivor).json().get("version").asInt())
                .isEqualTo(cpiVersion + 1);
        // a change the BAS can see moves the BAS's version too
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor, "{\"lastName\":\"Renamed\"}").status())
                .isEqualTo(200);
        assertThat(api.get("bas", "/api/v1/people/" + survivor).header("ETag")).isNotEqualTo(basTag);
    }

    @Test
    void theRegionsBasActOnAColleaguesMonitoringAndEventsNamingBothButNotOnTheirConsultations() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "3 Continuity Road", "305-555-3030");
        // a second BAS of the region, written to the directory (user administration is not under test here)
        String colleague = Fixtures.existingUser(jdbc, passwords, "BAS", "DV_CENTER", PASSWORD);
        String colleagueName = "Existing " + colleague;
        String token = "Bearer " + api.token(colleague, PASSWORD);
        String monitoring = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id")
                .asString();
        Api.Response obligation = api.send("POST", "/api/v1/monitoring/" + monitoring + "/obligations", token,
                Api.json(Map.of("source", "DEPENDENCY_CASE_PLAN", "issuer", "DCF", "orderedOn", AgencyTime.today().toString(),
                        "requirement", "Complete the BIP intake")), Map.of());
        assertThat(obligation.status()).as(obligation.body()).isEqualTo(201);
        Api.Response ended = api.send("POST", "/api/v1/monitoring/" + monitoring + "/end", token,
                "{\"reason\":\"Case closed by the court\"}", Map.of());
        assertThat(ended.status()).as(ended.body()).isIn(200, 204);
        assertThat(PageSession.signIn(port, "bas").get("/monitoring/" + monitoring).body())
                .contains(colleagueName).contains("Bailey Specialist");
        String basId = null;
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("username").asString().equals("bas")) {
                basId = u.get("id").asString();
            }
        }
        JsonNode actedFor = api.get("admin", "/api/v1/audit?action=ACT_FOR&entityId=" + basId).json();
        assertThat(actedFor.get("items").toString()).contains(colleague);

        // an event the demo BAS attends: the colleague may take it over, and the event names both
        String office = Fixtures.meetingPlace(api, "DCF Suncoast Service Center, room 2");
        String start = java.time.OffsetDateTime.now().plusDays(61).withNano(0).toString();
        String end = java.time.OffsetDateTime.now().plusDays(61).plusHours(1).withNano(0).toString();
        String event = api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type", "CASE_STAFFING",
                "startsAt", start, "endsAt", end, "placeId", office))).json().get("id").asString();
        api.post("bas", "/api/v1/events/" + event + "/decision", "{\"decision\":\"ATTEND\"}");
        Api.Response takenOver = api.send("POST", "/api/v1/events/" + event + "/decision", token,
                "{\"decision\":\"ATTEND\"}", Map.of());
        assertThat(takenOver.status()).isEqualTo(200);
        assertThat(takenOver.json().get("basName").asString()).isEqualTo(colleagueName);
        assertThat(takenOver.json().get("previousBasName").asString()).isEqualTo("Bailey Specialist");

        // a consultation stays its author's
        String dcf = Fixtures.organization(api, "DCF");
        String consultation = api.post("bas", "/api/v1/consultations", Api.json(Map.of("caseId", caseId,
                "consultedOn", AgencyTime.today().toString(), "professionalName", "Pat", "professionalRole", "CPI",
                "organizationId", dcf, "mode", "PHONE", "topics", List.of("RISK_FACTORS"), "note", "First.",
                "complianceMonitoring", "NOT_APPLICABLE", "guidedSafetyActions", "NO"))).json().get("id").asString();
        assertThat(api.send("PATCH", "/api/v1/consultations/" + consultation, token, "{\"note\":\"Rewritten.\"}",
                Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aConsultationNamesAnOrganizationOfTheBasRegionOnly() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        UUID region = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(region, "Other Region " + region).update();
        jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, 'CBC', ?)")
                .params(elsewhere, "Elsewhere CBC " + elsewhere, region).update();
        try {
            Api.Response refused = api.post("bas", "/api/v1/consultations", Api.json(Map.of("caseId", caseId,
                    "consultedOn", AgencyTime.today().toString(), "professionalName", "Pat", "professionalRole",
                    "Case manager", "organizationId", elsewhere.toString(), "mode", "PHONE", "topics",
                    List.of("RISK_FACTORS"), "note", "About the case.", "complianceMonitoring", "NO",
                    "guidedSafetyActions", "NO")));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
            assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("region");
        } finally {
            // other tests pick the demo's organizations by type
            jdbc.sql("DELETE FROM organization WHERE id = ?").param(elsewhere).update();
            jdbc.sql("DELETE FROM region WHERE id = ?").param(region).update();
        }
    }
}
