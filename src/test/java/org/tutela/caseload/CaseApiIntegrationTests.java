package org.tutela.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
class CaseApiIntegrationTests {

    @LocalServerPort
    int port;


    @Test
    void aCpiOpensACaseAddsPeopleAndFindsItByNumberNameAndMaltreatment() {
        Api api = new Api(port);
        String number = Fixtures.uniqueCaseNumber();
        Api.Response created = api.post("cpi", "/api/v1/cases", Api.json(Map.of("caseNumber", number,
                "intakeDate", "2026-11-01", "maltreatments", List.of("HOUSEHOLD_VIOLENCE_THREATENS_CHILD"))));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/cases/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("INVESTIGATION");
        Api.Response person = api.post("cpi", "/api/v1/cases/" + id + "/people", Api.json(Map.of("role", "SURVIVOR",
                "firstName", "Quillon", "lastName", "Zebadiah" + number.substring(2, 8), "dateOfBirth", "1991-02-03",
                "address", Map.of("line1", "12 Example Road", "city", "Sampleton", "state", "FL", "postalCode", "39001"),
                "phone", "305-555-0123")));
        assertThat(person.status()).isEqualTo(201);
        String personId = person.json().get("id").asString();

        JsonNode fetched = api.get("cpi", "/api/v1/cases/" + id).json();
        assertThat(fetched.get("caseNumber").asString()).isEqualTo(number);
        assertThat(fetched.get("people").get(0).get("address").get("line1").asString()).isEqualTo("12 Example Road");
        assertThat(api.get("cpi", "/api/v1/people/" + personId).json().get("phone").asString()).isEqualTo("+13055550123");

        JsonNode byNumber = api.get("cpi", "/api/v1/cases?q=" + number.toLowerCase()).json();
        assertThat(byNumber.get("total").asInt()).isEqualTo(1);
        assertThat(byNumber.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(byNumber.get("page").asInt()).isZero();
        assertThat(byNumber.get("size").asInt()).isEqualTo(20);
        JsonNode byName = api.get("cpi", "/api/v1/cases?q=zebadiah" + number.substring(2, 8).toLowerCase()).json();
        assertThat(byName.get("total").asInt()).isEqualTo(1);
        JsonNode byMaltreatment = api.get("cpi", "/api/v1/cases?q=household+violence+" + number).json();
        assertThat(byMaltreatment.get("total").asInt()).isEqualTo(1);
        JsonNode paged = api.get("cpi", "/api/v1/cases?size=2&page=1").json();
        assertThat(paged.get("items").size()).isEqualTo(2);
        assertThat(paged.get("total").asInt()).isGreaterThan(3);
    }

    @Test
    void concurrentEditsAreCaughtNeverSilentlyOverwritten() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        Api.Response first = api.get("cpi", "/api/v1/cases/" + id);
        String etag = first.header("ETag");
        int version = first.json().get("version").asInt();
        assertThat(etag).isEqualTo("\"" + version + "\"");

        Api.Response ok = api.send("PATCH", "/api/v1/cases/" + id, "Bearer " + api.token("cpi"),
                "{\"intakeDate\":\"2026-10-01\"}", Map.of("If-Match", etag));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("intakeDate").asString()).isEqualTo("2026-10-01");
        Api.Response stale = api.send("PATCH", "/api/v1/cases/" + id, "Bearer " + api.token("cpi"),
                "{\"intakeDate\":\"2026-09-01\"}", Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Api.Response staleBody = api.patch("cpi", "/api/v1/cases/" + id,
                "{\"intakeDate\":\"2026-09-01\",\"version\":" + version + "}");
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(api.get("cpi", "/api/v1/cases/" + id).json().get("intakeDate").asString()).isEqualTo("2026-10-01");

        String personId = Fixtures.addPerson(api, "cpi", id, "CHILD", "5 Version Road", "305-555-0505");
        int personVersion = api.get("cpi", "/api/v1/people/" + personId).json().get("version").asInt();
        assertThat(api.patch("cpi", "/api/v1/people/" + personId, "{\"gender\":\"Male\",\"version\":" + personVersion + "}")
                .status()).isEqualTo(200);
        assertThat(api.patch("cpi", "/api/v1/people/" + personId, "{\"gender\":\"Female\",\"version\":" + personVersion + "}")
                .status()).isEqualTo(409);
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldNeverA500() {
        Api api = new Api(port);
        Map<String, String> cases = Map.of(
                "{\"caseNumber\":\"X-1\",\"intakeDate\":\"2026-13-45\",\"maltreatments\":[\"IPV_THREATENS_CHILD\"]}", "intakeDate",
                "{\"caseNumber\":\"X-1\",\"intakeDate\":\"2026-11-01\",\"maltreatments\":[\"NOT_A_CODE\"]}", "maltreatments",
                "{\"caseNumber\":\"" + "9".repeat(41) + "\",\"intakeDate\":\"2026-11-01\",\"maltreatments\":[\"IPV_THREATENS_CHILD\"]}", "caseNumber",
                "{\"caseNumber\":\"X-1\",\"intakeDate\":\"2026-11-01\",\"maltreatments\":[]}", "maltreatments",
                "{\"caseNumber\":\"X-1\",\"intakeDate\":\"2026-11-01\",\"maltreatments\":[\"IPV_THREATENS_CHILD\"],\"color\":1}", "color",
                "{\"caseNumber\":", "body",
                "[]", "body");
        cases.forEach((body, field) -> {
            Api.Response r = api.post("cpi", "/api/v1/cases", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.contentType()).as(body).startsWith("application/problem+json");
            assertThat(r.body()).as(body).contains("\"field\":\"" + field).doesNotContain("Exception").doesNotContain("SQL");
        });
        String id = Fixtures.openCase(api, "cpi");
        Api.Response longName = api.post("cpi", "/api/v1/cases/" + id + "/people",
                Api.json(Map.of("role", "CHILD", "firstName", "A".repeat(81), "lastName", "B")));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.body()).contains("firstName");
        Api.Response badRole = api.post("cpi", "/api/v1/cases/" + id + "/people",
                "{\"role\":\"NEIGHBOUR\",\"firstName\":\"A\",\"lastName\":\"B\"}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body()).contains("role");
        Api.Response badPatch = api.patch("cpi", "/api/v1/cases/" + id, "{\"status\":\"CASE_MANAGEMENT\"}");
        assertThat(badPatch.status()).isEqualTo(400);
        assertThat(badPatch.body()).contains("organizationId");
    }

    @Test
    void aDuplicateCaseNumberIsAConflictAndNothingIsHalfSaved() {
        Api api = new Api(port);
        String number = Fixtures.uniqueCaseNumber();
        String body = Api.json(Map.of("caseNumber", number, "intakeDate", AgencyTime.today().toString(),
                "maltreatments", List.of("IPV_THREATENS_CHILD")));
        assertThat(api.post("cpi", "/api/v1/cases", body).status()).isEqualTo(201);
        Api.Response again = api.post("cpi", "/api/v1/cases", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("cpi", "/api/v1/cases?q=" + number).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void visibilityFollowsRegionOrganizationAndAssignment() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        assertThat(api.get("supervisor", "/api/v1/cases/" + id).status()).isEqualTo(200); // same organization (DCF)
        assertThat(api.get("bas", "/api/v1/cases/" + id).status()).isEqualTo(200); // same region
        assertThat(api.get("casemanager", "/api/v1/cases/" + id).status()).isEqualTo(404); // CBC, not assigned
        assertThat(api.get("advocate", "/api/v1/cases/" + id).status()).isEqualTo(404);
        assertThat(api.get("bip", "/api/v1/cases/" + id).status()).isEqualTo(403);

        Api.Response transferred = api.patch("cpi", "/api/v1/cases/" + id, Api.json(Map.of(
                "status", "CASE_MANAGEMENT", "organizationId", Fixtures.organization(api, "CBC"))));
        assertThat(transferred.status()).isEqualTo(200);
        assertThat(api.get("casemanager", "/api/v1/cases/" + id).status()).isEqualTo(200);
        assertThat(api.get("cpi", "/api/v1/cases/" + id).status()).as("still assigned").isEqualTo(200);
        // not referred to the advocate's center: not among their cases
        String number = api.get("cpi", "/api/v1/cases/" + id).json().get("caseNumber").asString();
        assertThat(api.get("advocate", "/api/v1/cases?q=" + number).json().get("total").asInt()).isZero();
    }

    @Test
    void theChangeHistoryShowsWhoChangedWhichFieldWhen() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        api.patch("cpi", "/api/v1/cases/" + id, Api.json(Map.of("maltreatments",
                List.of("IPV_THREATENS_CHILD", "SUBSTANCE_MISUSE"))));
        String history = PageSession.signIn(port, "supervisor").get("/cases/" + id + "/history").body();
        // it starts with the case's opening, names people, and shows values by their labels, not their codes
        assertThat(history).contains("Case opened").contains("Maltreatments").contains("Substance misuse")
                .contains("Casey Investigator").doesNotContain("SUBSTANCE_MISUSE").doesNotContain(">cpi<");
        PageSession reader = PageSession.signIn(port, "supervisor");
        try {
            reader.submit("/", "/language", Map.of("language", "es", "from", "/"));
            assertThat(reader.get("/cases/" + id + "/history").body()).contains("Caso abierto")
                    .contains("Uso indebido de sustancias");
        } finally {
            reader.submit("/", "/language", Map.of("language", "en", "from", "/"));
        }
    }
}
