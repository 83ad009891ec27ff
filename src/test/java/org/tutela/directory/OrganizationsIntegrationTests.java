package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, part 7: the organizations page the administrator's home page promises, and its API. Organizations made
 * here are courts and law enforcement agencies, which no other test looks up by type.
 */
@IntegrationTest
class OrganizationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePageListsEveryOrganizationWithItsUsersAndAddsOneWithEveryErrorAtOnce() {
        Api api = new Api(port);
        PageSession admin = PageSession.signIn(port, "admin");
        String list = admin.get("/admin/organizations").body();
        assertThat(list).contains("DCF Suncoast Child Protective Investigations").contains("Law enforcement")
                .contains("class=\"stack\"").contains("data-label=\"Users\"");

        HttpResponse<String> empty = admin.submit("/admin/organizations", "/admin/organizations",
                Map.of("name", " ", "type", "", "regionId", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"name-error\"").contains("id=\"type-error\"")
                .contains("id=\"regionId-error\"").contains("Name: enter the organization&#39;s name")
                .contains("Region: choose the region");

        String region = region(api);
        HttpResponse<String> taken = admin.submit("/admin/organizations", "/admin/organizations",
                Map.of("name", "dcf suncoast child protective INVESTIGATIONS", "type", "COURT", "regionId", region));
        assertThat(taken.body()).contains("another organization already has this name");
        HttpResponse<String> badType = admin.submit("/admin/organizations", "/admin/organizations",
                Map.of("name", "Court " + UUID.randomUUID(), "type", "CASTLE", "regionId", "not-a-region"));
        assertThat(badType.statusCode()).isEqualTo(200);
        assertThat(badType.body()).contains("id=\"type-error\"").contains("id=\"regionId-error\"");

        String name = "Suncoast Juvenile Court " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> added = admin.submit("/admin/organizations", "/admin/organizations",
                Map.of("name", name, "type", "COURT", "regionId", region));
        String location = added.headers().firstValue("Location").orElse("");
        assertThat(location).matches(".*/admin/organizations/[0-9a-f-]{36}\\?added");
        String path = location.substring(location.indexOf("/admin/"), location.indexOf('?'));
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(admin.get(path + "?added").body().replaceAll("<[^>]+>", "")).contains("Organization " + name + " added")
                .contains("No users yet");
        assertThat(admin.get("/admin/organizations").body()).contains(name);
        assertThat(audited(api, "CREATE", id)).isEqualTo(1);

        // the DCF page lists its users
        String dcf = Fixtures.organization(api, "DCF");
        assertThat(admin.get("/admin/organizations/" + dcf).body()).contains("Sam Supervisor").contains("Casey Investigator");
    }

