package org.tutela.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

@IntegrationTest
class ComplianceApiIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    private String monitoredCase(Api api) {
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "3 Monitor Road", "305-555-3333");
        Api.Response started = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}");
        assertThat(started.status()).isEqualTo(201);
        return started.json().get("id").asString();
    }

    private String obligation(Api api, String monitoringId, Map<String, Object> fields) {
        Map<String, Object> o = new HashMap<>(Map.of("source", "DEPENDENCY_CASE_PLAN", "issuer", "Dependency court",
                "orderNumber", "2026-DP-" + UUID.randomUUID().toString().substring(0, 4),
                "orderedOn", AgencyTime.today().minusDays(30).toString(), "requirement", "Complete a 26-week BIP"));
        o.putAll(fields);
        Api.Response r = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(o));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void obligationsAreRecordedFromEachSourceWithTheirRules() {
        Api api = new Api(port);
        String monitoringId = monitoredCase(api);
        obligation(api, monitoringId, Map.of("source", "CRIMINAL_ORDER", "requirement", "No contact with the survivor"));
        obligation(api, monitoringId, Map.of("source", "INJUNCTION", "injunctionKind", "CHAPTER_39"));
        obligation(api, monitoringId, Map.of("source", "BIP", "recurrence", "weekly"));
        Api.Response noKind = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "INJUNCTION", "issuer", "Circuit court", "orderedOn", "2026-11-01", "requirement", "Stay away")));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.body()).contains("\"field\":\"injunctionKind\"");
        Api.Response noDue = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "FIREARM_SURRENDER", "issuer", "Circuit court", "orderedOn", "2026-11-01", "requirement", "Surrender")));
        assertThat(noDue.body()).contains("\"field\":\"dueOn\"");
        assertThat(api.get("bas", "/api/v1/monitoring/" + monitoringId + "/obligations").json().get("items").size())
                .isEqualTo(3);
        assertThat(api.get("cpi", "/api/v1/monitoring/" + monitoringId + "/obligations").status()).isEqualTo(200);
        assertThat(api.get("contractmanager", "/api/v1/monitoring/" + monitoringId + "/obligations").status()).isEqualTo(403);
        assertThat(api.get("casemanager", "/api/v1/monitoring/" + monitoringId + "/obligations").status()).isEqualTo(404);
        assertThat(api.post("cpi", "/api/v1/monitoring/" + monitoringId + "/obligations", "{}").status()).isEqualTo(403);
    }

    @Test
    void aCheckUpdatesTheStatusWithHistoryAndKeepsItsEvidence() throws Exception {
        Api api = new Api(port);
        String obligationId = obligation(api, monitoredCase(api), Map.of());
        Api.Response json = api.post("bas", "/api/v1/obligations/" + obligationId + "/checks", Api.json(Map.of(
                "checkedOn", AgencyTime.today().toString(), "source", "BIP_REPORT", "finding", "PARTIAL",
                "note", "Attended 3 of 6 sessions")));
        assertThat(json.status()).isEqualTo(201);

        HttpResponse<String> withFile = multipart(api, obligationId, "report.pdf", PDF,
                "{\"checkedOn\":\"" + AgencyTime.today() + "\",\"source\":\"COURT_DOCKET\",\"finding\":\"NON_COMPLIANT\","
                        + "\"note\":\"Missed the review hearing\"}");
        assertThat(withFile.statusCode()).as(withFile.body()).isEqualTo(201);
        String checkId = Api.parse(withFile.body()).get("id").asString();

        JsonNode o = api.get("cpi", "/api/v1/obligations/" + obligationId).json();
        assertThat(o.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(o.get("statusHistory").size()).isEqualTo(2);
        assertThat(o.get("statusHistory").get(0).get("to").asString()).isEqualTo("PARTIAL");
        assertThat(o.get("checks").get(0).get("attachmentType").asString()).isEqualTo("application/pdf");

        Api.Response file = api.get("cpi", "/api/v1/checks/" + checkId + "/attachment");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.body()).startsWith("%PDF-1.4");
        String documentId = o.get("checks").get(0).get("attachmentId").asString();
        assertThat(o.get("checks").get(0).get("attachmentName").asString()).isEqualTo("report.pdf");
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + documentId + "&action=READ").json().get("total")
                .asInt()).as("the read of the evidence, audited by the documents module").isEqualTo(1);

        HttpResponse<String> fake = multipart(api, obligationId, "looks.pdf", "not a pdf at all".getBytes(),
                "{\"checkedOn\":\"" + AgencyTime.today() + "\",\"source\":\"COURT_DOCKET\",\"finding\":\"COMPLIANT\",\"note\":\"x\"}");
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("\"field\":\"file\"");
        assertThat(api.get("bas", "/api/v1/obligations/" + obligationId).json().get("status").asString())
                .as("nothing saved").isEqualTo("NON_COMPLIANT");

        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooBig = multipart(api, obligationId, "big.pdf", big,
                "{\"checkedOn\":\"" + AgencyTime.today() + "\",\"source\":\"COURT_DOCKET\",\"finding\":\"COMPLIANT\",\"note\":\"x\"}");
        assertThat(tooBig.statusCode()).isIn(400, 413);
    }

    @Test
    void aFirearmSurrenderWithoutOutcomeBecomesOverdueUntilEscalatedAndResolved() {
        Api api = new Api(port);
        String monitoringId = monitoredCase(api);
        String late = obligation(api, monitoringId, Map.of("source", "FIREARM_SURRENDER",
                "requirement", "Surrender all firearms to the sheriff", "dueOn", AgencyTime.today().minusDays(4).toString()));
        String onTime = obligation(api, monitoringId, Map.of("source", "FIREARM_SURRENDER",
                "requirement", "Surrender firearms", "dueOn", AgencyTime.today().minusDays(3).toString()));

        JsonNode overdue = api.get("bas", "/api/v1/firearm-followups?overdue=true").json().get("items");
        assertThat(overdue.toString()).contains(late).doesNotContain(onTime); // due + 3 days of grace
        assertThat(api.get("bas", "/api/v1/obligations/" + late).json().get("firearm").get("overdue").asBoolean()).isTrue();
        String number = api.get("bas", "/api/v1/obligations/" + late).json().get("caseNumber").asString();
        assertThat(PageSession.signIn(port, "bas").get("/").body()).contains("Overdue").contains(number);

        assertThat(api.post("bas", "/api/v1/obligations/" + late + "/firearm-contacts", Api.json(Map.of(
                "contactedOn", AgencyTime.today().toString(), "party", "LAW_ENFORCEMENT", "agency", "County Sheriff",
                "contactName", "Deputy Example", "outcome", "No record of surrender"))).status()).isEqualTo(201);
        Api.Response escalated = api.post("bas", "/api/v1/obligations/" + late + "/escalations", Api.json(Map.of(
                "escalatedOn", AgencyTime.today().toString(), "channel", "Regional DV-child welfare protocol",
                "escalatedTo", "CLS attorney and CPI supervisor", "concern", "Firearms not surrendered past due date")));
        assertThat(escalated.status()).isEqualTo(201);
        String escalationId = escalated.json().get("firearm").get("escalations").get(0).get("id").asString();
        assertThat(escalated.json().get("firearm").get("overdue").asBoolean()).isTrue();

        Api.Response noEvidence = api.post("bas", "/api/v1/obligations/" + late + "/firearm-outcome", Api.json(Map.of(
                "outcome", "SURRENDERED", "confirmedOn", AgencyTime.today().toString(), "professionalDocumented", true)));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.body()).contains("\"field\":\"evidence\"");

        Api.Response resolved = api.post("bas", "/api/v1/escalations/" + escalationId + "/response", Api.json(Map.of(
                "respondedOn", AgencyTime.today().toString(), "response", "Sheriff confirmed pick-up scheduled; CLS will raise it at the hearing",
                "resolved", true)));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("firearm").get("overdue").asBoolean()).isFalse();
        assertThat(api.get("bas", "/api/v1/firearm-followups?overdue=true").body()).doesNotContain(late);

        Api.Response surrendered = api.post("bas", "/api/v1/obligations/" + onTime + "/firearm-outcome", Api.json(Map.of(
                "outcome", "SURRENDERED", "confirmedOn", AgencyTime.today().toString(),
                "evidence", "Sheriff's property receipt 4411", "professionalDocumented", true)));
        assertThat(surrendered.json().get("firearm").get("resolved").asBoolean()).isTrue();
        assertThat(api.post("bas", "/api/v1/obligations/" + obligation(api, monitoringId, Map.of())
                + "/firearm-contacts", "{}").status()).isEqualTo(400);
    }

    @Test
    void monitoringEndsWithAReason() {
        Api api = new Api(port);
        String monitoringId = monitoredCase(api);
        assertThat(api.post("bas", "/api/v1/monitoring/" + monitoringId + "/end", "{}").status()).isEqualTo(400);
        Api.Response ended = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/end",
                Api.json(Map.of("reason", "Case closed by the court")));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("endReason").asString()).isEqualTo("Case closed by the court");
        assertThat(api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "BIP", "issuer", "x", "orderedOn", "2026-11-01", "requirement", "y"))).status()).isEqualTo(400);
    }

    private HttpResponse<String> multipart(Api api, String obligationId, String fileName, byte[] content, String check)
            throws Exception {
        String boundary = "tutela" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"check\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + check + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/obligations/"
                        + obligationId + "/checks"))
                .header("Authorization", "Bearer " + api.token("bas"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
