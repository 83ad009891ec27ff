package org.tutela.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import org.tutela.support.Pdfs;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

@IntegrationTest
class MeetingPlacesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static OffsetDateTime someDay() {
        return AgencyTime.today().plusDays(ThreadLocalRandom.current().nextInt(200, 1800)).atTime(10, 0)
                .atOffset(ZoneOffset.UTC);
    }

    private static String place(Api api, String kind, String name, String address) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", kind, "name", name));
        if (address != null) {
            body.put("address", address);
        }
        Api.Response r = api.post("supervisor", "/api/v1/meeting-places", Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static Api.Response request(Api api, String caseId, String placeId, OffsetDateTime start) {
        return api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type", "CASE_STAFFING",
                "startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "placeId", placeId)));
    }

    @Test
    void supervisorsKeepThePlacesEveryoneWhoRequestsOrAnswersReadsThem() {
        Api api = new Api(port);
        String name = "Courtroom " + unique();
        Api.Response noAddress = api.post("supervisor", "/api/v1/meeting-places",
                Api.json(Map.of("kind", "COURTROOM", "name", name)));
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.json().get("errors").get(0).get("field").asString()).isEqualTo("address");
        Api.Response videoAddress = api.post("supervisor", "/api/v1/meeting-places",
                Api.json(Map.of("kind", "VIDEO_LINK", "name", "Video " + unique(), "address", "1 Main St")));
        assertThat(videoAddress.status()).isEqualTo(400);
        assertThat(api.post("cpi", "/api/v1/meeting-places", Api.json(Map.of("kind", "OFFICE", "name", "x",
                "address", "1 Way"))).status()).isEqualTo(403);

        String id = place(api, "COURTROOM", name, "800 Justice Way, Sampleton FL 39001");
        Api.Response duplicate = api.post("admin", "/api/v1/meeting-places",
                Api.json(Map.of("kind", "COURTROOM", "name", name.toUpperCase(), "address", "elsewhere 1")));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api.get("cpi", "/api/v1/meeting-places").body()).contains(name);
        assertThat(api.get("bas", "/api/v1/meeting-places").status()).isEqualTo(403);
        assertThat(api.get("casemanager", "/api/v1/meeting-places/" + id).json().get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(api.get("bip", "/api/v1/meeting-places").status()).isEqualTo(403);

        // retired: kept for past events, no longer offered
        Api.Response retired = api.patch("admin", "/api/v1/meeting-places/" + id, "{\"status\":\"RETIRED\"}");
        assertThat(retired.status()).isEqualTo(200);
        assertThat(api.get("cpi", "/api/v1/meeting-places").body()).doesNotContain(name);
        assertThat(api.get("cpi", "/api/v1/meeting-places?includeRetired=true").body()).contains(name);
        Api.Response atRetired = request(api, Fixtures.openCase(api, "cpi"), id, someDay());
        assertThat(atRetired.status()).isEqualTo(400);
        assertThat(atRetired.json().get("errors").get(0).get("field").asString()).isEqualTo("placeId");
        assertThat(api.patch("supervisor", "/api/v1/meeting-places/" + id, "{\"status\":\"TYPED\"}").status())
                .isEqualTo(400);
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + id).json().get("total").asInt()).isEqualTo(2);

        // once a staffing or hearing takes place there, its name and address stay as they are
        Api.Response back = api.patch("supervisor", "/api/v1/meeting-places/" + id,
                "{\"status\":\"ACTIVE\",\"name\":\"" + name + " (renamed before use)\"}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(request(api, Fixtures.openCase(api, "cpi"), id, someDay()).status()).isEqualTo(201);
        Api.Response renamed = api.patch("admin", "/api/v1/meeting-places/" + id, "{\"name\":\"Anything else\"}");
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("errors").get(0).get("message").asString()).contains("Retire it");
        assertThat(api.patch("admin", "/api/v1/meeting-places/" + id, "{\"status\":\"RETIRED\"}").status())
                .isEqualTo(200);
    }

    @Test
    void theSupervisorsPageAddsAndChangesPlaces() {
        PageSession supervisor = PageSession.signIn(port, "supervisor");
        String name = "Family room " + unique();
        var refused = supervisor.submit("/meeting-places", "/meeting-places", Map.of("kind", "OFFICE", "name", name));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("street address");
        var added = supervisor.submit("/meeting-places", "/meeting-places", Map.of("kind", "OFFICE", "name", name,
                "address", "455 Gulf Breeze Avenue"));
        assertThat(added.statusCode()).isEqualTo(302);
        JsonNode place = null;
        for (JsonNode p : new Api(port).get("supervisor", "/api/v1/meeting-places").json().get("items")) {
            if (p.get("name").asString().equals(name)) {
                place = p;
            }
        }
        assertThat(place).isNotNull();
        var saved = supervisor.submit("/meeting-places", "/meeting-places/" + place.get("id").asString(),
                Map.of("kind", "OFFICE", "name", name + " B", "address", "455 Gulf Breeze Avenue", "status", "ACTIVE",
                        "version", place.get("version").asString()));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(supervisor.get("/meeting-places").body()).contains(name + " B");
        var stale = supervisor.submit("/meeting-places", "/meeting-places/" + place.get("id").asString(),
                Map.of("kind", "OFFICE", "name", name + " C", "address", "455 Gulf Breeze Avenue", "status", "ACTIVE",
                        "version", place.get("version").asString()));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed");
    }

    /**
     * A place typed before meeting places existed, and a place that comes to match a protected contact value of
     * someone in the case (a survivor who moves next to the office), are shown to nobody outside the case: the BAS's
     * API, calendar and court brief and the ICS feed say "to be confirmed" until the place is reviewed or moved.
     */
    @Test
    void aPlaceThatCouldTellWhereAFamilyIsIsHeldBackUntilItIsReviewedOrMoved() throws Exception {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "5 Quiet Cove Road", "555-210-4455");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "9 Far Away Street", "305-555-8080");
        String marker = unique();
        String office = place(api, "OFFICE", "Harbor Annex " + marker, "77 Beacon Hill Road, Sampleton FL 39001");
        OffsetDateTime start = someDay();
        Api.Response created = request(api, caseId, office, start);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String eventId = created.json().get("id").asString();
        assertThat(api.post("bas", "/api/v1/events/" + eventId + "/decision", "{\"decision\":\"ATTEND\"}").status())
                .isEqualTo(200);
        PageSession bas = PageSession.signIn(port, "bas");
        String feed = Fixtures.newCalendarFeed(bas);
        assertThat(fetch(feed)).contains("LOCATION:Harbor Annex " + marker);

        // a hearing the BAS already attended, at an office on the same street, keeps its place whatever the family
        // does next
        String pastMarker = unique();
        String pastOffice = place(api, "OFFICE", "Beacon Annex " + pastMarker, "81 Beacon Hill Road, Sampleton FL 39001");
        UUID attended = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by, status, bas_user_id,
                                   attended, accountability_notes, attendance_recorded_at)
                SELECT ?, ?::uuid, 'DEPENDENCY_HEARING', now() - interval '10 days', now() - interval '10 days'
                       + interval '1 hour', ?::uuid, r.id, 'ATTENDED', b.id, true, 'Attended.', now() - interval '9 days'
                FROM app_user r, app_user b WHERE r.username = 'cpi' AND b.username = 'bas'""")
                .params(attended, caseId, pastOffice).update();
        // the survivor moves to the office's street: the event's place is held back from everyone outside the case
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor,
                "{\"address\":{\"line1\":\"79 Beacon Hill Rd\"}}").status()).isEqualTo(200);
        // and moving away again does not show it: a release would tell the BAS that someone moved
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor,
                "{\"address\":{\"line1\":\"5 Quiet Cove Road\"}}").status()).isEqualTo(200);
        JsonNode seenByBas = api.get("bas", "/api/v1/events/" + eventId).json();
        assertThat(api.get("bas", "/api/v1/events/" + attended).json().get("place").asString())
                .startsWith("Beacon Annex " + pastMarker);
        assertThat(seenByBas.get("place").isNull()).isTrue();
        assertThat(seenByBas.get("placeId").isNull()).as("the id would name the place").isTrue();
        assertThat(seenByBas.get("placeConfirmed").asBoolean()).isFalse();
        assertThat(api.get("bas", "/api/v1/events?caseId=" + caseId).body()).doesNotContain(marker);
        assertThat(bas.get("/calendar").body()).doesNotContain(marker).contains("To be confirmed");
        assertThat(fetch(feed)).doesNotContain(marker).contains("LOCATION:To be confirmed");
        assertThat(api.get("bas", "/api/v1/cases/" + caseId + "/court-brief").body()).doesNotContain(marker);
        jdbc.sql("UPDATE event SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' "
                + "WHERE id = ?::uuid").param(eventId).update();
        assertThat(Pdfs.text(bas.getBytes("/cases/" + caseId + "/court-brief.pdf"))).doesNotContain(marker);
        String perpetrator = null;
        for (JsonNode p : api.get("cpi", "/api/v1/cases/" + caseId).json().get("people")) {
            if (p.get("role").asString().equals("PERPETRATOR")) {
                perpetrator = p.get("id").asString();
            }
        }
        assertThat(bas.get("/perpetrators/" + perpetrator + "/timeline").body()).doesNotContain(marker)
                .contains("place to be confirmed");
        // the case's workers still see the place, with the reason the BAS does not
        JsonNode seenByCpi = api.get("cpi", "/api/v1/events/" + eventId).json();
        assertThat(seenByCpi.get("place").asString()).contains(marker);
        assertThat(seenByCpi.get("placeConfirmed").asBoolean()).isFalse();
        assertThat(seenByCpi.get("placeHold").asString()).isEqualTo("MATCHES_CASE");
        assertThat(seenByBas.has("placeHold") && !seenByBas.get("placeHold").isNull()).isFalse();
        assertThat(PageSession.signIn(port, "cpi").get("/cases/" + caseId + "/events").body())
                .contains(marker).contains("matches someone protected");

        // an event not yet begun is moved to another place, which the BAS then sees
        jdbc.sql("UPDATE event SET starts_at = ?, ends_at = ? WHERE id = ?::uuid")
                .params(start, start.plusHours(1), eventId).update();
        // the case page's notice names it, one click from moving it
        assertThat(PageSession.signIn(port, "cpi").get("/cases/" + caseId + "/events?alerts=true").body())
                .contains("/events/" + eventId + "/place").contains("matches the address");
        assertThat(PageSession.signIn(port, "bas").get("/cases/" + caseId + "/events?alerts=true").body())
                .doesNotContain("/place");
        String court = place(api, "COURTROOM", "Courtroom " + marker, "800 Justice Way, Sampleton FL 39001");
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor,
                "{\"address\":{\"line1\":\"79 Beacon Hill Rd\"}}").status()).isEqualTo(200);
        assertThat(api.patch("cpi", "/api/v1/events/" + eventId, Api.json(Map.of("placeId", office))).status())
                .isEqualTo(400);
        // nor may it be "moved" back to the place held back, once the family has moved away: that would tell
        assertThat(api.patch("cpi", "/api/v1/people/" + survivor,
                "{\"address\":{\"line1\":\"5 Quiet Cove Road\"}}").status()).isEqualTo(200);
        Api.Response back = api.patch("cpi", "/api/v1/events/" + eventId, Api.json(Map.of("placeId", office)));
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.body()).contains("another place");
        Api.Response moved = api.patch("cpi", "/api/v1/events/" + eventId, Api.json(Map.of("placeId", court)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(api.get("bas", "/api/v1/events/" + eventId).json().get("place").asString())
                .startsWith("Courtroom " + marker);
        assertThat(fetch(feed)).contains("LOCATION:Courtroom " + marker);
        assertThat(api.patch("bas", "/api/v1/events/" + eventId, Api.json(Map.of("placeId", court))).status())
                .isEqualTo(403);

        // a worker may withdraw a place (a room not booked yet): the BAS then sees "to be confirmed" too
        Api.Response withdrawn = api.patch("cpi", "/api/v1/events/" + eventId, "{\"placeId\":null}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("placeHold").asString()).isEqualTo("WITHDRAWN");
        assertThat(api.get("bas", "/api/v1/events/" + eventId).json().get("place").isNull()).isTrue();
        assertThat(api.patch("cpi", "/api/v1/events/" + eventId, "{\"place\":\"x\",\"placeId\":null}").status())
                .isEqualTo(400);
    }

    @Test
    void aPlaceTypedBeforeTheListExistedStaysWithItsCaseUntilTheEventIsMoved() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String marker = unique();
        UUID placeId = UUID.randomUUID();
        // as migration V10 leaves a former free-text place: with its one case
        jdbc.sql("""
                INSERT INTO meeting_place (id, region_id, kind, name, status, case_id)
                SELECT ?, region_id, 'OFFICE', ?, 'TYPED', id FROM case_file WHERE id = ?::uuid""")
                .params(placeId, "Typed place " + marker, caseId).update();
        UUID eventId = UUID.randomUUID();
        OffsetDateTime day = someDay();
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by)
                SELECT ?, ?::uuid, 'CASE_STAFFING', ?, ?, ?, id FROM app_user WHERE username = 'cpi'""")
                .params(eventId, caseId, day, day.plusHours(1), placeId).update();
        assertThat(api.get("bas", "/api/v1/events/" + eventId).body()).doesNotContain(marker);
        assertThat(api.get("cpi", "/api/v1/events/" + eventId).json().get("placeHold").asString()).isEqualTo("TYPED");
        assertThat(api.get("cpi", "/api/v1/events/" + eventId).body()).contains(marker);
        assertThat(request(api, caseId, placeId.toString(), someDay()).status()).isEqualTo(400);
        // nobody outside the case sees it: not in the region's list, not by its id, not on the supervisors' page
        assertThat(api.get("supervisor", "/api/v1/meeting-places?includeRetired=true").body()).doesNotContain(marker);
        assertThat(api.get("admin", "/api/v1/meeting-places/" + placeId).status()).isEqualTo(404);
        assertThat(api.patch("admin", "/api/v1/meeting-places/" + placeId, "{\"status\":\"ACTIVE\"}").status())
                .isEqualTo(404);
        assertThat(PageSession.signIn(port, "supervisor").get("/meeting-places").body()).doesNotContain(marker);

        String court = place(api, "COURTROOM", "Courtroom " + marker, "800 Justice Way, Sampleton FL 39001");
        assertThat(api.patch("cpi", "/api/v1/events/" + eventId, Api.json(Map.of("placeId", court))).status())
                .isEqualTo(200);
        assertThat(api.get("bas", "/api/v1/events/" + eventId).json().get("place").asString())
                .startsWith("Courtroom " + marker);
    }

    /** The feed's text with its folded lines unfolded. */
    private static String fetch(String url) {
        return Fixtures.fetch(url).body().replace("\r\n ", "");
    }
}
