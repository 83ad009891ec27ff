package org.tutela.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import org.tutela.support.Pdfs;
import org.tutela.support.TestFiles;
import tools.jackson.databind.JsonNode;

/**
 * A provider's meetings (C.1.6) on a DV center of its own: the cadence of a past fiscal quarter counted by hand,
 * action items carried to the next meeting, documentation by delivery, the roster, and who may read and keep them.
 */
@IntegrationTest
class MeetingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    /** A DV center of its own with its BAS and advocate: usernames [bas, advocate]. */
    private String[] provider() {
        return Fixtures.dvCenter(jdbc, encoder, "Meeting Center", "BAS", "DV_ADVOCATE").users().toArray(String[]::new);
    }

    private static String meeting(Api api, String user, String type, LocalDate day, String delivery) {
        Api.Response r = api.post(user, "/api/v1/meetings", Api.json(Map.of("type", type, "title", type + " " + day,
                "startsAt", day.atTime(10, 0).atZone(AgencyTime.ZONE).toOffsetDateTime().toString(),
                "lengthMinutes", 60, "delivery", delivery, "agenda", "Referrals; barriers; next steps.")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static JsonNode requirement(JsonNode cadence, String type) {
        for (JsonNode r : cadence.get("requirements")) {
            if (r.get("type").asString().equals(type)) {
                return r;
            }
        }
        throw new AssertionError(type);
    }

    @Test
    void theCadenceOfAPastQuarterCountsWeeksAndQuartersAsHeldOrMissed() {
        Api api = new Api(port);
        String[] p = provider();
        // 2025-Q1 of the state fiscal year: Tuesday 1 July to Tuesday 30 September 2025. Its weeks are those whose
        // Monday is in it: 7 Jul, 14 Jul ... 22 Sep, 29 Sep (to 5 Oct) = 13 weeks; 1 July is in the week of 30 June,
        // the previous quarter's. Weekly meetings on 14 Tuesdays from 1 July: the first (1 Jul) is the previous
        // quarter's; 15 Jul (week 2) and 9 Sep (week 10) are skipped: 11 weeks held, 2 missed.
        LocalDate tuesday = LocalDate.of(2025, 7, 1);
        int weeks = 0;
        for (int w = 1; w <= 14; w++, tuesday = tuesday.plusWeeks(1)) {
            if (w != 3 && w != 11) {
                meeting(api, w % 2 == 0 ? p[0] : p[1], "BAS_ADVOCATE_WEEKLY", tuesday, "IN_PERSON");
                weeks++;
            }
        }
        assertThat(weeks).isEqualTo(12);
        // outside the quarter: neither counts
        meeting(api, p[0], "STOP_BAS_CALL", LocalDate.of(2025, 8, 14), "ONLINE");
        meeting(api, p[0], "LEADERSHIP", LocalDate.of(2025, 9, 10), "HYBRID");
        meeting(api, p[0], "CCR", LocalDate.of(2025, 7, 22), "IN_PERSON");
        meeting(api, p[0], "MDT", LocalDate.of(2025, 8, 5), "IN_PERSON");
        // outside the quarter: neither counts
        meeting(api, p[0], "FLDVC_INITIATIVE_CALL", LocalDate.of(2025, 6, 30), "ONLINE");
        meeting(api, p[0], "FLDVC_INITIATIVE_CALL", LocalDate.of(2025, 10, 1), "ONLINE");

        JsonNode cadence = api.get(p[1], "/api/v1/meetings/cadence?quarter=2025-Q1").json();
        assertThat(cadence.get("from").asString()).isEqualTo("2025-07-01");
        assertThat(cadence.get("to").asString()).isEqualTo("2025-09-30");
        JsonNode weekly = requirement(cadence, "BAS_ADVOCATE_WEEKLY");
        assertThat(weekly.get("slots").size()).isEqualTo(13);
        assertThat(weekly.get("slots").get(0).get("from").asString()).isEqualTo("2025-07-07");
        assertThat(weekly.get("slots").get(0).get("to").asString()).isEqualTo("2025-07-13");
        assertThat(weekly.get("slots").get(12).get("from").asString()).isEqualTo("2025-09-29");
        assertThat(weekly.get("slots").get(12).get("to").asString()).isEqualTo("2025-10-05");
        assertThat(weekly.get("held").asLong()).isEqualTo(11);
        assertThat(weekly.get("missing").asLong()).isEqualTo(2);
        assertThat(weekly.get("slots").get(1).get("state").asString()).isEqualTo("MISSING");
        assertThat(weekly.get("slots").get(9).get("state").asString()).isEqualTo("MISSING");
        assertThat(requirement(cadence, "STOP_BAS_CALL").get("slots").get(0).get("state").asString()).isEqualTo("HELD");
        assertThat(requirement(cadence, "FLDVC_INITIATIVE_CALL").get("slots").get(0).get("state").asString())
                .isEqualTo("MISSING");
        assertThat(requirement(cadence, "LEADERSHIP").get("held").asLong()).isEqualTo(1);
        assertThat(requirement(cadence, "CCR").get("meetings").asLong()).isEqualTo(1);
        assertThat(requirement(cadence, "SART").get("slots").get(0).get("state").asString()).isEqualTo("NONE");
        assertThat(cadence.get("onTrack").asBoolean()).isFalse();
        assertThat(cadence.get("atRisk").size()).as("a closed quarter warns no more").isZero();

        // the region's contract manager names the provider; the demo BAS does not see it
        String providerId = jdbc.sql("SELECT organization_id FROM app_user WHERE username = ?").param(p[0])
                .query(UUID.class).single().toString();
        assertThat(api.get("contractmanager", "/api/v1/meetings/cadence?quarter=2025-Q1&providerId=" + providerId)
                .json().get("requirements").size()).isEqualTo(7);
        assertThat(api.get("bas", "/api/v1/meetings/cadence?quarter=2025-Q1&providerId=" + providerId).status())
                .isEqualTo(404);
        assertThat(api.get(p[0], "/api/v1/meetings/cadence?quarter=2025-Q7").status()).isEqualTo(400);
        assertThat(api.get("cpi", "/api/v1/meetings/cadence").status()).isEqualTo(403);
    }

    @Test
    void actionItemsAreCarriedToTheNextMeetingUntilDone() {
        Api api = new Api(port);
        String[] p = provider();
        LocalDate first = AgencyTime.today().minusDays(14);
        String earlier = meeting(api, p[0], "BAS_ADVOCATE_WEEKLY", first, "IN_PERSON");
        Api.Response barrier = api.post(p[1], "/api/v1/meetings/" + earlier + "/items", Api.json(Map.of("kind",
                "BARRIER", "description", "Case managers do not know they may invite the BAS.")));
        assertThat(barrier.status()).as(barrier.body()).isEqualTo(201);
        Map<String, Object> action = new HashMap<>(Map.of("kind", "ACTION", "description", "Send the how-to."));
        Api.Response noOwner = api.post(p[0], "/api/v1/meetings/" + earlier + "/items", Api.json(action));
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.body()).contains("\"field\":\"owner\"");
        action.putAll(Map.of("owner", "Bailey", "dueOn", AgencyTime.today().plusDays(7).toString()));
        String itemId = api.post(p[0], "/api/v1/meetings/" + earlier + "/items", Api.json(action)).json().get("id")
                .asString();
        String later = meeting(api, p[1], "BAS_ADVOCATE_WEEKLY", first.plusDays(7), "IN_PERSON");
        JsonNode next = api.get(p[0], "/api/v1/meetings/" + later).json();
        assertThat(next.get("carried").size()).isEqualTo(1);
        assertThat(next.get("carried").get(0).get("description").asString()).isEqualTo("Send the how-to.");
        JsonNode done = api.post(p[1], "/api/v1/meeting-items/" + itemId + "/status", "{\"status\":\"DONE\"}").json();
        assertThat(done.get("items").get(1).get("status").asString()).isEqualTo("DONE");
        assertThat(api.get(p[0], "/api/v1/meetings/" + later).json().get("carried").size()).isZero();
        String call = meeting(api, p[0], "STOP_BAS_CALL", first, "ONLINE");
        assertThat(api.post(p[0], "/api/v1/meetings/" + call + "/items", Api.json(Map.of("kind", "BARRIER",
                "description", "x"))).body()).contains("\"field\":\"kind\"");
    }

    @Test
    void documentationFollowsTheDeliveryAndOnlyTheProviderKeepsIt() {
        Api api = new Api(port);
        String[] p = provider();
        String hybrid = meeting(api, p[0], "LEADERSHIP", AgencyTime.today().minusDays(3), "HYBRID");
        assertThat(api.get(p[0], "/api/v1/meetings/" + hybrid).json().get("missing").toString())
                .contains("NO_SIGN_IN_SHEET", "NO_ONLINE_ROLL");
        Api.Response sheet = api.upload(p[1], "/api/v1/meetings/" + hybrid + "/documents?purpose=SIGN_IN_SHEET",
                Map.of(), "file", "sheet.png", TestFiles.PNG);
        assertThat(sheet.status()).as(sheet.body()).isEqualTo(201);
        api.upload(p[0], "/api/v1/meetings/" + hybrid + "/documents?purpose=ONLINE_ROLL", Map.of(), "file", "roll.pdf",
                TestFiles.PDF);
        assertThat(api.get(p[0], "/api/v1/meetings/" + hybrid).json().get("missing").size()).isZero();
        assertThat(api.post(p[0], "/api/v1/meetings/" + hybrid + "/attendees", Api.json(Map.of("printedName",
                "Dr. Renee Powell", "title", "Director", "organization", "DCF"))).status()).isEqualTo(201);
        String agenda = Pdfs.text(PageSession.signIn(port, p[0]).getBytes("/meetings/" + hybrid + "/agenda.pdf"));
        assertThat(agenda).contains("Agenda: LEADERSHIP", "Referrals; barriers; next steps.");

        // the demo provider's BAS and contract manager's region: the BAS of another center sees nothing of it
        assertThat(api.get("bas", "/api/v1/meetings/" + hybrid).status()).isEqualTo(404);
        assertThat(api.get("contractmanager", "/api/v1/meetings/" + hybrid).status()).isEqualTo(200);
        assertThat(api.get("contractmanager", "/api/v1/documents/" + sheet.json().get("id").asString()).status())
                .isEqualTo(200);
        assertThat(api.get("bas", "/api/v1/documents/" + sheet.json().get("id").asString()).status()).isEqualTo(404);
        assertThat(api.post("contractmanager", "/api/v1/meetings", Api.json(Map.of())).status()).isEqualTo(403);
        assertThat(api.post("bas", "/api/v1/meetings/" + hybrid + "/attendees", Api.json(Map.of("printedName", "X",
                "title", "Y", "organization", "Z"))).status()).isEqualTo(404);

        // the roster, kept by the BAS with the advocates
        String name = "Pastor " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response member = api.post(p[1], "/api/v1/leadership-committee/members", Api.json(Map.of("name",
                name, "organization", "Eastside Church", "role", "Faith leader", "kind",
                "UNDERSERVED_COMMUNITY_LEADER")));
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        assertThat(api.get(p[0], "/api/v1/leadership-committee/members").body()).contains(name);
        assertThat(api.get("bas", "/api/v1/leadership-committee/members").body()).doesNotContain(name);
        assertThat(api.post(p[0], "/api/v1/leadership-committee/members", Api.json(Map.of("name", "X")))
                .body()).contains("\"field\":\"");
        for (String action : List.of("CREATE")) {
            assertThat(api.get("admin", "/api/v1/audit?entityId=" + hybrid + "&action=" + action).json()
                    .get("total").asInt()).isEqualTo(1);
        }
    }
}
