package org.tutela.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * A compliance check's evidence, kept by the documents module: read by exactly those who may see the check's case,
 * under the name it was sent with, each read audited; the same 404 for a file one may not see as for none.
 */
@IntegrationTest
class DocumentsIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};

    @LocalServerPort
    int port;

    @Test
    void evidenceIsReadByThoseWhoSeeItsCaseAndEachReadIsAudited() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "5 Evidence Road", "305-555-3434");
        String monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id")
                .asString();
        String obligationId = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "CRIMINAL_ORDER", "issuer", "County court", "orderedOn",
                AgencyTime.today().minusDays(9).toString(), "requirement", "No contact"))).json().get("id").asString();
        Api.Response check = api.upload("bas", "/api/v1/obligations/" + obligationId + "/checks", Map.of("check",
                "{\"checkedOn\":\"" + AgencyTime.today() + "\",\"source\":\"COURT_DOCKET\",\"finding\":\"COMPLIANT\","
                        + "\"note\":\"Docket shows no violation\"}"), "file", "docket screenshot.png", PNG);
        assertThat(check.status()).as(check.body()).isEqualTo(201);
        JsonNode kept = api.get("cpi", "/api/v1/obligations/" + obligationId).json().get("checks").get(0);
        String documentId = kept.get("attachmentId").asString();
        assertThat(kept.get("attachmentName").asString()).isEqualTo("docket screenshot.png");
        assertThat(kept.get("attachmentSize").asInt()).isEqualTo(PNG.length);

        Api.Response read = api.get("cpi", "/api/v1/documents/" + documentId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.contentType()).isEqualTo("image/png");
        assertThat(read.header("Content-Disposition")).startsWith("attachment;").contains("docket screenshot.png");
        assertThat(read.body().getBytes(StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(PageSession.signIn(port, "bas").get("/documents/" + documentId).statusCode()).isEqualTo(200);

        // signed in, but the case is not theirs to see: the same answer as for no file at all
        for (String user : List.of("casemanager", "advocate", "bip", "contractmanager", "leader", "admin")) {
            assertThat(api.get(user, "/api/v1/documents/" + documentId).status()).as(user).isEqualTo(404);
        }
        assertThat(api.get("cpi", "/api/v1/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get(null, "/api/v1/documents/" + documentId).status()).isEqualTo(401);

        JsonNode reads = api.get("admin", "/api/v1/audit?entityId=" + documentId + "&action=READ").json();
        assertThat(reads.get("total").asInt()).as("the two reads that were answered").isEqualTo(2);
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + documentId + "&action=CREATE").json().get("total")
                .asInt()).isEqualTo(1);
    }

    @Test
    void aFileOfTheWrongTypeSavesNothing() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id")
                .asString();
        String obligationId = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "CRIMINAL_ORDER", "issuer", "County court", "orderedOn",
                AgencyTime.today().minusDays(9).toString(), "requirement", "No contact"))).json().get("id").asString();
        Api.Response slides = api.upload("bas", "/api/v1/obligations/" + obligationId + "/checks", Map.of("check",
                "{\"checkedOn\":\"" + AgencyTime.today() + "\",\"source\":\"COURT_DOCKET\",\"finding\":\"PARTIAL\","
                        + "\"note\":\"x\"}"), "file", "deck.pptx",
                org.tutela.support.TestFiles.slides());
        assertThat(slides.status()).isEqualTo(400);
        assertThat(slides.body()).contains("\"field\":\"file\"", "PDF, PNG or JPEG");
        assertThat(api.get("bas", "/api/v1/obligations/" + obligationId).json().get("checks").size())
                .as("no check without its evidence").isZero();
    }

}
