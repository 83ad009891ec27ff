package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/**
 * Text that no record can keep (a NUL, another control character, half a surrogate pair) is refused with a 400 naming
 * the field in JSON bodies, and as the field's error in forms, and nothing is saved; tabs and line breaks are kept.
 */
@IntegrationTest
class PlainTextIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void controlCharactersAreRefusedFieldByFieldAndNothingIsSaved() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        // as JSON escapes, so that an unpaired surrogate reaches the server as one (UTF-8 cannot carry it)
        for (String escaped : List.of("Ana\\u0000", "\\u0000Ana", "An\\u0007a", "Ana\\uD800", "Ana\\uDC00x")) {
            Api.Response raw = api.post("cpi", "/api/v1/cases/" + caseId + "/people",
                    "{\"role\":\"SURVIVOR\",\"firstName\":\"" + escaped + "\",\"lastName\":\"Text\"}");
            assertThat(raw.status()).as(escaped).isEqualTo(400);
            assertThat(raw.json().get("errors").get(0).get("field").asString()).isEqualTo("firstName");
        }
        for (String hostile : List.of("Ana\u0000", "\u0000Ana", "An\u0007a", "A\u001bna")) {
            Api.Response person = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of(
                    "role", "SURVIVOR", "firstName", hostile, "lastName", "Text")));
            assertThat(person.status()).as(() -> hostile.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .isEqualTo(400);
            assertThat(person.json().get("errors").get(0).get("field").asString()).isEqualTo("firstName");
            Api.Response nested = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of(
                    "role", "SURVIVOR", "firstName", "Ana", "lastName", "Text", "address", Map.of("line1", hostile))));
            assertThat(nested.status()).isEqualTo(400);
            assertThat(nested.json().get("errors").get(0).get("field").asString()).isEqualTo("address.line1");
            Api.Response place = api.post("supervisor", "/api/v1/meeting-places", Api.json(Map.of("kind", "OFFICE",
                    "name", hostile, "address", "1 Way")));
            assertThat(place.status()).isEqualTo(400);
        }
        assertThat(api.get("cpi", "/api/v1/cases/" + caseId).json().get("people").size()).isZero();
        Api.Response query = api.get("cpi", "/api/v1/cases?q=a%00b");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.contentType()).startsWith("application/problem+json");
        // a tab and line breaks are text like any other
        assertThat(api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role", "SURVIVOR",
                "firstName", "Ana\tMaria", "lastName", "Text"))).status()).isEqualTo(201);

        // a multipart form is read within its limits, then checked the same way
        String boundary = "b" + java.util.UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\na\u0000b\r\n--"
                + boundary + "--\r\n";
        Api.Response multipartField = api.send("POST", "/api/v1/obligations/" + java.util.UUID.randomUUID()
                + "/checks", "Bearer " + api.token("bas"), multipart,
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
        assertThat(multipartField.status()).isEqualTo(400);
        assertThat(multipartField.body()).contains("\"field\":\"note\"");
        // a name with a NUL signs nobody in, and says so like any unknown name
        assertThat(api.basic("POST", "/api/v1/tokens", "cpi\u0000", Api.PASSWORD, "{\"name\":\"t\"}").status())
                .isEqualTo(401);
        // dates no practice has: refused by the one rule for commands' dates
        Api.Response born = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role", "CHILD",
                "firstName", "Ana", "lastName", "Text", "dateOfBirth", "0000-01-01")));
        assertThat(born.status()).isEqualTo(400);
        assertThat(born.json().get("errors").get(0).get("field").asString()).isEqualTo("dateOfBirth");
        Api.Response farAhead = api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type",
                "CASE_STAFFING", "startsAt", "+999999999-01-01T00:00:00Z", "endsAt", "+999999999-01-01T01:00:00Z",
                "placeId", Fixtures.meetingPlace(api, "DCF Suncoast Service Center, room 2"))));
        assertThat(farAhead.status()).isEqualTo(400);
        // refused as the body is read, at the first of the two dates in the body's order
        assertThat(farAhead.json().get("errors").get(0).get("field").asString()).isIn("startsAt", "endsAt");
        assertThat(farAhead.body()).contains("between 1900 and 2199");

        PageSession cpi = PageSession.signIn(port, "cpi");
        var form = cpi.submit("/cases/" + caseId + "/people/new", "/cases/" + caseId + "/people",
                Map.of("role", "SURVIVOR", "firstName", "Bea\u0000", "lastName", "Text"));
        // a browser gets the form back, with the field's error next to the field
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"firstName-error\"").contains("characters that cannot be kept");
        assertThat(api.get("cpi", "/api/v1/cases/" + caseId).json().get("people").size()).isEqualTo(1);
    }
}
