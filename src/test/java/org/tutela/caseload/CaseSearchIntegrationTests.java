package org.tutela.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

/** The case search: words that begin a case's words, every word required, newest first, counted up to a limit. */
@IntegrationTest
class CaseSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aWordMatchesTheStartOfANameANumberOrTheirParts() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        String number = api.get("cpi", "/api/v1/cases/" + id).json().get("caseNumber").asString().toLowerCase();
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        assertThat(api.post("cpi", "/api/v1/cases/" + id + "/people", Api.json(Map.of("role", "PERPETRATOR",
                "firstName", "Ánxo-Lópe" + tag, "lastName", "Garcia-Zeb" + tag, "dateOfBirth", "1985-04-05"))).status())
                .isEqualTo(201);

        assertThat(ids(api, "zeb" + tag)).containsExactly(id);             // the second part of a double name
        JsonNode people = api.get("cpi", "/api/v1/cases?q=zeb" + tag).json().get("items").get(0).get("people");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("role").asString()).isEqualTo("PERPETRATOR");
        assertThat(people.get(0).get("firstName").asString()).isEqualTo("Ánxo-Lópe" + tag);
        assertThat(people.get(0).get("lastName").asString()).isEqualTo("Garcia-Zeb" + tag);
        assertThat(people.get(0).get("id").asString()).hasSize(36);
        assertThat(ids(api, "garcia-zeb" + tag.substring(0, 3))).containsExactly(id);
        assertThat(ids(api, "ZEB" + tag.toUpperCase() + " ánxo")).containsExactly(id); // every word, any case
        assertThat(ids(api, "lópe" + tag)).containsExactly(id);           // split at the hyphen, not at a letter
        assertThat(ids(api, "lope" + tag + " anxo")).containsExactly(id); // accents or none, as typed
        assertThat(ids(api, "GARCÍA-ZEB" + tag)).containsExactly(id);
        assertThat(ids(api, "pe" + tag)).isEmpty();
        assertThat(ids(api, number)).containsExactly(id);
        assertThat(ids(api, number.substring(2, 10))).containsExactly(id); // a part of the number, from its start
        assertThat(ids(api, number.substring(2))).containsExactly(id);     // the number without its first part
        assertThat(ids(api, number.replace('-', '/'))).containsExactly(id); // any punctuation between its parts
        assertThat(ids(api, "eb" + tag)).isEmpty();                       // inside a word: not a match
        assertThat(ids(api, "zeb" + tag + " nobodyelse")).isEmpty();      // every word must match
    }

    @Test
    void wordsThatLookLikeOperatorsOrQuotesAreSearchedAsWritten() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "w");
        assertThat(api.post("cpi", "/api/v1/cases/" + id + "/people", Api.json(Map.of("role", "SURVIVOR",
                "firstName", "A\\B" + tag, "lastName", "O'Brien" + tag, "dateOfBirth", "1990-01-02"))).status())
                .isEqualTo(201);
        assertThat(ids(api, "o'brien" + tag)).containsExactly(id);
        assertThat(ids(api, "a\\b" + tag)).containsExactly(id);
        assertThat(ids(api, "brien" + tag)).containsExactly(id);
        assertThat(ids(api, "o’brien" + tag)).containsExactly(id);       // a typographic apostrophe is one too
        for (String q : List.of("&", "|", "!", "(", ")", "'", "''", "\\", ":*", "' | ''", "<->", "%", "_")) {
            // punctuation alone is no word: asked for nothing, alone or beside a name
            Api.Response r = api.get("cpi", "/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.status()).as(q).isEqualTo(200);
            assertThat(r.json().get("total").asLong()).as(q).isZero();
            assertThat(ids(api, "o'brien" + tag + " " + q)).as(q).containsExactly(id);
        }
        for (String q : List.of("q:*z", "ñandú", "日本", "x".repeat(300), "\u202Eevil", "b&c", "x'':*|'m")) {
            // a word of its own, which the case does not have
            assertThat(ids(api, "o'brien" + tag + " " + q)).as(q).isEmpty();
        }
    }

    @Test
    void aWordInManyCasesCountsToTheLimitAndStillShowsTheNewestFirst() {
        // a region of its own, so that the thousand cases change nobody else's lists, and an organization of a type
        // that other tests never look up by type
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
        UUID region = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(region, "Region " + tag).update();
        jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, 'LAW_ENFORCEMENT', ?)")
                .params(organization, "Sheriff " + tag, region).update();
        String bas = "xbas" + tag;
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash)
                VALUES (?, ?, ?, 'BAS', ?, ?)""")
                .params(UUID.randomUUID(), bas, "BAS " + tag, organization, encoder.encode(Api.PASSWORD)).update();
        int cases = CaseManagement.COUNT_LIMIT + 5;
        jdbc.sql("""
                INSERT INTO case_file (id, case_number, region_id, intake_date, status, organization_id, search_text)
                SELECT gen_random_uuid(), ? || '-' || g, ?, date '2020-01-01' + g, 'INVESTIGATION', ?,
                       lower(? || '-' || g) || ' common' || ?
                FROM generate_series(1, ?) g""")
                .params("CAP-" + tag, region, organization, "CAP-" + tag, tag, cases).update();

        Api api = new Api(port);
        JsonNode first = api.get(bas, "/api/v1/cases?q=common" + tag).json();
        assertThat(first.get("total").asLong()).isEqualTo(CaseManagement.COUNT_LIMIT);
        assertThat(first.get("totalExact").asBoolean()).isFalse();
        assertThat(numbers(first)).hasSize(20).first().isEqualTo("CAP-" + tag + "-" + cases);
        JsonNode second = api.get(bas, "/api/v1/cases?q=common" + tag + "&page=1").json();
        assertThat(numbers(second).get(0)).isEqualTo("CAP-" + tag + "-" + (cases - 20));

        // narrowed, the count is exact again: cap-<tag>-100 and -1000 to -1009
        JsonNode narrowed = api.get(bas, "/api/v1/cases?q=common" + tag + "+cap-" + tag + "-100").json();
        assertThat(narrowed.get("total").asLong()).isEqualTo(11);
        assertThat(narrowed.get("totalExact").asBoolean()).isTrue();
        // no words: the whole list, newest first, counted to the limit as well
        JsonNode all = api.get(bas, "/api/v1/cases").json();
        assertThat(all.get("totalExact").asBoolean()).isFalse();
        assertThat(numbers(all).get(0)).isEqualTo("CAP-" + tag + "-" + cases);
        // a page past the end says how many there are
        JsonNode past = api.get(bas, "/api/v1/cases?q=common" + tag + "+cap-" + tag + "-100&page=3").json();
        assertThat(past.get("items").size()).isZero();
        assertThat(past.get("total").asLong()).isEqualTo(11);

        String page = PageSession.signIn(port, bas).get("/cases?q=common" + tag).body();
        assertThat(page).contains("More than 5,000 cases").contains("Page 1").doesNotContain("Page 1 of");
    }

    @Test
    void anAssignmentOrATransferAppliesToTheVeryNextSearch() {
        // nothing about a search is cached: who may see a case is decided in the search's own statement
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "v");
        assertThat(api.post("cpi", "/api/v1/cases/" + id + "/people", Api.json(Map.of("role", "SURVIVOR",
                "firstName", "Vesna", "lastName", "Quorrel" + tag, "dateOfBirth", "1990-01-02"))).status())
                .isEqualTo(201);
        String q = "/api/v1/cases?q=quorrel" + tag;
        String cpi = jdbc.sql("SELECT id FROM app_user WHERE username = 'cpi'").query(String.class).single();
        String caseManager = jdbc.sql("SELECT id FROM app_user WHERE username = 'casemanager'").query(String.class)
                .single();
        assertThat(api.get("casemanager", q).json().get("total").asLong()).isZero();

        patch(api, id, Map.of("assignedUserIds", List.of(cpi, caseManager)));
        assertThat(api.get("casemanager", q).json().get("total").asLong()).isEqualTo(1);
        patch(api, id, Map.of("assignedUserIds", List.of(cpi)));
        assertThat(api.get("casemanager", q).json().get("total").asLong()).isZero();

        patch(api, id, Map.of("status", "CASE_MANAGEMENT", "organizationId", Fixtures.organization(api, "CBC")));
        assertThat(api.get("casemanager", q).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("casemanager", "/api/v1/cases/" + id).status()).isEqualTo(200);
    }

    private static void patch(Api api, String caseId, Map<String, Object> change) {
        Api.Response r = api.send("PATCH", "/api/v1/cases/" + caseId, "Bearer " + api.token("cpi"), Api.json(change),
                Map.of("Content-Type", "application/merge-patch+json"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static List<String> ids(Api api, String q) {
        JsonNode r = api.get("cpi", "/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
        List<String> ids = new ArrayList<>();
        r.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(i -> numbers.add(i.get("caseNumber").asString()));
        return numbers;
    }
}
