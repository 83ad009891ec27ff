package org.tutela.courtbrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

@IntegrationTest
class CourtBriefIntegrationTests {

    @LocalServerPort
    int port;

    record Setup(String caseId, String perpetratorId, String obligationId) {
    }

    private Setup monitoredCaseWithRecords(Api api, int consultations, int obligations) {
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "11 Hidden Lane", "305-555-1212");
        String perpetratorId = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "12 Known Road", "305-555-1313");
        String dcf = null;
        for (JsonNode o : api.get("bas", "/api/v1/organizations").json()) {
            if (o.get("type").asString().equals("DCF")) {
                dcf = o.get("id").asString();
            }
        }
        for (int i = 0; i < consultations; i++) {
            assertThat(api.post("bas", "/api/v1/consultations", Api.json(Map.of("caseId", caseId,
                    "consultedOn", AgencyTime.today().minusDays(40 - i).toString(), "professionalName", "Pat CPI " + i,
                    "professionalRole", "CPI", "organizationId", dcf, "mode", "PHONE", "topics", List.of("RISK_FACTORS"),
                    "note", "Consultation " + i, "complianceMonitoring", "NOT_APPLICABLE", "guidedSafetyActions", "NO")))
                    .status()).isEqualTo(201);
        }
        String monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        String obligationId = null;
        for (int i = 0; i < obligations; i++) {
            obligationId = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                    "source", i == 0 ? "FIREARM_SURRENDER" : "DEPENDENCY_CASE_PLAN", "issuer", "Dependency court",
                    "orderedOn", AgencyTime.today().minusDays(30 - i).toString(), "dueOn", AgencyTime.today().minusDays(10).toString(),
                    "requirement", "Requirement number " + i + " of the case plan, with enough words to wrap onto a "
                            + "second line of the table in the brief"))).json().get("id").asString();
            api.post("bas", "/api/v1/obligations/" + obligationId + "/checks", Api.json(Map.of("checkedOn",
                    AgencyTime.today().minusDays(5).toString(), "source", "COURT_DOCKET", "finding", "PARTIAL",
                    "note", "Partly done according to the docket of the review hearing")));
        }
        return new Setup(caseId, perpetratorId, obligationId);
    }

    @Test
    void theTimelineMergesEverythingInDateOrderAndFilters() {
        Api api = new Api(port);
        Setup s = monitoredCaseWithRecords(api, 2, 1);
        JsonNode items = api.get("bas", "/api/v1/perpetrators/" + s.perpetratorId() + "/timeline").json().get("items");
        List<String> kinds = new ArrayList<>();
        LocalDate previous = LocalDate.MIN;
        for (JsonNode e : items) {
            kinds.add(e.get("kind").asString());
            LocalDate date = LocalDate.parse(e.get("date").asString());
            assertThat(date).isAfterOrEqualTo(previous);
            previous = date;
        }
        assertThat(kinds).contains("CONSULTATION", "MONITORING_STARTED", "OBLIGATION", "COMPLIANCE_CHECK");
        JsonNode checksOnly = api.get("bas", "/api/v1/perpetrators/" + s.perpetratorId()
                + "/timeline?kind=COMPLIANCE_CHECK").json().get("items");
        assertThat(checksOnly.size()).isEqualTo(1);
        assertThat(api.get("bas", "/api/v1/perpetrators/" + s.perpetratorId() + "/timeline?from="
                + AgencyTime.today().plusDays(1)).json().get("items").size()).isZero();
        assertThat(items.toString()).doesNotContain("11 Hidden Lane");
        // a survivor has no timeline, and roles without case access do not reach it
        String survivor = api.get("cpi", "/api/v1/cases/" + s.caseId()).json().get("people").toString();
        assertThat(survivor).contains("SURVIVOR");
        assertThat(api.get("contractmanager", "/api/v1/perpetrators/" + s.perpetratorId() + "/timeline").status())
                .isEqualTo(403);
        assertThat(api.get("casemanager", "/api/v1/perpetrators/" + s.perpetratorId() + "/timeline").status())
                .isEqualTo(404);
    }

    @Test
    void theBriefSummarisesComplianceAndIsAuditedAsAnExport() {
        Api api = new Api(port);
        Setup s = monitoredCaseWithRecords(api, 3, 2);
        Api.Response brief = api.get("cpi", "/api/v1/cases/" + s.caseId() + "/court-brief");
        assertThat(brief.status()).isEqualTo(200);
        JsonNode json = brief.json();
        assertThat(json.get("obligations").size()).isEqualTo(2);
        assertThat(json.get("consultationsTotal").asInt()).isEqualTo(3);
        assertThat(json.get("perpetrators").get(0).get("monitoredSince").asString()).isNotBlank();
        assertThat(brief.body()).doesNotContain("11 Hidden Lane").doesNotContain("555-1212").doesNotContain("5551212").doesNotContain("SURVIVOR");
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + s.caseId() + "&action=EXPORT").json().get("total")
                .asInt()).isEqualTo(1);
    }

    @Test
    void thePdfStaysWithinThreePagesForABusyCase() throws Exception {
        Api api = new Api(port);
        Setup s = monitoredCaseWithRecords(api, 20, 8);
        Api.Response pdf = api.send("GET", "/api/v1/cases/" + s.caseId() + "/court-brief", "Bearer " + api.token("bas"),
                null, Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        Api.Response raw = api.get("bas", "/api/v1/cases/" + s.caseId() + "/court-brief");
        assertThat(raw.json().get("consultations").size()).isEqualTo(12);
        try (PdfReader reader = new PdfReader(api.bytes("bas", "/api/v1/cases/" + s.caseId() + "/court-brief",
                "application/pdf"))) {
            assertThat(reader.getNumberOfPages()).isBetween(1, 3);
        }
    }

    /** The brief and the timeline speak the reader's language and to a judge: no clause numbers, no enum codes. */
    @Test
    void theBriefAndTheTimelineAreInTheReadersLanguage() throws Exception {
        Api api = new Api(port);
        Setup s = monitoredCaseWithRecords(api, 1, 1);
        Map<String, String> text = new java.util.HashMap<>();
        for (String language : List.of("en", "es", "ht")) {
            try (PdfReader reader = new PdfReader(api.bytes("bas", "/api/v1/cases/" + s.caseId() + "/court-brief",
                    "application/pdf", language))) {
                com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                StringBuilder all = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    all.append(extractor.getTextFromPage(page)).append('\n');
                }
                text.put(language, all.toString().replaceAll("\\s+", " "));
            }
            assertThat(text.get(language)).doesNotContain("E.1.1", "E.1.2", "PARTIAL", "FIREARM_SURRENDER", "NOT_APPLICABLE");
        }
        assertThat(text.get("en")).contains("Court brief, case", "Compliance monitoring started on", "Partly compliant",
                "Firearm surrender");
        assertThat(text.get("es")).contains("Monitoreo del cumplimiento", "Cumple en parte").doesNotContain("Partly compliant");
        assertThat(text.get("ht")).contains("Siveyans konf").doesNotContain("Partly compliant");
        JsonNode items = api.send("GET", "/api/v1/perpetrators/" + s.perpetratorId() + "/timeline", "Bearer "
                + api.token("bas"), null, Map.of("Accept-Language", "es")).json().get("items");
        assertThat(items.toString()).contains("Se inició el monitoreo del cumplimiento", "Entrega de armas de fuego: Cumple en parte (Registro del tribunal)")
                .doesNotContain("FIREARM_SURRENDER", "COURT_DOCKET", "Partly compliant");
    }
}
