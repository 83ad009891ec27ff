package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

/** Paths by which survivor information or another worker's records could be reached in roundabout ways. */
@IntegrationTest
class ReviewFindingsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anEventPlaceCannotCarryTheSurvivorsAddressOrPhone() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "77 Secret Harbor Lane", "(555) 321-7788");
        String start = LocalDateTime.now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0).toString();
        String end = LocalDateTime.now().plusDays(3).withHour(11).withMinute(0).withSecond(0).withNano(0).toString();
        // typed text is refused outright; a meeting place that carries the survivor's street or phone is refused for
        // this case (a supervisor may have added it for another purpose)
        Api.Response typed = api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type",
                "CASE_STAFFING", "startsAt", start + "-05:00", "endsAt", end + "-05:00", "place", "DCF office")));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body()).contains("\"field\":\"place\"");
        for (String place : List.of("Home visit, 77 secret harbor lane", "Call her at 555 321 7788 first")) {
            String placeId = Fixtures.meetingPlace(api, place + " " + UUID.randomUUID().toString().substring(0, 4));
            Api.Response r = api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type",
                    "CASE_STAFFING", "startsAt", start + "-05:00", "endsAt", end + "-05:00", "placeId", placeId)));
            assertThat(r.status()).as(place + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"placeId\"");
        }
        assertThat(api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type", "CASE_STAFFING",
                "startsAt", start + "-05:00", "endsAt", end + "-05:00", "placeId",
                Fixtures.meetingPlace(api, "DCF Suncoast office, room 2")))).status()).isEqualTo(201);
    }

    @Test
    void aSurvivorRecordedLaterAsThePerpetratorDoesNotRevealTheirPastAddressesToTheBas() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String personId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "5 Former Shelter Way", "305-555-4545");
        assertThat(api.patch("cpi", "/api/v1/people/" + personId, "{\"address\":{\"line1\":\"6 Newer Hideaway Road\"}}")
                .status()).isEqualTo(200);
        // widening who sees the person's contact fields takes a supervisor's confirmation
        Api.Response refused = api.patch("cpi", "/api/v1/people/" + personId, "{\"role\":\"PERPETRATOR\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"role\"").contains("supervisor");
        Api.Response unconfirmed = api.patch("supervisor", "/api/v1/people/" + personId, "{\"role\":\"PERPETRATOR\"}");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("\"field\":\"confirmWiderDisclosure\"").contains("every BAS");
        assertThat(api.patch("supervisor", "/api/v1/people/" + personId,
                "{\"role\":\"PERPETRATOR\",\"confirmWiderDisclosure\":true}").status()).isEqualTo(200);
        String history = PageSession.signIn(port, "bas").get("/people/" + personId + "/history").body();
        assertThat(history).contains("Role").doesNotContain("Former Shelter").doesNotContain("Newer Hideaway");
        assertThat(PageSession.signIn(port, "cpi").get("/people/" + personId + "/history").body())
                .contains("Former Shelter");
    }

    @Test
    void aMonitoredPerpetratorsRoleCannotChangeUntilMonitoringEnds() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String perpetrator = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "8 Known Road", "305-555-8888");
        assertThat(api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").status()).isEqualTo(201);
        Api.Response refused = api.patch("cpi", "/api/v1/people/" + perpetrator, "{\"role\":\"SURVIVOR\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"role\"");
    }

    @Test
    void onlyTheBasWhoLoggedAConsultationChangesIt() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String dcf = null;
        for (JsonNode o : api.get("admin", "/api/v1/organizations").json()) {
            if (o.get("type").asString().equals("DCF")) {
                dcf = o.get("id").asString();
            }
        }
        String other = Fixtures.user(api, port, "BAS", "DV_CENTER", "another-bas-password");
        String id = api.post("bas", "/api/v1/consultations", Api.json(Map.of("caseId", caseId, "consultedOn",
                AgencyTime.today().toString(), "professionalName", "Pat", "professionalRole", "CPI", "organizationId", dcf,
                "mode", "PHONE", "topics", List.of("RISK_FACTORS"), "note", "First.", "complianceMonitoring",
                "NOT_APPLICABLE", "guidedSafetyActions", "NO"))).json().get("id").asString();
        String token = api.token(other, "another-bas-password");
        assertThat(api.send("GET", "/api/v1/consultations/" + id, "Bearer " + token, null, Map.of()).status())
                .isEqualTo(200);
        assertThat(api.send("PATCH", "/api/v1/consultations/" + id, "Bearer " + token, "{\"note\":\"Rewritten.\"}",
                Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aCaseManagerAssignedFromAnotherAgencyCannotTakeTheCaseOver() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String cpiId = null;
        String managerId = null;
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("username").asString().equals("cpi")) {
                cpiId = u.get("id").asString();
            }
            if (u.get("username").asString().equals("casemanager")) {
                managerId = u.get("id").asString();
            }
        }
        assertThat(api.patch("cpi", "/api/v1/cases/" + caseId, Api.json(Map.of("assignedUserIds",
                List.of(cpiId, managerId)))).status()).isEqualTo(200);
        Api.Response takeover = api.patch("casemanager", "/api/v1/cases/" + caseId,
                Api.json(Map.of("assignedUserIds", List.of(managerId))));
        assertThat(takeover.status()).isEqualTo(400);
        assertThat(api.patch("casemanager", "/api/v1/cases/" + caseId, "{\"intakeDate\":\"2026-10-02\"}").status())
                .isEqualTo(200);
    }
}