    @Test
    void nameAndTypeChangeAtOnceButTheRegionStaysWhileItsPeopleReadCasesThere() {
        Api api = new Api(port);
        PageSession admin = PageSession.signIn(port, "admin");
        String region = region(api);
        UUID otherRegion = UUID.randomUUID();
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(otherRegion, "Test Region " + otherRegion).update();
        String id = created(api, "Sheriff " + UUID.randomUUID(), "LAW_ENFORCEMENT", region).get("id").asString();
        String path = "/admin/organizations/" + id;

        String renamed = "Harbor County Court " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = admin.submit(path, path, Map.of("name", renamed, "type", "COURT", "regionId",
                otherRegion.toString(), "version", "0"));
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(path + "?saved");
        assertThat(admin.get(path + "?saved").body().replaceAll("<[^>]+>", "")).contains("Saved: " + renamed + " (Court, Test Region");
        assertThat(audited(api, "UPDATE", id)).isEqualTo(1);

        // the form as it was shown before that save: someone else changed it since
        HttpResponse<String> stale = admin.submit(path, path, Map.of("name", "Stale " + renamed, "type", "COURT",
                "regionId", region, "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this organization").contains("value=\"" + renamed + "\"");

        // DCF has cases and case readers: its region would move what they read
        String dcf = Fixtures.organization(api, "DCF");
        String dcfPath = "/admin/organizations/" + dcf;
        HttpResponse<String> moved = admin.submit(dcfPath, dcfPath, Map.of("name",
                "DCF Suncoast Child Protective Investigations", "type", "DCF", "regionId", otherRegion.toString()));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("id=\"regionId-error\"").contains("stays as it is while the organization");
        assertThat(region(api, dcf)).isEqualTo(region);
    }

    @Test
    void theApiAddsAndChangesOrganizationsWithTheSameRulesAndCatchesConcurrentEdits() {
        Api api = new Api(port);
        String region = region(api);
        Api.Response create = api.post("admin", "/api/v1/organizations", Api.json(Map.of("name",
                "Gulf Sheriff " + UUID.randomUUID(), "type", "LAW_ENFORCEMENT", "regionId", region)));
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.header("ETag")).isEqualTo("\"0\"");
        String id = create.json().get("id").asString();
        assertThat(create.header("Location")).isEqualTo("/api/v1/organizations/" + id);

        Api.Response invalid = api.post("admin", "/api/v1/organizations", "{\"name\":\"\",\"regionId\":\""
                + UUID.randomUUID() + "\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "type", "regionId");
        assertThat(api.post("cpi", "/api/v1/organizations", create.body()).status()).isEqualTo(403);

        String name = "Gulf County Sheriff " + UUID.randomUUID();
        String body = Api.json(Map.of("name", name, "type", "LAW_ENFORCEMENT", "regionId", region));
        Api.Response put = api.send("PUT", "/api/v1/organizations/" + id, "Bearer " + api.token("admin"), body,
                Map.of("If-Match", "\"0\""));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("name").asString()).isEqualTo(name);
        assertThat(put.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.send("PUT", "/api/v1/organizations/" + id, "Bearer " + api.token("admin"), body,
                Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
        assertThat(api.send("PUT", "/api/v1/organizations/" + id, "Bearer " + api.token("admin"),
                Api.json(Map.of("name", name, "type", "COURT", "regionId", region, "version", 0)), Map.of()).status())
                .isEqualTo(409);
        assertThat(api.send("PUT", "/api/v1/organizations/" + UUID.randomUUID(), "Bearer " + api.token("admin"), body,
                Map.of()).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/organizations/" + id, "Bearer " + api.token("supervisor"), body,
                Map.of()).status()).isEqualTo(403);

        String dcf = Fixtures.organization(api, "DCF");
        UUID otherRegion = UUID.randomUUID();
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(otherRegion, "Test Region " + otherRegion).update();
        Api.Response moved = api.send("PUT", "/api/v1/organizations/" + dcf, "Bearer " + api.token("admin"),
                Api.json(Map.of("name", "DCF Suncoast Child Protective Investigations", "type", "DCF", "regionId",
                        otherRegion.toString())), Map.of());
        assertThat(moved.status()).isEqualTo(400);
        assertThat(fields(moved)).containsExactly("regionId");
    }

    private static List<String> fields(Api.Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static JsonNode created(Api api, String name, String type, String region) {
        Api.Response r = api.post("admin", "/api/v1/organizations", Api.json(Map.of("name", name, "type", type,
                "regionId", region)));
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    /** The demo region (every demo organization's). */
    private static String region(Api api) {
        return region(api, Fixtures.organization(api, "DCF"));
    }

    private static String region(Api api, String organizationId) {
        for (JsonNode o : api.get("admin", "/api/v1/organizations").json()) {
            if (o.get("id").asString().equals(organizationId)) {
                return o.get("regionId").asString();
            }
        }
        throw new IllegalStateException(organizationId);
    }

    private static int audited(Api api, String action, String entityId) {
        return api.get("admin", "/api/v1/audit?entityId=" + entityId + "&action=" + action).json().get("total").asInt();
    }
}
