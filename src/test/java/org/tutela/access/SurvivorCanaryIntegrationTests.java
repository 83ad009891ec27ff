package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.directory.Role;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/**
 * A CPI writes a unique survivor address, phone and child's school; none of them appears in any page or API
 * response for the roles that must never see survivor-services information (C.1.1), whatever endpoint of the
 * authorization matrix they call with the canary's ids, while the BAS still sees the case and the perpetrator.
 */
@IntegrationTest
class SurvivorCanaryIntegrationTests {

    static final List<Role> MUST_NOT_SEE = List.of(Role.BAS, Role.ADMIN, Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER,
            Role.BIP_PROVIDER, Role.DV_ADVOCATE);

    static String canary;
    static String caseId;
    static String survivorId;
    static String childId;
    static String perpetratorId;
    static String surname;
    static final java.util.Map<String, String> ids = new java.util.HashMap<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void writeCanary(@LocalServerPort int port) {
        Api api = new Api(port);
        canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        caseId = Fixtures.openCase(api, "cpi");
        survivorId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1 " + canary + " Street", "555-" + canary);
        childId = Fixtures.addPerson(api, "cpi", caseId, "CHILD", "2 " + canary + " Street", "556-" + canary);
        Fixtures.addPerson(api, "cpi", caseId, "OTHER_CAREGIVER", "3 " + canary + " Street", "557-" + canary);
        perpetratorId = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "9 Perp Visible Road", "555-9999");
        surname = api.get("cpi", "/api/v1/people/" + survivorId).json().get("lastName").asString();
        // a change of address, so that the change history holds the canary too
        Api.Response changed = api.patch("cpi", "/api/v1/people/" + survivorId,
                "{\"address\":{\"line1\":\"4 " + canary + " Avenue\"},\"shelterStatus\":\"IN_SHELTER_" + canary + "\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("4 " + canary + " Avenue");

        // the BAS's own records on the case: a consultation, monitoring, a firearm obligation with a check,
        // a contact and an escalation, so that their pages and the court brief have content to leak from
        String dcf = null;
        for (var o : api.get("bas", "/api/v1/organizations").json()) {
            if (o.get("type").asString().equals("DCF")) {
                dcf = o.get("id").asString();
            }
        }
        Api.Response consultation = api.post("bas", "/api/v1/consultations", Api.json(java.util.Map.of(
                "caseId", caseId, "consultedOn", java.time.LocalDate.now().toString(), "professionalName", "Pat CPI",
                "professionalRole", "CPI", "organizationId", dcf, "mode", "PHONE", "topics", List.of("RISK_FACTORS"),
                "note", "Discussed the perpetrator's pattern of coercive control.", "complianceMonitoring",
                "NOT_APPLICABLE", "guidedSafetyActions", "NO")));
        assertThat(consultation.status()).isEqualTo(201);
        String monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        Api.Response obligation = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations",
                Api.json(java.util.Map.of("source", "FIREARM_SURRENDER", "issuer", "Circuit court", "orderedOn",
                        java.time.LocalDate.now().minusDays(20).toString(), "dueOn",
                        java.time.LocalDate.now().minusDays(10).toString(), "requirement", "Surrender all firearms")));
        String obligationId = obligation.json().get("id").asString();
        String checkId = api.post("bas", "/api/v1/obligations/" + obligationId + "/checks", Api.json(java.util.Map.of(
                "checkedOn", java.time.LocalDate.now().toString(), "source", "LAW_ENFORCEMENT", "finding",
                "NON_COMPLIANT", "note", "No receipt on file"))).json().get("id").asString();
        String escalationId = api.post("bas", "/api/v1/obligations/" + obligationId + "/escalations",
                Api.json(java.util.Map.of("escalatedOn", java.time.LocalDate.now().toString(), "channel", "Protocol",
                        "escalatedTo", "CLS", "concern", "Not surrendered"))).json().get("firearm").get("escalations")
                .get(0).get("id").asString();
        ids.putAll(java.util.Map.of("cases", caseId, "perpetrators", perpetratorId, "consultations",
                consultation.json().get("id").asString(), "monitoring", monitoringId, "obligations", obligationId,
                "checks", checkId, "escalations", escalationId));
    }

    @Test
    void theCanaryIsNowhereForRolesThatMustNotSeeIt() {
        Api api = new Api(port);
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Role role : MUST_NOT_SEE) {
            String user = AuthorizationMatrixIntegrationTests.DEMO_USERS.get(role);
            PageSession session = PageSession.signIn(port, user);
            for (String path : paths()) {
                String body = path.endsWith(".pdf") ? pdfText(session.getBytes(path))
                        : path.startsWith("/api/") ? api.get(user, path).body() : session.get(path).body();
                checked++;
                if (body != null && body.contains(canary)) {
                    leaks.add(role + " " + path);
                }
            }
        }
        assertThat(checked).isGreaterThan(MUST_NOT_SEE.size() * 10);
        assertThat(leaks).as("responses that reveal survivor-services information").isEmpty();
    }

    @Test
    void theBasSeesTheCaseAndThePerpetratorButNoSurvivorContactField() {
        Api api = new Api(port);
        Api.Response response = api.get("bas", "/api/v1/cases/" + caseId);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains(surname).contains("9 Perp Visible Road").doesNotContain(canary);
        for (var person : response.json().get("people")) {
            boolean perpetrator = person.get("role").asString().equals("PERPETRATOR");
            for (String field : List.of("address", "phone", "email", "workplace", "schoolOrChildCare", "shelterStatus")) {
                if (!perpetrator) {
                    assertThat(person.has(field)).as(field + " of a " + person.get("role")).isFalse();
                }
            }
        }
        assertThat(api.get("bas", "/api/v1/people/" + survivorId).json().has("address")).isFalse();
        assertThat(api.get("bas", "/api/v1/people/" + perpetratorId).json().has("address")).isTrue();
        String page = PageSession.signIn(port, "bas").get("/cases/" + caseId).body();
        assertThat(page).contains(surname).contains("9 Perp Visible Road").doesNotContain(canary);
    }

    @Test
    void theCpiWhoWroteItSeesIt() {
        Api api = new Api(port);
        assertThat(api.get("cpi", "/api/v1/cases/" + caseId).body()).contains(canary);
        assertThat(PageSession.signIn(port, "cpi").get("/cases/" + caseId).body()).contains(canary);
        assertThat(PageSession.signIn(port, "cpi").get("/people/" + survivorId + "/history").body()).contains(canary);
    }

    @Test
    void theCourtBriefPdfNamesThePerpetratorButNoSurvivorField() {
        String text = pdfText(PageSession.signIn(port, "bas").getBytes("/cases/" + caseId + "/court-brief.pdf"));
        assertThat(text).contains("Court brief").contains("Surrender all firearms").doesNotContain(canary);
        Api.Response pdf = new Api(port).send("GET", "/api/v1/cases/" + caseId + "/court-brief",
                "Bearer " + new Api(port).token("cpi"), null, java.util.Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
    }

    /** The text of a PDF, or the body as it is when it is not one (an error page). */
    static String pdfText(byte[] pdf) {
        if (pdf.length < 5 || pdf[0] != '%') {
            return new String(pdf, java.nio.charset.StandardCharsets.UTF_8);
        }
        return org.tutela.support.Pdfs.text(pdf);
    }

    /** Every GET endpoint of the matrix with the canary's ids, and the searches that could find it. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, AuthorizationMatrix.Rule> e : AuthorizationMatrix.RULES.entrySet()) {
            String[] parts = e.getKey().split(" ");
            if (!parts[0].equals("GET")) {
                continue;
            }
            for (String person : List.of(survivorId, childId)) {
                java.util.Map<String, String> withPerson = new java.util.HashMap<>(ids);
                withPerson.put("people", person);
                paths.add(AuthorizationMatrixIntegrationTests.concrete(parts[1], withPerson));
            }
        }
        paths.add("/cases?q=" + surname);
        paths.add("/api/v1/cases?q=" + surname);
        paths.add("/api/v1/cases?q=" + canary);
        paths.add("/admin/audit?entityId=" + survivorId);
        paths.add("/api/v1/audit?entityId=" + survivorId);
        return paths.stream().distinct().toList();
    }
}
