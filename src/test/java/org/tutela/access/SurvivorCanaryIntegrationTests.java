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
import org.tutela.shared.AgencyTime;

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
    /**
     * The protected people's phone numbers: US numbers unique to this run (a phone is refused unless it is one),
     * found in a response whatever the format it is written in: (305) 812-3456, 305-812-3456, +13058123456.
     */
    static java.util.regex.Pattern phones;
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
        java.util.Random random = new java.util.Random();
        String line = String.valueOf(1000 + random.nextInt(9000));
        String[] exchanges = {String.valueOf(820 + random.nextInt(60)), String.valueOf(880 + random.nextInt(60)),
                String.valueOf(940 + random.nextInt(50))};
        phones = java.util.regex.Pattern.compile("(?<!\\d)(" + String.join("|", exchanges) + ")[\\s.-]?" + line
                + "(?!\\d)");
        survivorId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1 " + canary + " Street",
                "(305) " + exchanges[0] + "-" + line);
        childId = Fixtures.addPerson(api, "cpi", caseId, "CHILD", "2 " + canary + " Street",
                "305-" + exchanges[1] + "-" + line);
        Fixtures.addPerson(api, "cpi", caseId, "OTHER_CAREGIVER", "3 " + canary + " Street",
                "+1 305 " + exchanges[2] + " " + line);
        perpetratorId = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "9 Perp Visible Road", "305-555-9999");
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
                "caseId", caseId, "consultedOn", AgencyTime.today().toString(), "professionalName", "Pat CPI",
                "professionalRole", "CPI", "organizationId", dcf, "mode", "PHONE", "topics", List.of("RISK_FACTORS"),
                "note", "Discussed the perpetrator's pattern of coercive control.", "complianceMonitoring",
                "NOT_APPLICABLE", "guidedSafetyActions", "NO")));
        assertThat(consultation.status()).isEqualTo(201);
        String monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        Api.Response obligation = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations",
                Api.json(java.util.Map.of("source", "FIREARM_SURRENDER", "issuer", "Circuit court", "orderedOn",
                        AgencyTime.today().minusDays(20).toString(), "dueOn",
                        AgencyTime.today().minusDays(10).toString(), "requirement", "Surrender all firearms")));
        String obligationId = obligation.json().get("id").asString();
        String checkId = api.post("bas", "/api/v1/obligations/" + obligationId + "/checks", Api.json(java.util.Map.of(
                "checkedOn", AgencyTime.today().toString(), "source", "LAW_ENFORCEMENT", "finding",
                "NON_COMPLIANT", "note", "No receipt on file"))).json().get("id").asString();
        String escalationId = api.post("bas", "/api/v1/obligations/" + obligationId + "/escalations",
                Api.json(java.util.Map.of("escalatedOn", AgencyTime.today().toString(), "channel", "Protocol",
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
                if (body != null && (body.contains(canary) || phones.matcher(body).find())) {
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

    /**
     * A survivor at "42 {S} Hideout Ln, Sampleton {ZIP}, 555-{PHONE}" with a child at "{S} Elementary": every free
     * text a case worker could send towards the BAS or out of Tutela, in every spelling the security review tried
     * (abbreviations, hyphens, partial numbers, city and ZIP, school names), is refused, and afterwards no response,
     * page, court brief or calendar feed the BAS can reach carries the street's name, the ZIP code or the phone's
     * last digits.
     */
    @Test
    void noFreeTextCarriesTheSurvivorsWhereaboutsToTheBasOrOutOfTutela() throws Exception {
        Api api = new Api(port);
        java.util.Random random = new java.util.Random();
        String s = "Q" + random.ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
        String zip = String.valueOf(30000 + random.nextInt(9000));
        String exchange = String.valueOf(200 + random.nextInt(700));
        String line = String.valueOf(1000 + random.nextInt(9000));
        Map<String, Object> survivor = new java.util.LinkedHashMap<>(Map.of("role", "SURVIVOR", "firstName", "Ana",
                "lastName", "Freetext", "address", Map.of("line1", "42 " + s + " Hideout Ln", "city", "Sampleton",
                        "state", "FL", "postalCode", zip), "phone", "305-" + exchange + "-" + line,
                "email", s.toLowerCase() + ".survivor@example.org", "workplace", s + " Bakery"));
        String survivorId = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(survivor)).json()
                .get("id").asString();
        assertThat(api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role", "CHILD",
                "firstName", "Eli", "lastName", "Freetext", "schoolOrChildCare", s + " Elementary"))).status())
                .isEqualTo(201);
        List<String> variants = List.of("42 " + s + " Hideout Lane", "Home visit: 42 " + s + "-Hideout Ln, Sampleton FL "
                        + zip, exchange + "-" + line, s + " Elem. room 4", "Sampleton " + zip, "42 " + s.toUpperCase()
                        + " HIDEOUT LN.", s.toLowerCase() + ".survivor at example dot org", s + " Bakery, back office",
                "call (305) " + exchange + " " + line, "the " + s + " hideout");
        String start = java.time.OffsetDateTime.now().plusDays(40).withNano(0).toString();
        String end = java.time.OffsetDateTime.now().plusDays(40).plusHours(1).withNano(0).toString();
        List<String> accepted = new ArrayList<>();
        for (String v : variants) {
            // an event's place as typed text
            if (api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type", "CASE_STAFFING",
                    "startsAt", start, "endsAt", end, "place", v))).status() != 400) {
                accepted.add("event place: " + v);
            }
            // a meeting place named or addressed with it, then chosen for the case's event
            for (Map<String, Object> place : List.<Map<String, Object>>of(
                    Map.of("kind", "OFFICE", "name", "Room " + v, "address", "1 Agency Plaza"),
                    Map.of("kind", "OFFICE", "name", "Office " + UUID.randomUUID(), "address", v))) {
                Api.Response made = api.post("supervisor", "/api/v1/meeting-places", Api.json(place));
                if (made.status() == 201 && api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId,
                        "type", "CASE_STAFFING", "startsAt", start, "endsAt", end, "placeId",
                        made.json().get("id").asString()))).status() != 400) {
                    accepted.add("meeting place " + place + ": " + v);
                }
            }
            // identity fields, which the BAS sees: vetted values, and names that carry no contact value
            for (String field : List.of("gender", "preferredLanguage")) {
                if (api.patch("cpi", "/api/v1/people/" + survivorId, Api.json(Map.of(field, v))).status() != 400) {
                    accepted.add(field + ": " + v);
                }
            }
            // a name may be a street's name ("De La Cruz"): there a street counts with its number or its kind
            if (!v.equals("the " + s + " hideout")) {
                for (String field : List.of("firstName", "lastName")) {
                    if (api.patch("cpi", "/api/v1/people/" + survivorId, Api.json(Map.of(field, v))).status() != 400) {
                        accepted.add(field + ": " + v);
                    }
                }
            }
            // the case number, which the feed and court briefs carry
            String number = v.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
            if (api.patch("cpi", "/api/v1/cases/" + caseId, Api.json(Map.of("caseNumber", number))).status() != 400) {
                accepted.add("caseNumber: " + number);
            }
            // and a survivor recorded as the perpetrator, by a case worker
            if (api.patch("cpi", "/api/v1/people/" + survivorId, "{\"role\":\"PERPETRATOR\"}").status() != 400) {
                accepted.add("role change");
            }
        }
        assertThat(accepted).as("free texts that would carry the survivor's whereabouts").isEmpty();
        // the perpetrator's contact fields, which the BAS sees, given the survivor's values: they are kept (a
        // household may share them) but withheld from the BAS like the survivor's own
        assertThat(api.patch("cpi", "/api/v1/people/" + perpetratorId, Api.json(Map.of("address", Map.of("line1",
                "42 " + s + " Hideout Lane", "city", "Sampleton", "postalCode", zip), "phone", "(305) " + exchange + "-"
                + line, "workplace", s + " Bakery, back office", "email", s.toLowerCase() + ".survivor@example.org",
                "shelterStatus", "staying at 42 " + s + " Hideout Ln"))).status()).isEqualTo(200);

        // an event the BAS attends, so that the feed and the brief have a place to show
        String office = org.tutela.support.Fixtures.meetingPlace(api, "DCF Suncoast Service Center, room 2");
        String eventId = api.post("cpi", "/api/v1/events", Api.json(Map.of("caseId", caseId, "type",
                "DEPENDENCY_HEARING", "startsAt", start, "endsAt", end, "placeId", office))).json().get("id").asString();
        api.post("bas", "/api/v1/events/" + eventId + "/decision", "{\"decision\":\"ATTEND\"}");
        PageSession bas = PageSession.signIn(port, "bas");
        List<String> bodies = new ArrayList<>();
        bodies.add(org.tutela.support.Fixtures.fetch(org.tutela.support.Fixtures.newCalendarFeed(bas)).body());
        bodies.add(pdfText(bas.getBytes("/cases/" + caseId + "/court-brief.pdf")));
        for (String path : paths()) {
            bodies.add(path.endsWith(".pdf") ? pdfText(bas.getBytes(path))
                    : path.startsWith("/api/") ? api.get("bas", path).body() : bas.get(path).body());
        }
        assertThat(bodies.get(0)).contains("BEGIN:VCALENDAR").contains("DCF Suncoast Service Center");
        // the street's made-up name anywhere, the ZIP code and the phone's last seven digits as numbers of their own
        // (not inside a UUID or another number)
        List<java.util.regex.Pattern> markers = List.of(
                java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(s), java.util.regex.Pattern.CASE_INSENSITIVE),
                java.util.regex.Pattern.compile("(?<!\\w)" + zip + "(?![\\w])"),
                java.util.regex.Pattern.compile("(?<!\\w)" + exchange + "[\\s.-]?" + line + "(?![\\w])"));
        List<String> leaks = new ArrayList<>();
        for (String body : bodies) {
            for (java.util.regex.Pattern marker : markers) {
                java.util.regex.Matcher found = marker.matcher(body == null ? "" : body);
                if (found.find()) {
                    leaks.add(marker + " in ..." + body.substring(Math.max(0, found.start() - 60),
                            Math.min(body.length(), found.end() + 20)));
                }
            }
        }
        assertThat(leaks).isEmpty();
        // the other tests of this class read the perpetrator as it was
        api.patch("cpi", "/api/v1/people/" + perpetratorId, "{\"address\":{\"line1\":\"9 Perp Visible Road\"},"
                + "\"phone\":\"305-555-9999\",\"workplace\":null,\"email\":null,\"shelterStatus\":null}");
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
