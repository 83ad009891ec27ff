package org.tutela.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

@IntegrationTest
class ConsultationApiIntegrationTests {

    static final String MONITORING = "BAS initiated batterer compliance monitoring.";
    static final String GUIDED = "Guided child welfare professional in creating case plans that increase batterer accountability.";

    @LocalServerPort
    int port;


    private Map<String, Object> consultation(String caseId, String organizationId, String monitoring, String guided,
                                             String note) {
        Map<String, Object> c = new HashMap<>();
        c.put("caseId", caseId);
        c.put("consultedOn", AgencyTime.today().toString());
        c.put("professionalName", "Pat Worker");
        c.put("professionalRole", "Case manager");
        c.put("organizationId", organizationId);
        c.put("mode", "PHONE");
        c.put("topics", List.of("RISK_FACTORS", "SAFETY_ACTIONS"));
        c.put("note", note);
        c.put("complianceMonitoring", monitoring);
        c.put("guidedSafetyActions", guided);
        return c;
    }

    @Test
    void aCbcYesLogsTheConsultationAndStartsMonitoringThePerpetrator() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String perpetrator = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "1 Monitored Way", "305-555-1111");
        Api.Response logged = api.post("bas", "/api/v1/consultations", Api.json(consultation(caseId,
                Fixtures.organization(api, "CBC"), "YES", "YES", "Reviewed the case plan. " + MONITORING + " " + GUIDED)));
        assertThat(logged.status()).isEqualTo(201);
        String id = logged.json().get("id").asString();
        assertThat(logged.json().get("organizationType").asString()).isEqualTo("CBC");

        JsonNode running = api.get("bas", "/api/v1/monitoring?status=RUNNING&caseId=" + caseId).json().get("items");
        assertThat(running.size()).isEqualTo(1);
        assertThat(running.get(0).get("perpetratorId").asString()).isEqualTo(perpetrator);
        assertThat(running.get(0).get("consultationId").asString()).isEqualTo(id);

        // a second YES does not start it twice
        assertThat(api.post("bas", "/api/v1/consultations", Api.json(consultation(caseId, Fixtures.organization(api, "CMO"),
                "YES", "NO", MONITORING))).status()).isEqualTo(201);
        assertThat(api.get("bas", "/api/v1/monitoring?status=RUNNING&caseId=" + caseId).json().get("items").size())
                .isEqualTo(1);

        assertThat(api.get("cpi", "/api/v1/consultations/" + id).status()).isEqualTo(200);
        assertThat(api.get("supervisor", "/api/v1/consultations?caseId=" + caseId).json().get("total").asInt())
                .isEqualTo(2);
        assertThat(api.get("contractmanager", "/api/v1/consultations/" + id).status()).isEqualTo(403);
        assertThat(api.get("casemanager", "/api/v1/consultations/" + id).status()).isEqualTo(404);
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + id).json().get("items").get(0).get("action").asString())
                .isEqualTo("CREATE");
    }

    @Test
    void aBrokenRuleIsA400NamingTheFieldAndNothingIsSaved() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Api.Response dcfYes = api.post("bas", "/api/v1/consultations", Api.json(consultation(caseId,
                Fixtures.organization(api, "DCF"), "YES", "NO", MONITORING)));
        assertThat(dcfYes.status()).isEqualTo(400);
        assertThat(dcfYes.contentType()).startsWith("application/problem+json");
        assertThat(dcfYes.body()).contains("\"field\":\"complianceMonitoring\"");
        Api.Response noSentence = api.post("bas", "/api/v1/consultations", Api.json(consultation(caseId,
                Fixtures.organization(api, "CBC"), "YES", "NO", "We will monitor.")));
        assertThat(noSentence.status()).isEqualTo(400);
        assertThat(noSentence.body()).contains("\"field\":\"note\"").contains(MONITORING);
        Map<String, Object> noTopics = consultation(caseId, Fixtures.organization(api, "DCF"), "NOT_APPLICABLE", "NO", "n");
        noTopics.put("topics", List.of());
        assertThat(api.post("bas", "/api/v1/consultations", Api.json(noTopics)).body()).contains("\"field\":\"topics\"");
        Map<String, Object> badTopic = consultation(caseId, Fixtures.organization(api, "DCF"), "NOT_APPLICABLE", "NO", "n");
        badTopic.put("topics", List.of("GOSSIP"));
        assertThat(api.post("bas", "/api/v1/consultations", Api.json(badTopic)).status()).isEqualTo(400);
        assertThat(api.get("bas", "/api/v1/consultations?caseId=" + caseId).json().get("total").asInt()).isZero();
        assertThat(api.get("bas", "/api/v1/monitoring?caseId=" + caseId).json().get("items").size()).isZero();
        assertThat(api.post("cpi", "/api/v1/consultations", Api.json(consultation(caseId, Fixtures.organization(api, "DCF"),
                "NOT_APPLICABLE", "NO", "n"))).status()).isEqualTo(403);
    }

    @Test
    void aFollowUpStaysOnTheTaskListUntilALaterConsultationIsLogged() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String number = api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
        Map<String, Object> first = consultation(caseId, Fixtures.organization(api, "DCF"), "NOT_APPLICABLE", "NO",
                "Not ready for safety actions yet.");
        first.put("consultedOn", AgencyTime.today().minusDays(2).toString());
        first.put("followUpOn", AgencyTime.today().plusDays(5).toString());
        assertThat(api.post("bas", "/api/v1/consultations", Api.json(first)).status()).isEqualTo(201);
        PageSession bas = PageSession.signIn(port, "bas");
        assertThat(bas.get("/").body()).contains("Follow up on case <span translate=\"no\">" + number);
        assertThat(api.post("bas", "/api/v1/consultations", Api.json(consultation(caseId, Fixtures.organization(api, "DCF"),
                "NOT_APPLICABLE", "YES", "Met again. " + ConsultationRules.GUIDANCE_SENTENCES.get(0)))).status())
                .isEqualTo(201);
        assertThat(bas.get("/").body()).doesNotContain("Follow up on case <span translate=\"no\">" + number);
    }

    @Test
    void aConsultationIsChangedWithTheSameRules() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Api.Response logged = api.post("bas", "/api/v1/consultations", Api.json(consultation(caseId,
                Fixtures.organization(api, "CMO"), "NO", "NO", "First talk.")));
        String id = logged.json().get("id").asString();
        Api.Response broken = api.patch("bas", "/api/v1/consultations/" + id, "{\"complianceMonitoring\":\"YES\"}");
        assertThat(broken.status()).isEqualTo(400);
        Api.Response fixed = api.patch("bas", "/api/v1/consultations/" + id,
                Api.json(Map.of("complianceMonitoring", "YES", "note", "First talk. " + MONITORING, "version", 0)));
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.json().get("complianceMonitoring").asString()).isEqualTo("YES");
        assertThat(api.get("bas", "/api/v1/monitoring?status=RUNNING&caseId=" + caseId).json().get("items").size())
                .isEqualTo(1);
        assertThat(api.patch("bas", "/api/v1/consultations/" + id, "{\"note\":\"x " + MONITORING + "\",\"version\":0}")
                .status()).isEqualTo(409);
    }
}
