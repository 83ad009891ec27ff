package org.tutela.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import static org.tutela.support.TestFiles.slides;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import org.tutela.support.Pdfs;
import tools.jackson.databind.JsonNode;

/**
 * A training from plan to report (C.1.2, C.2.5.4): planned by the BAS, its materials submitted, returned and approved
 * by the contract manager, its agenda and sign-in sheet made from the record, attendees and proofs recorded; read by
 * the provider's BAS and advocates and the region's contract managers and program leaders only.
 */
@IntegrationTest
class TrainingsIntegrationTests {

    static final byte[] PNG = org.tutela.support.TestFiles.PNG;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    static Map<String, Object> training(OffsetDateTime startsAt, String delivery) {
        Map<String, Object> t = new HashMap<>(Map.of("title", "Engaging fathers who use violence " + UUID.randomUUID()
                        .toString().substring(0, 6), "topics", List.of("PERPETRATOR_ENGAGEMENT", "BATTERER_DYNAMICS"),
                "description", "How to interview a perpetrator about his pattern of coercive control.",
                "objectives", "Name three behaviors; plan an interview.", "startsAt", startsAt.toString(),
                "lengthMinutes", 90, "delivery", delivery, "audience", "CPIs and case managers of the region"));
        t.put("instructors", List.of(Map.of("name", "Bailey Specialist", "title", "Batterer Accountability Specialist",
                "bipCoFacilitator", false), Map.of("name", "Dana Reyes", "title", "BIP group facilitator",
                "bipCoFacilitator", true)));
        return t;
    }


    @Test
    void theBasPlansAndSubmitsAndTheContractManagerReturnsThenApproves() {
        Api api = new Api(port);
        OffsetDateTime startsAt = OffsetDateTime.now().plusDays(40).truncatedTo(ChronoUnit.MINUTES);
        Api.Response created = api.post("bas", "/api/v1/trainings", Api.json(training(startsAt, "IN_PERSON")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode t = created.json();
        String id = t.get("id").asString();
        String title = t.get("title").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/trainings/" + id);
        assertThat(t.get("status").asString()).isEqualTo("DRAFT");
        assertThat(t.get("materialsDueOn").asString())
                .isEqualTo(startsAt.atZoneSameInstant(AgencyTime.ZONE).toLocalDate().minusDays(30).toString());
        assertThat(t.get("materials").asString()).isEqualTo("PENDING");
        assertThat(t.get("instructors").get(1).get("bipCoFacilitator").asBoolean()).isTrue();
        assertThat(List.of(t.get("notCounted").toString())).allMatch(s -> s.contains("NOT_APPROVED")
                && s.contains("NOT_HELD") && s.contains("TOO_FEW_ATTENDEES") && s.contains("NO_SIGN_IN_SHEET"));

        Api.Response early = api.post("bas", "/api/v1/trainings/" + id + "/submission", "");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("\"field\":\"file\"");
        Api.Response materials = api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=TRAINING_MATERIALS",
                Map.of(), "file", "engaging fathers.pptx", slides());
        assertThat(materials.status()).as(materials.body()).isEqualTo(201);
        assertThat(materials.json().get("contentType").asString()).contains("presentationml");
        JsonNode submitted = api.post("bas", "/api/v1/trainings/" + id + "/submission", "").json();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("materials").asString()).isEqualTo("ON_TIME");
        assertThat(submitted.get("steps").get(0).get("late").asBoolean()).isFalse();
        assertThat(api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=TRAINING_MATERIALS", Map.of(),
                "file", "more.pptx", slides()).status()).as("materials frozen while under review").isEqualTo(400);

