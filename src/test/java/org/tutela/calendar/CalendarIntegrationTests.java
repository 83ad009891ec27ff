package org.tutela.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

@IntegrationTest
class CalendarIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A day far enough ahead, and random enough, that other tests' events do not overlap it. */
    private static OffsetDateTime someDay() {
        return AgencyTime.today().plusDays(ThreadLocalRandom.current().nextInt(200, 1800)).atStartOfDay()
                .atOffset(ZoneOffset.UTC);
    }

    /** A request at the demo region's meeting place of this name (added when missing). */
    private static String event(Api api, String caseId, String type, OffsetDateTime start, OffsetDateTime end,
                                String place) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("caseId", caseId);
        e.put("type", type);
        e.put("startsAt", start.toString());
        e.put("endsAt", end.toString());
        e.put("placeId", Fixtures.meetingPlace(api, place));
        return Api.json(e);
    }

    private static String request(Api api, String user, String caseId, OffsetDateTime start, OffsetDateTime end) {
        Api.Response r = api.post(user, "/api/v1/events", event(api, caseId, "CASE_STAFFING", start, end, "DCF office, room 2"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static JsonNode conflictBetween(Api api, String a, String b) {
        for (JsonNode c : api.get("bas", "/api/v1/events/conflicts").json().get("items")) {
            List<String> ids = List.of(c.get("first").get("id").asString(), c.get("second").get("id").asString());
            if (ids.contains(a) && ids.contains(b)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void professionalsRequestTheBasWhoDecidesAndConflictsRecommendTheMonitoredCase() {
        Api api = new Api(port);
        String caseA = Fixtures.openCase(api, "cpi");
        String caseB = Fixtures.openCase(api, "cpi");
        assertThat(api.post("bas", "/api/v1/cases/" + caseB + "/monitoring", "{}").status()).isEqualTo(201);
        OffsetDateTime day = someDay();
        String staffing = request(api, "cpi", caseA, day.plusHours(14), day.plusHours(16));
        Api.Response hearing = api.post("supervisor", "/api/v1/events", event(api, caseB, "DEPENDENCY_HEARING",
                day.plusHours(15), day.plusHours(17), "Courtroom 4B"));
        assertThat(hearing.status()).isEqualTo(201);
        assertThat(hearing.header("Location")).endsWith("/api/v1/events/" + hearing.json().get("id").asString());
        JsonNode h = hearing.json();
        assertThat(h.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(h.get("ipvCase").asBoolean()).isTrue();
        assertThat(h.get("monitoredCase").asBoolean()).isTrue();
        assertThat(h.get("place").asString()).startsWith("Courtroom 4B, ");
        assertThat(h.get("placeConfirmed").asBoolean()).isTrue();
        String hearingId = h.get("id").asString();

        JsonNode conflict = conflictBetween(api, staffing, hearingId);
        assertThat(conflict).isNotNull();
        assertThat(conflict.get("recommendedEventId").asString()).isEqualTo(hearingId);
        assertThat(conflict.get("basis").asString()).isEqualTo("MONITORED_CASE");
        String page = PageSession.signIn(port, "bas").get("/calendar").body();
        assertThat(page).contains("Schedule conflicts").contains("Courtroom 4B")
                .contains("its case is under batterer compliance monitoring.");

        Api.Response noReason = api.post("bas", "/api/v1/events/" + staffing + "/decision", "{\"decision\":\"DECLINE\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Api.Response declined = api.post("bas", "/api/v1/events/" + staffing + "/decision",
                "{\"decision\":\"DECLINE\",\"reason\":\"Dependency hearing of a monitored case at the same time\"}");
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(conflictBetween(api, staffing, hearingId)).isNull();
        Api.Response attending = api.post("bas", "/api/v1/events/" + hearingId + "/decision", "{\"decision\":\"ATTEND\"}");
        assertThat(attending.json().get("status").asString()).isEqualTo("ATTENDING");
        assertThat(attending.json().get("basName").isNull()).isFalse();

        assertThat(api.get("cpi", "/api/v1/events/" + staffing).json().get("decisionReason").asString())
                .startsWith("Dependency hearing");
        assertThat(api.get("cpi", "/api/v1/events?caseId=" + caseA).json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("bas", "/api/v1/events?status=ATTENDING&from=" + day.toLocalDate() + "&to="
                + day.toLocalDate()).body()).contains(hearingId).doesNotContain(staffing);
        assertThat(api.post("cpi", "/api/v1/events/" + staffing + "/decision", "{\"decision\":\"ATTEND\"}").status())
                .isEqualTo(403);
        assertThat(api.get("casemanager", "/api/v1/events/" + staffing).status()).isEqualTo(404);
        assertThat(api.get("contractmanager", "/api/v1/events/" + staffing).status()).isEqualTo(403);
        JsonNode audit = api.get("admin", "/api/v1/audit?entityId=" + staffing).json().get("items");
        assertThat(audit.toString()).contains("\"CREATE\"").contains("\"UPDATE\"");
        assertThat(audit.size()).isEqualTo(2); // the refused decision wrote nothing
    }

    @Test
    void aRequestBreakingARuleIsRefusedFieldByField() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        OffsetDateTime day = someDay();
        Api.Response empty = api.post("cpi", "/api/v1/events", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("caseId", "type", "startsAt", "endsAt", "placeId");
        Map<String, Object> typed = new LinkedHashMap<>(Map.of("caseId", caseId, "type", "OTHER_HEARING",
                "startsAt", day.plusHours(9).toString(), "endsAt", day.plusHours(10).toString(),
                "place", "DCF office, room 2"));
        Api.Response typedPlace = api.post("cpi", "/api/v1/events", Api.json(typed));
        assertThat(typedPlace.status()).isEqualTo(400);
        assertThat(typedPlace.json().get("errors").get(0).get("field").asString()).isEqualTo("place");
        typed.remove("place");
        typed.put("placeId", java.util.UUID.randomUUID().toString());
        Api.Response unknownPlace = api.post("cpi", "/api/v1/events", Api.json(typed));
        assertThat(unknownPlace.status()).isEqualTo(400);
        assertThat(unknownPlace.json().get("errors").get(0).get("field").asString()).isEqualTo("placeId");
        Api.Response past = api.post("cpi", "/api/v1/events", event(api, caseId, "OTHER_HEARING",
                OffsetDateTime.now().minusDays(1), OffsetDateTime.now().minusDays(1).plusHours(1), "Courtroom 1"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("startsAt");
        Api.Response hidden = api.post("casemanager", "/api/v1/events",
                event(api, caseId, "CASE_STAFFING", day.plusHours(9), day.plusHours(10), "CBC office"));
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.json().get("errors").get(0).get("field").asString()).isEqualTo("caseId");
        assertThat(api.post("bas", "/api/v1/events",
                event(api, caseId, "CASE_STAFFING", day.plusHours(9), day.plusHours(10), "DCF office")).status())
                .isEqualTo(403);
        assertThat(api.post("cpi", "/api/v1/events", "{\"type\":\"PICNIC\"}").status()).isEqualTo(400);
    }

    @Test
    void afterTheEventTheBasRecordsAttendanceAndAccountabilityNotes() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        OffsetDateTime day = someDay();
        String id = request(api, "cpi", caseId, day.plusHours(9), day.plusHours(10));
        api.post("bas", "/api/v1/events/" + id + "/decision", "{\"decision\":\"ATTEND\"}");
        Api.Response early = api.post("bas", "/api/v1/events/" + id + "/attendance",
                "{\"attended\":true,\"accountabilityNotes\":\"n\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("attended");

        jdbc.sql("UPDATE event SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' "
                + "WHERE id = ?::uuid").param(id).update();
        assertThat(api.post("bas", "/api/v1/events/" + id + "/decision", "{\"decision\":\"DECLINE\",\"reason\":\"x\"}")
                .status()).isEqualTo(400);
        String page = PageSession.signIn(port, "bas").get("/calendar").body();
        assertThat(page).contains("/calendar/events/" + id + "/attendance");
        Api.Response noNotes = api.post("bas", "/api/v1/events/" + id + "/attendance", "{\"attended\":true}");
        assertThat(noNotes.status()).isEqualTo(400);
        assertThat(noNotes.json().get("errors").get(0).get("field").asString()).isEqualTo("accountabilityNotes");
        Api.Response recorded = api.post("bas", "/api/v1/events/" + id + "/attendance",
                "{\"attended\":true,\"accountabilityNotes\":\"Admitted the violation of the injunction in court.\"}");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("status").asString()).isEqualTo("ATTENDED");
        assertThat(api.get("cpi", "/api/v1/events/" + id).json().get("accountabilityNotes").asString())
                .startsWith("Admitted");
        assertThat(api.post("cpi", "/api/v1/events/" + id + "/attendance", "{\"attended\":false}").status())
                .isEqualTo(403);
    }

    @Test
    void theIcsFeedCarriesTheBasEventsWithCaseNumbersOnlyAndARevokedSecretIsNotFound() throws Exception {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1 Feed Street", "305-555-0101");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "2 Other Lane", "305-555-0102");
        String caseNumber = api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
        OffsetDateTime day = someDay();
        String id = request(api, "cpi", caseId, day.plusHours(13), day.plusHours(14));
        String requester = api.get("cpi", "/api/v1/events/" + id).json().get("requestedByName").asString();
        api.post("bas", "/api/v1/events/" + id + "/decision", "{\"decision\":\"ATTEND\"}");

        PageSession bas = PageSession.signIn(port, "bas");
        String first = Fixtures.newCalendarFeed(bas);
        HttpResponse<String> feed = Fixtures.fetch(first);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + id + "@tutela\r\n")
                .contains(caseNumber).contains("DCF office\\, room 2")
                .doesNotContain("Survivorson").doesNotContain("Perpetratorson").doesNotContain("Feed Street").doesNotContain("Other Lane")
                .doesNotContain(requester).doesNotContain("Test ");
        assertThat(bas.get("/calendar").body()).doesNotContain(first).contains("active since");
        assertThat(feed.body()).contains("SUMMARY:Case staffing\\, case " + caseNumber);
        try { // a calendar program fetches with no language: the feed speaks its owner's
            bas.submit("/", "/language", Map.of("language", "es", "from", "/"));
            assertThat(Fixtures.fetch(first).body()).contains("SUMMARY:Reunión de caso\\, caso " + caseNumber)
                    .doesNotContain("Case staffing");
        } finally {
            bas.submit("/", "/language", Map.of("language", "en", "from", "/"));
        }

        String second = Fixtures.newCalendarFeed(bas);
        assertThat(second).isNotEqualTo(first);
        assertThat(Fixtures.fetch(first).statusCode()).isEqualTo(404);
        assertThat(Fixtures.fetch(second).statusCode()).isEqualTo(200);
        assertThat(bas.submit("/calendar", "/calendar/feed/revoke", Map.of()).statusCode()).isEqualTo(302);
        assertThat(Fixtures.fetch(second).statusCode()).isEqualTo(404);
        assertThat(Fixtures.fetch("http://localhost:" + port + "/calendar/not-a-secret.ics").statusCode()).isEqualTo(404);
        JsonNode audit = api.get("admin", "/api/v1/audit?action=REVOKE").json().get("items");
        assertThat(audit.toString()).contains("CALENDAR_FEED");
    }

    @Test
    void aTimeSetOnAPageIsTheAgencysClockTimeInWinterAndInSummer() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String placeId = Fixtures.meetingPlace(api, "CBC office, conference room");
        PageSession cpi = PageSession.signIn(port, "cpi");
        String form = "/cases/" + caseId + "/events/new";
        // America/New_York unless TUTELA_TIME_ZONE says otherwise: 10:00 is 15:00 UTC in January, 14:00 UTC in July
        for (String day : new String[] {"2027-01-14", "2027-07-14"}) {
            HttpResponse<String> sent = cpi.submit(form, "/cases/" + caseId + "/events", Map.of("type",
                    "CASE_STAFFING", "startsAt", day + "T10:00", "endsAt", day + "T11:00", "placeId", placeId));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        }
        List<java.time.Instant> starts = new java.util.ArrayList<>();
        api.get("cpi", "/api/v1/events?caseId=" + caseId).json().get("items")
                .forEach(e -> starts.add(java.time.OffsetDateTime.parse(e.get("startsAt").asString()).toInstant()));
        String setting = System.getenv("TUTELA_TIME_ZONE");
        java.time.ZoneId zone = java.time.ZoneId.of(setting == null || setting.isBlank() ? "America/New_York" : setting);
        assertThat(AgencyTime.ZONE).isEqualTo(zone); // never the server's own zone
        assertThat(starts).containsExactlyInAnyOrder(
                java.time.LocalDateTime.parse("2027-01-14T10:00").atZone(zone).toInstant(),
                java.time.LocalDateTime.parse("2027-07-14T10:00").atZone(zone).toInstant());
        if (zone.getId().equals("America/New_York")) {
            assertThat(starts).contains(java.time.Instant.parse("2027-01-14T15:00:00Z"),
                    java.time.Instant.parse("2027-07-14T14:00:00Z"));
        }
        // and the case's page shows them at the time they were set
        assertThat(cpi.get("/cases/" + caseId + "/events").body()).contains("10:00");
    }

    /**
     * On the days the clocks change (2027-03-14 and 2027-11-07 in Florida) a staffing set for 10:00 is 10:00 there:
     * 14:00 UTC after the spring change, 15:00 UTC after the autumn one, in the API and in the BAS's ICS feed, whatever
     * the zone of the JVM and of the database (CI's second pass runs them in other zones).
     */
    @Test
    void aTimeSetOnTheDayTheClocksChangeIsTheAgencysClockTime() {
        org.junit.jupiter.api.Assumptions.assumeTrue(AgencyTime.ZONE.getId().equals("America/New_York"));
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String placeId = Fixtures.meetingPlace(api, "DCF office, room 2");
        PageSession cpi = PageSession.signIn(port, "cpi");
        for (String day : new String[] {"2027-03-14", "2027-11-07"}) {
            HttpResponse<String> sent = cpi.submit("/cases/" + caseId + "/events/new", "/cases/" + caseId + "/events",
                    Map.of("type", "CASE_STAFFING", "startsAt", day + "T10:00", "endsAt", day + "T11:00",
                            "placeId", placeId));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        }
        List<java.time.Instant> starts = new java.util.ArrayList<>();
        api.get("cpi", "/api/v1/events?caseId=" + caseId).json().get("items").forEach(e -> {
            starts.add(java.time.OffsetDateTime.parse(e.get("startsAt").asString()).toInstant());
            assertThat(api.post("bas", "/api/v1/events/" + e.get("id").asString() + "/decision",
                    "{\"decision\":\"ATTEND\"}").status()).isEqualTo(200);
        });
        assertThat(starts).containsExactlyInAnyOrder(java.time.Instant.parse("2027-03-14T14:00:00Z"),
                java.time.Instant.parse("2027-11-07T15:00:00Z"));
        String ics = Fixtures.fetch(Fixtures.newCalendarFeed(PageSession.signIn(port, "bas"))).body();
        assertThat(ics).contains("DTSTART:20270314T140000Z", "DTEND:20270314T150000Z", "DTSTART:20271107T150000Z",
                "DTEND:20271107T160000Z");
        assertThat(cpi.get("/cases/" + caseId + "/events").body()).contains("10:00");
    }

    @Test
    void theRequestFormTheCasePageAndTheBasCalendar() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String caseNumber = api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
        PageSession cpi = PageSession.signIn(port, "cpi");
        assertThat(cpi.get("/cases/" + caseId).body()).contains("/cases/" + caseId + "/events/new");
        String placeId = Fixtures.meetingPlace(api, "CBC office, conference room");
        String form = "/cases/" + caseId + "/events/new";
        assertThat(cpi.get(form).body()).contains("meeting places").contains("CBC office, conference room");
        LocalDate day = someDay().toLocalDate();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("type", "CASE_TRANSFER_STAFFING",
                "startsAt", day + "T10:00", "endsAt", day + "T11:30", "placeId", ""));
        HttpResponse<String> refused = cpi.submit(form, "/cases/" + caseId + "/events", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("Fill this in.");
        fields.put("placeId", placeId);
        HttpResponse<String> sent = cpi.submit(form, "/cases/" + caseId + "/events", fields);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/cases/" + caseId + "?eventRequested");
        assertThat(cpi.get("/cases/" + caseId + "/events").body()).contains("CBC office, conference room")
                .contains("Case transfer staffing");

        PageSession bas = PageSession.signIn(port, "bas");
        assertThat(bas.get("/cases/" + caseId).body()).doesNotContain("/events/new");
        String calendar = bas.get("/calendar").body();
        assertThat(calendar).contains(caseNumber).contains("CBC office, conference room");
        String id = api.get("bas", "/api/v1/events?caseId=" + caseId).json().get("items").get(0).get("id").asString();
        HttpResponse<String> noReason = bas.submit("/calendar", "/calendar/events/" + id + "/decision",
                Map.of("decision", "DECLINE"));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Give the reason you decline.");
        HttpResponse<String> declined = bas.submit("/calendar", "/calendar/events/" + id + "/decision",
                Map.of("decision", "DECLINE", "reason", "In court for another family"));
        assertThat(declined.statusCode()).isEqualTo(302);
        assertThat(api.get("cpi", "/api/v1/events/" + id).json().get("status").asString()).isEqualTo("DECLINED");
    }


}
