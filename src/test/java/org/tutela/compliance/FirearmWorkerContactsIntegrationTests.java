package org.tutela.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * C.1.5: the case's child welfare professionals document their own follow-up of a firearm surrender, which the BAS
 * then sees on the follow-up, in the list of follow-ups and on the perpetrator's timeline. Only a professional who may
 * open the case documents (its CPI, its supervisor); the BAS reads; a DV advocate, a BIP provider or a case manager of
 * another organization cannot; every follow-up documented is audited; a reported surrender does not close the
 * follow-up (the BAS confirms it with the receipt or inventory).
 */
@IntegrationTest
class FirearmWorkerContactsIntegrationTests {

    @LocalServerPort
    int port;

    /** A DCF case (opened by the CPI) with a perpetrator under monitoring and an overdue firearm surrender. */
    private record Setup(String caseId, String perpetratorId, String obligationId) {
    }

    private Setup overdueSurrender(Api api) {
        String caseId = Fixtures.openCase(api, "cpi");
        String perpetratorId = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "5 Firearm Road", "305-555-0177");
        String monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        Api.Response o = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "FIREARM_SURRENDER", "issuer", "Suncoast Circuit Court", "orderedOn",
                AgencyTime.today().minusDays(20).toString(), "requirement", "Surrender every firearm to the sheriff",
                "dueOn", AgencyTime.today().minusDays(10).toString())));
        assertThat(o.status()).as(o.body()).isEqualTo(201);
        return new Setup(caseId, perpetratorId, o.json().get("id").asString());
    }

    private static Map<String, Object> contact(String party, String outcome, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("contactedOn", AgencyTime.today().minusDays(1).toString(),
                "party", party, "outcome", outcome));
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    @Test
    void theCasesCpiDocumentsTheFollowUpAndTheBasSeesItWithoutItClosingTheFollowUp() {
        Api api = new Api(port);
        Setup s = overdueSurrender(api);
        String path = "/api/v1/obligations/" + s.obligationId() + "/firearm-worker-contacts";

        Api.Response documented = api.post("cpi", path, Api.json(contact("LAW_ENFORCEMENT", "SURRENDER_CONFIRMED",
                "Deputy Ruiz says a receipt for two rifles is on file")));
        assertThat(documented.status()).as(documented.body()).isEqualTo(201);
        JsonNode firearm = documented.json().get("firearm");
        JsonNode worker = firearm.get("workerContacts").get(0);
        assertThat(worker.get("party").asString()).isEqualTo("LAW_ENFORCEMENT");
        assertThat(worker.get("outcome").asString()).isEqualTo("SURRENDER_CONFIRMED");
        assertThat(worker.get("recordedBy").asString()).isEqualTo("Casey Investigator");
        assertThat(worker.get("recordedByRole").asString()).isEqualTo("CPI");
        // it informs the BAS: only the BAS's confirmed outcome, with the receipt, closes the follow-up
        assertThat(firearm.get("resolved").asBoolean()).isFalse();
        assertThat(firearm.get("overdue").asBoolean()).isTrue();
        String contactId = worker.get("id").asString();

        // audited, as the CPI's
        JsonNode audit = api.get("admin", "/api/v1/audit?entityId=" + contactId + "&action=CREATE").json();
        assertThat(audit.get("total").asInt()).isEqualTo(1);
        assertThat(audit.get("items").get(0).toString()).contains("cpi", "FIREARM_WORKER_CONTACT");

        // the BAS sees it on the obligation, in the follow-ups and on the perpetrator's timeline
        JsonNode seen = api.get("bas", "/api/v1/obligations/" + s.obligationId()).json().get("firearm");
        assertThat(seen.get("workerContacts").get(0).get("note").asString()).startsWith("Deputy Ruiz");
        JsonNode item = api.get("bas", "/api/v1/firearm-followups?caseId=" + s.caseId()).json().get("items").get(0);
        assertThat(item.get("workerContacts").asInt()).isEqualTo(1);
        assertThat(item.get("latestWorkerOutcome").asString()).isEqualTo("SURRENDER_CONFIRMED");
        assertThat(item.get("overdue").asBoolean()).isTrue();
        Api.Response timeline = api.get("bas", "/api/v1/perpetrators/" + s.perpetratorId()
                + "/timeline?kind=FIREARM_WORKER_CONTACT");
        assertThat(timeline.json().get("items")).hasSize(1);
        assertThat(timeline.json().get("items").get(0).get("summary").asString())
                .contains("Law enforcement agency", "Surrender confirmed", "Casey Investigator");

        // the organization's supervisor may document too; the BAS confirms with the receipt, which closes it
        assertThat(api.post("supervisor", path, Api.json(contact("COURT", "PENDING", null))).status()).isEqualTo(201);
        Api.Response confirmed = api.post("bas", "/api/v1/obligations/" + s.obligationId() + "/firearm-outcome",
                Api.json(Map.of("outcome", "SURRENDERED", "confirmedOn", AgencyTime.today().toString(),
                        "evidence", "Sheriff's receipt 2026-114", "professionalDocumented", true)));
        assertThat(confirmed.json().get("firearm").get("resolved").asBoolean()).isTrue();
        assertThat(confirmed.json().get("firearm").get("workerContacts")).hasSize(2);
    }

    @Test
    void onlyProfessionalsWhoMayOpenTheCaseDocumentAndNobodyElseLearnsOfIt() {
        Api api = new Api(port);
        Setup s = overdueSurrender(api);
        String path = "/api/v1/obligations/" + s.obligationId() + "/firearm-worker-contacts";
        String body = Api.json(contact("COURT", "PENDING", null));
        // the BAS reads but does not document the professional's follow-up; roles without cases are refused
        assertThat(api.post("bas", path, body).status()).isEqualTo(403);
        assertThat(api.post("advocate", path, body).status()).isEqualTo(403);
        assertThat(api.post("bip", path, body).status()).isEqualTo(403);
        assertThat(api.post("contractmanager", path, body).status()).isEqualTo(403);
        // a case manager of another organization, not assigned: the case is not theirs to open (like a missing one)
        assertThat(api.post("casemanager", path, body).status()).isEqualTo(404);
        assertThat(api.get("casemanager", "/api/v1/obligations/" + s.obligationId()).status()).isEqualTo(404);
        // nothing was recorded
        assertThat(api.get("bas", "/api/v1/obligations/" + s.obligationId()).json().get("firearm")
                .get("workerContacts")).isEmpty();
        // and the pages answer the same
        assertThat(PageSession.signIn(port, "advocate").get("/obligations/" + s.obligationId()
                + "/firearm-worker-contacts/new").statusCode()).isEqualTo(403);
        assertThat(PageSession.signIn(port, "bas").get("/obligations/" + s.obligationId()
                + "/firearm-worker-contacts/new").statusCode()).isEqualTo(403);
        assertThat(PageSession.signIn(port, "casemanager").get("/obligations/" + s.obligationId()
                + "/firearm-worker-contacts/new").statusCode()).isEqualTo(404);
    }

    @Test
    void everyBrokenRuleIsNamedAtOnceAndNothingIsSaved() {
        Api api = new Api(port);
        Setup s = overdueSurrender(api);
        String path = "/api/v1/obligations/" + s.obligationId() + "/firearm-worker-contacts";
        Api.Response empty = api.post("cpi", path, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"contactedOn\"", "\"field\":\"party\"", "\"field\":\"outcome\"");
        // "other" says whom in the note
        Api.Response other = api.post("cpi", path, Api.json(contact("OTHER", "UNABLE_TO_REACH", " ")));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("\"field\":\"note\"");
        // not before the order, not in the future
        Map<String, Object> early = contact("COURT", "PENDING", null);
        early.put("contactedOn", AgencyTime.today().minusDays(30).toString());
        assertThat(api.post("cpi", path, Api.json(early)).body()).contains("\"field\":\"contactedOn\"");
        Map<String, Object> future = contact("COURT", "PENDING", null);
        future.put("contactedOn", AgencyTime.today().plusDays(1).toString());
        assertThat(api.post("cpi", path, Api.json(future)).status()).isEqualTo(400);
        Map<String, Object> longNote = contact("COURT", "PENDING", "x".repeat(501));
        assertThat(api.post("cpi", path, Api.json(longNote)).body()).contains("\"field\":\"note\"");
        assertThat(api.post("cpi", path, Api.json(contact("COURT", "SOMETHING_ELSE", null))).status()).isEqualTo(400);
        assertThat(api.get("cpi", "/api/v1/obligations/" + s.obligationId()).json().get("firearm")
                .get("workerContacts")).isEmpty();

        // an obligation that is not a firearm surrender has no follow-up to document
        String monitoringId = api.get("bas", "/api/v1/obligations/" + s.obligationId()).json().get("monitoringId")
                .asString();
        String plan = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "DEPENDENCY_CASE_PLAN", "issuer", "Dependency court", "orderedOn",
                AgencyTime.today().minusDays(5).toString(), "requirement", "Complete a 26-week BIP"))).json()
                .get("id").asString();
        Api.Response notFirearm = api.post("cpi", "/api/v1/obligations/" + plan + "/firearm-worker-contacts",
                Api.json(contact("COURT", "PENDING", null)));
        assertThat(notFirearm.status()).isEqualTo(400);
        assertThat(notFirearm.body()).contains("firearm surrender");
    }

    @Test
    void theCpiDocumentsItOnThePageWhereTheOverdueFollowUpShowsAndTheBasReadsItThere() {
        Api api = new Api(port);
        Setup s = overdueSurrender(api);
        PageSession cpi = PageSession.signIn(port, "cpi");
        String obligationPage = "/obligations/" + s.obligationId();
        String formPage = obligationPage + "/firearm-worker-contacts/new";

        // the overdue follow-up at the top of the case page offers it
        String alerts = cpi.get("/cases/" + s.caseId() + "/compliance?alerts=true").body();
        assertThat(alerts).contains("Overdue", "href=\"" + formPage + "\"");
        String page = cpi.get(obligationPage).body();
        assertThat(page).contains("Document your follow-up", "href=\"" + formPage + "\"")
                .doesNotContain("/checks/new").doesNotContain("/firearm-outcome\"");
        HttpResponse<String> form = cpi.get(formPage);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Document your firearm follow-up", "Whom you contacted", "Unable to reach");

        HttpResponse<String> refused = cpi.submit(formPage, obligationPage + "/firearm-worker-contacts",
                Map.of("contactedOn", AgencyTime.today().toString(), "party", "OTHER", "outcome", "PENDING"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Say in the note whom you contacted.", "aria-invalid=\"true\"");

        HttpResponse<String> saved = cpi.submit(formPage, obligationPage + "/firearm-worker-contacts",
                Map.of("contactedOn", AgencyTime.today().toString(), "party", "OTHER", "outcome", "UNABLE_TO_REACH",
                        "note", "Left two messages for the victim advocate at the State Attorney's office"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(obligationPage + "?saved=workerContact");
        String after = cpi.get(obligationPage + "?saved=workerContact").body();
        assertThat(after).contains("Your follow-up is documented.", "Back to case ", "Unable to reach",
                "Left two messages");

        String bas = PageSession.signIn(port, "bas").get(obligationPage).body();
        assertThat(bas).contains("Follow-up documented by the case&#39;s professionals", "Other: Unable to reach",
                "Casey Investigator", "Left two messages").doesNotContain(formPage);
        assertThat(PageSession.signIn(port, "bas").get("/cases/" + s.caseId() + "/compliance?alerts=true").body())
                .contains("Professional&#39;s follow-up: Unable to reach").doesNotContain(formPage);
    }

    /**
     * The note reaches the BAS: a survivor's contact value in it is refused when written, and a note that holds one
     * recorded later (the survivor moved to the address it names) is withheld from the BAS wherever it shows, while the
     * case's workers still read it whole.
     */
    @Test
    void aNoteWithASurvivorsContactDetailsIsRefusedOrWithheldFromTheBas() {
        Api api = new Api(port);
        Setup s = overdueSurrender(api);
        String path = "/api/v1/obligations/" + s.obligationId() + "/firearm-worker-contacts";
        Fixtures.addPerson(api, "cpi", s.caseId(), "SURVIVOR", "41 Zqcanary Street", "305-555-0141");
        Api.Response refused = api.post("cpi", path, Api.json(contact("OTHER", "PENDING",
                "Neighbour at 41 Zqcanary Street says she can be reached on (305) 555-0141")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("note").contains("BAS");

        Api.Response written = api.post("cpi", path, Api.json(contact("OTHER", "PENDING",
                "Deputy to check 77 Larkspur Way again")));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        // a request for a consultation is the same kind of note: withheld too once it names a protected value
        Api.Response asked = api.post("cpi", "/api/v1/cases/" + s.caseId() + "/consultation-requests", Api.json(Map.of(
                "reason", "OTHER", "note", "The family may move to 77 Larkspur Way")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String survivor = Fixtures.addPerson(api, "cpi", s.caseId(), "SURVIVOR", "77 Larkspur Way", "305-555-0142");
        assertThat(survivor).isNotBlank();
        String bas = api.get("bas", "/api/v1/obligations/" + s.obligationId()).body()
                + api.get("bas", "/api/v1/perpetrators/" + s.perpetratorId() + "/timeline").body()
                + api.get("bas", "/api/v1/cases/" + s.caseId() + "/court-brief").body()
                + api.get("bas", "/api/v1/consultation-requests/" + asked.json().get("id").asString()).body();
        assertThat(bas).doesNotContain("Larkspur").contains("Note withheld");
        assertThat(api.get("cpi", "/api/v1/obligations/" + s.obligationId()).body()).contains("77 Larkspur Way");
    }
}