        assertThat(api.post("bas", "/api/v1/trainings/" + id + "/review", "{\"decision\":\"APPROVED\"}").status())
                .isEqualTo(403);
        Api.Response noComment = api.post("contractmanager", "/api/v1/trainings/" + id + "/review",
                "{\"decision\":\"RETURNED\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body()).contains("\"field\":\"comment\"");
        JsonNode returned = api.post("contractmanager", "/api/v1/trainings/" + id + "/review",
                "{\"decision\":\"RETURNED\",\"comment\":\"Add the C.1.2.3 case-plan exercise.\"}").json();
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("steps").get(1).get("comment").asString()).isEqualTo("Add the C.1.2.3 case-plan exercise.");
        assertThat(api.post("bas", "/api/v1/trainings/" + id + "/submission", "").json().get("status").asString())
                .isEqualTo("SUBMITTED");
        JsonNode approved = api.post("contractmanager", "/api/v1/trainings/" + id + "/review",
                "{\"decision\":\"APPROVED\",\"comment\":\"\"}").json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedAt").isNull()).isFalse();
        assertThat(approved.get("steps").size()).isEqualTo(4);
        assertThat(api.post("contractmanager", "/api/v1/trainings/" + id + "/review", "{\"decision\":\"APPROVED\"}")
                .status()).as("nothing awaits review").isEqualTo(400);

        // who reads: the provider's BAS and advocates, the region's contract managers and program leaders
        for (String reader : List.of("bas", "advocate", "contractmanager", "leader")) {
            assertThat(api.get(reader, "/api/v1/trainings/" + id).status()).as(reader).isEqualTo(200);
        }
        for (String other : List.of("cpi", "casemanager", "supervisor", "bip", "admin")) {
            assertThat(api.get(other, "/api/v1/trainings/" + id).status()).as(other).isEqualTo(403);
        }
        String otherBas = basOfAnotherProvider();
        assertThat(api.get(otherBas, "/api/v1/trainings/" + id).status()).isEqualTo(404);
        assertThat(api.get(otherBas, "/api/v1/trainings").body()).doesNotContain(id);
        assertThat(api.post(otherBas, "/api/v1/trainings/" + id + "/attendees", Api.json(Map.of("printedName", "X",
                "title", "Y", "organization", "Z"))).status()).isEqualTo(404);
        assertThat(api.get("contractmanager", "/api/v1/trainings").body()).contains(id);

        // C.2.5.4.1 and C.2.5.4.3: the agenda and the titled sign-in sheet, made from the record
        String agenda = Pdfs.text(api.bytes("bas", "/api/v1/trainings/" + id + "/agenda.pdf", "application/pdf"));
        assertThat(agenda).contains("Training agenda: " + title, "1.5 hours (90 minutes)", "Dana Reyes",
                "BIP group facilitator (BIP co-facilitator)", "Name three behaviors", "Not held yet");
        String sheet = Pdfs.text(api.bytes("contractmanager", "/api/v1/trainings/" + id + "/sign-in-sheet.pdf",
                "application/pdf"));
        assertThat(sheet).contains("Sign-in sheet: " + title, "Printed name", "Signature", "Title or position");

        for (String action : List.of("CREATE", "SUBMIT", "RETURN", "APPROVE")) {
            assertThat(api.get("admin", "/api/v1/audit?entityId=" + id + "&action=" + action).json().get("total")
                    .asInt()).as(action).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aHeldTrainingCountsOnceTwoAttendeesAndTheSignedSheetAreRecorded() {
        Api api = new Api(port);
        OffsetDateTime startsAt = OffsetDateTime.now().minusDays(10).truncatedTo(ChronoUnit.MINUTES);
        String id = api.post("bas", "/api/v1/trainings", Api.json(training(startsAt, "IN_PERSON"))).json().get("id")
                .asString();
        JsonNode overdue = api.get("bas", "/api/v1/trainings/" + id).json();
        assertThat(overdue.get("materials").asString()).isEqualTo("OVERDUE");
        assertThat(overdue.get("held").asBoolean()).isTrue();
        assertThat(overdue.get("exceptions").toString()).contains("MATERIALS_LATE", "HELD_WITHOUT_APPROVAL");
        api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=TRAINING_MATERIALS", Map.of(), "file",
                "plan.pptx", slides());
        JsonNode late = api.post("bas", "/api/v1/trainings/" + id + "/submission", "").json();
        assertThat(late.get("materials").asString()).isEqualTo("LATE");
        assertThat(late.get("steps").get(0).get("late").asBoolean()).isTrue();
        api.post("contractmanager", "/api/v1/trainings/" + id + "/review", "{\"decision\":\"APPROVED\"}");

        Api.Response first = api.post("bas", "/api/v1/trainings/" + id + "/attendees", Api.json(Map.of(
                "printedName", "Pat Investigator", "title", "CPI", "organization", "DCF Suncoast")));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode one = api.get("bas", "/api/v1/trainings/" + id).json();
        assertThat(one.get("counted").asBoolean()).isFalse();
        assertThat(one.get("notCounted").toString()).contains("TOO_FEW_ATTENDEES", "NO_SIGN_IN_SHEET")
                .doesNotContain("NOT_APPROVED", "NOT_HELD");
        api.post("bas", "/api/v1/trainings/" + id + "/attendees", Api.json(Map.of("printedName", "Sam Case",
                "title", "Case manager", "organization", "Suncoast CBC")));
        Api.Response wrongType = api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=SIGN_IN_SHEET",
                Map.of(), "file", "sheet.pptx", slides());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"file\"");
        assertThat(api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=EVIDENCE", Map.of(), "file",
                "sheet.png", PNG).status()).isEqualTo(400);
        Api.Response sheet = api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=SIGN_IN_SHEET",
                Map.of(), "file", "signed sheet.png", PNG);
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(201);
        JsonNode counted = api.get("contractmanager", "/api/v1/trainings/" + id).json();
        assertThat(counted.get("counted").asBoolean()).isTrue();
        assertThat(counted.get("attendees").size()).isEqualTo(2);
        assertThat(counted.get("exceptions").toString()).contains("MATERIALS_LATE", "HELD_WITHOUT_APPROVAL");

        // the sheet is read by those who read the training, through the documents module
        String documentId = sheet.json().get("id").asString();
        assertThat(api.get("contractmanager", "/api/v1/documents/" + documentId).status()).isEqualTo(200);
        assertThat(api.get("advocate", "/api/v1/documents/" + documentId).status()).isEqualTo(200);
        assertThat(api.get("cpi", "/api/v1/documents/" + documentId).status()).isEqualTo(404);
        assertThat(api.get(basOfAnotherProvider(), "/api/v1/documents/" + documentId).status()).isEqualTo(404);
    }

    @Test
    void aTrainingBreakingARuleIsRefusedWithTheFieldAndNothingIsSaved() {
        Api api = new Api(port);
        OffsetDateTime startsAt = OffsetDateTime.now().plusDays(60);
        Map<String, Object> shortOne = training(startsAt, "ONLINE");
        shortOne.put("lengthMinutes", 30);
        shortOne.put("title", "Too short " + UUID.randomUUID());
        Api.Response tooShort = api.post("bas", "/api/v1/trainings", Api.json(shortOne));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("\"field\":\"lengthMinutes\"");
        assertThat(jdbc.sql("SELECT count(*) FROM training WHERE title = ?").param(shortOne.get("title"))
                .query(Integer.class).single()).isZero();
        Map<String, Object> other = training(startsAt, "ONLINE");
        other.put("topics", List.of("OTHER"));
        assertThat(api.post("bas", "/api/v1/trainings", Api.json(other)).body()).contains("\"field\":\"otherTopic\"");
        Map<String, Object> nobody = training(startsAt, "HYBRID");
        nobody.put("instructors", List.of());
        assertThat(api.post("bas", "/api/v1/trainings", Api.json(nobody)).body()).contains("\"field\":\"instructors\"");
        Map<String, Object> when = training(startsAt, "HYBRID");
        when.put("startsAt", "next Tuesday");
        assertThat(api.post("bas", "/api/v1/trainings", Api.json(when)).status()).isEqualTo(400);
        assertThat(api.post("contractmanager", "/api/v1/trainings", Api.json(training(startsAt, "ONLINE"))).status())
                .isEqualTo(403);
    }

    @Test
    void theBasPlansOnThePagesAndSeesWhenTheMaterialsAreDue() {
        PageSession bas = PageSession.signIn(port, "bas");
        String day = AgencyTime.today().plusDays(45).toString();
        HttpResponse<String> due = bas.get("/trainings/materials-due?startsAt=" + day + "T09:30");
        assertThat(due.statusCode()).isEqualTo(200);
        assertThat(due.body()).contains("materials-due", "30 days before");
        assertThat(bas.get("/trainings/materials-due?startsAt=soon").body()).contains("Set the date and time");
        String title = "Case plans that hold him accountable " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "topics", "CASE_PLAN_AND_SAFETY_ACTIONS",
                "description", "Writing case plan tasks for the perpetrator.", "objectives", "Write two tasks.",
                "startsAt", day + "T09:30", "lengthMinutes", "120", "delivery", "HYBRID", "audience", "Case managers"));
        fields.putAll(Map.of("instructor1Name", "Bailey Specialist", "instructor1Title", "BAS",
                "instructor2Name", "Dana Reyes"));
        HttpResponse<String> refused = bas.submit("/trainings/new", "/trainings", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Second instructor: title or position");
        fields.put("instructor2Title", "BIP facilitator");
        fields.put("instructor2Bip", "true");
        HttpResponse<String> saved = bas.submit("/trainings/new", "/trainings", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = bas.get(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        assertThat(page).contains(title, "Submit the materials to the contract manager", "Dana Reyes",
                "Sign-in sheet to print");
        String list = PageSession.signIn(port, "contractmanager").get("/trainings").body();
        assertThat(list).contains(title);
    }

    /** A BAS of another DV center of the region: sees none of this provider's trainings. */
    private String basOfAnotherProvider() {
        return Fixtures.dvCenter(jdbc, encoder, "Other Center", "BAS").user(0);
    }
}
