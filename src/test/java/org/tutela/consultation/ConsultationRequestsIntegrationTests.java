package org.tutela.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A request for a BAS consultation through the API: who may ask and read it, the rules of its reason and note (no
 * protected contact value reaches the BAS), one open request per case, the answer by the next consultation, the audit.
 */
@IntegrationTest
class ConsultationRequestsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCpiAsksTheBasSeesItAndItsNextConsultationOnTheCaseAnswersIt() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Api.Response asked = api.post("cpi", "/api/v1/cases/" + caseId + "/consultation-requests",
                Api.json(Map.of("reason", "RISK_AND_PATTERN", "note", "  He texts her from new numbers.  ")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = asked.json().get("id").asString();
        assertThat(asked.header("Location")).endsWith("/api/v1/consultation-requests/" + id);
        assertThat(asked.json().get("note").asString()).isEqualTo("He texts her from new numbers.");
        assertThat(asked.json().get("requestedByName").asString()).isEqualTo("Casey Investigator");
        assertThat(asked.json().get("answeredAt").isNull()).isTrue();
        assertThat(ids(api.get("bas", "/api/v1/consultation-requests?open=true&size=100").json())).contains(id);
        assertThat(api.get("supervisor", "/api/v1/consultation-requests/" + id).status()).isEqualTo(200);

        // one open request per case
        Api.Response again = api.post("supervisor", "/api/v1/cases/" + caseId + "/consultation-requests",
                Api.json(Map.of("reason", "OTHER")));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"reason\"", "already asked");

        Api.Response logged = api.post("bas", "/api/v1/consultations", Api.json(Map.of("caseId", caseId,
                "consultedOn", AgencyTime.today().toString(), "professionalName", "Casey Investigator",
                "professionalRole", "CPI", "organizationId", Fixtures.organization(api, "DCF"), "mode", "PHONE",
                "topics", List.of("POWER_AND_CONTROL"), "note", "Talked through his pattern.",
                "complianceMonitoring", "NOT_APPLICABLE", "guidedSafetyActions", "NO")));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        JsonNode answered = api.get("cpi", "/api/v1/consultation-requests/" + id).json();
        assertThat(answered.get("consultationId").asString()).isEqualTo(logged.json().get("id").asString());
        assertThat(answered.get("basName").asString()).isEqualTo("Bailey Specialist");
        assertThat(ids(api.get("bas", "/api/v1/consultation-requests?open=true&size=100").json())).doesNotContain(id);
        assertThat(ids(api.get("bas", "/api/v1/consultation-requests?open=false&size=100").json())).contains(id);
        // and the case may be asked about again
        assertThat(api.post("cpi", "/api/v1/cases/" + caseId + "/consultation-requests",
                Api.json(Map.of("reason", "NEW_INCIDENT"))).status()).isEqualTo(201);

        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE entity_type = 'CONSULTATION_REQUEST' AND entity_id = ?
                ORDER BY seq""").param(id).query(String.class).list()).containsExactly("CREATE", "ANSWER");
    }

    @Test
    void aRequestNamesItsReasonKeepsItsNoteShortAndCarriesNoProtectedContactValue() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "77 Hidden Creek Lane", "305-555-0177");
        String path = "/api/v1/cases/" + caseId + "/consultation-requests";

        Api.Response noReason = api.post("cpi", path, Api.json(Map.of("note", "x".repeat(301))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactlyInAnyOrder("reason", "note");
        assertThat(noReason.body()).contains("Choose what you need the BAS for.", "300 characters or fewer");
        Api.Response badReason = api.post("cpi", path, "{\"reason\":\"GOSSIP\"}");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(fields(badReason)).containsExactly("reason");
        for (String note : List.of("She is at 77 Hidden Creek Ln now", "call her on 555 0177")) {
            Api.Response contact = api.post("cpi", path, Api.json(Map.of("reason", "SAFETY_ACTIONS", "note", note)));
            assertThat(contact.status()).as(note).isEqualTo(400);
            assertThat(fields(contact)).containsExactly("note");
            assertThat(contact.body()).contains("the BAS must not see it");
        }
        assertThat(api.get("cpi", "/api/v1/consultation-requests?open=true&size=100").body()).doesNotContain(caseId);
        // a blank note is no note
        Api.Response blank = api.post("cpi", path, Api.json(Map.of("reason", "SAFETY_ACTIONS", "note", "   ")));
        assertThat(blank.status()).isEqualTo(201);
        assertThat(blank.json().get("note").isNull()).isTrue();
    }

    @Test
    void onlyTheCasesWorkersAskAndOnlyTheyAndTheBasReadTheRequest() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String path = "/api/v1/cases/" + caseId + "/consultation-requests";
        String body = Api.json(Map.of("reason", "FIREARMS"));
        assertThat(api.post("bas", path, body).status()).isEqualTo(403);
        assertThat(api.post("advocate", path, body).status()).isEqualTo(403);
        assertThat(api.post("admin", path, body).status()).isEqualTo(403);
        // the case manager may not open a DCF case nobody assigned to them: it is a missing one
        assertThat(api.post("casemanager", path, body).status()).isEqualTo(404);
        assertThat(api.post("cpi", "/api/v1/cases/" + java.util.UUID.randomUUID() + "/consultation-requests", body)
                .status()).isEqualTo(404);

        String id = api.post("cpi", path, body).json().get("id").asString();
        assertThat(api.get("casemanager", "/api/v1/consultation-requests/" + id).status()).isEqualTo(404);
        assertThat(ids(api.get("casemanager", "/api/v1/consultation-requests?size=100").json())).doesNotContain(id);
        assertThat(api.get("contractmanager", "/api/v1/consultation-requests").status()).isEqualTo(403);
        assertThat(api.get("bas", "/api/v1/consultation-requests/" + id).status()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private static List<String> fields(Api.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
