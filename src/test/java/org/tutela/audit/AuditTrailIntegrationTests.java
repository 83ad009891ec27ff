package org.tutela.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.database.DatabaseOwner;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void writesReadsAndSignInsLeaveRowsThatTheAdminCanFind() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String personId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "7 Audit Lane", "305-555-0707");
        api.get("cpi", "/api/v1/people/" + personId);
        api.get("cpi", "/api/v1/cases/" + caseId);

        JsonNode caseRows = api.get("admin", "/api/v1/audit?entityId=" + caseId).json();
        assertThat(caseRows.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(caseRows.get("items").toString()).contains("\"CREATE\"").contains("\"READ_PROTECTED\"");
        JsonNode create = null;
        for (JsonNode item : caseRows.get("items")) {
            if (item.get("action").asString().equals("CREATE")) {
                create = item;
            }
        }
        assertThat(create).isNotNull();
        assertThat(create.get("actor").asString()).isEqualTo("cpi");
        assertThat(create.get("role").asString()).isEqualTo("CPI");
        assertThat(create.get("entityType").asString()).isEqualTo("CASE");
        assertThat(create.get("requestId").asString()).isNotBlank();
        assertThat(create.get("at").asString()).isNotBlank();

        assertThat(api.get("admin", "/api/v1/audit?entityId=" + personId + "&action=READ_PROTECTED").json()
                .get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("admin", "/api/v1/audit?actor=cpi&action=LOGIN_SUCCESS").json().get("total").asInt())
                .isGreaterThanOrEqualTo(1);
        api.basic("POST", "/api/v1/tokens", "cpi", "not-the-password", "{\"name\":\"x\"}");
        assertThat(api.get("admin", "/api/v1/audit?actor=cpi&action=LOGIN_FAILURE").json().get("total").asInt())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aDeniedRecordAccessIsAuditedAndAnswersLikeAMissingOne() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Api.Response hidden = api.get("advocate", "/api/v1/cases/" + caseId);
        Api.Response missing = api.get("advocate", "/api/v1/cases/00000000-0000-0000-0000-000000000001");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(hidden.contentType()).isEqualTo(missing.contentType());
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + caseId + "&action=ACCESS_DENIED").json()
                .get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aRouteTheRolesMayNotUseIsAuditedWithWhoMethodAndPath() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String path = "/api/v1/cases/" + caseId + "/people";
        Api.Response refused = api.post("bas", path, "{\"role\":\"SURVIVOR\",\"firstName\":\"A\",\"lastName\":\"B\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        JsonNode rows = api.get("admin", "/api/v1/audit?action=ROUTE_DENIED&actor=bas&entityId="
                + java.net.URLEncoder.encode("POST " + path, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(rows.get("total").asInt()).isEqualTo(1);
        JsonNode row = rows.get("items").get(0);
        assertThat(row.get("role").asString()).isEqualTo("BAS");
        assertThat(row.get("entityType").asString()).isEqualTo("ROUTE");
        assertThat(row.get("requestId").asString()).isEqualTo(refused.header("X-Request-Id"));

        // a page the role may not open, and a path with two ids (longer than an id): the whole path is kept
        PageSession bas = PageSession.signIn(port, "bas");
        assertThat(bas.get("/admin/users").statusCode()).isEqualTo(403);
        String approval = "/api/v1/user-approvals/" + java.util.UUID.randomUUID() + "/decision";
        assertThat(api.post("cpi", approval, "{\"decision\":\"APPROVE\"}").status()).isEqualTo(403);
        JsonNode page = api.get("admin", "/api/v1/audit?action=ROUTE_DENIED&actor=bas&entityId=GET%20/admin/users")
                .json();
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("admin", "/api/v1/audit?action=ROUTE_DENIED&entityId=" + java.net.URLEncoder.encode(
                "POST " + approval, java.nio.charset.StandardCharsets.UTF_8)).json().get("items").get(0)
                .get("actor").asString()).isEqualTo("cpi");
        // and the audit page lists them
        String list = PageSession.signIn(port, "admin").get("/admin/audit?action=ROUTE_DENIED&actor=bas").body();
        assertThat(list).contains("POST " + path);
    }

    @Test
    void everyFetchOfACalendarFeedIsAuditedAsAReadOfThatFeedByItsBas() {
        Api api = new Api(port);
        String feed = Fixtures.newCalendarFeed(PageSession.signIn(port, "bas"));
        String feedId = jdbc.sql("SELECT f.id FROM calendar_feed f JOIN app_user u ON u.id = f.user_id "
                + "WHERE u.username = 'bas'").query(String.class).single();
        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(200);
        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(200);

        JsonNode reads = api.get("admin", "/api/v1/audit?action=READ&entityId=" + feedId).json();
        assertThat(reads.get("total").asInt()).isEqualTo(2);
        JsonNode read = reads.get("items").get(0);
        assertThat(read.get("actor").asString()).isEqualTo("bas");
        assertThat(read.get("role").asString()).isEqualTo("BAS");
        assertThat(read.get("entityType").asString()).isEqualTo("CALENDAR_FEED");

        // an address that names no feed is only logged: anybody could send any number of them
        String anonymousFeedRows = "SELECT count(*) FROM audit_event WHERE actor = 'anonymous' "
                + "AND entity_type = 'CALENDAR_FEED'";
        long before = jdbc.sql(anonymousFeedRows).query(Long.class).single();
        String guessed = feed.replaceAll("/calendar/[^/]+\\.ics$", "/calendar/" + "A".repeat(43) + ".ics");
        assertThat(Fixtures.fetch(guessed).statusCode()).isEqualTo(404);
        assertThat(Fixtures.fetch(feed.replaceAll("/calendar/[^/]+\\.ics$", "/calendar/x.ics")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql(anonymousFeedRows).query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theFeedOfABasWhoMayNoLongerReadItIsARefusedReadByThem() {
        Api api = new Api(port);
        String username = Fixtures.user(api, port, "BAS", "DV_CENTER", "a-long-feed-password-2026");
        String feed = Fixtures.newCalendarFeed(PageSession.signIn(port, username, "a-long-feed-password-2026"));
        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(200);
        String feedId = jdbc.sql("SELECT f.id FROM calendar_feed f JOIN app_user u ON u.id = f.user_id "
                + "WHERE u.username = ?").param(username).query(String.class).single();
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?").param(username).update();

        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(404);
        JsonNode refused = api.get("admin", "/api/v1/audit?action=ACCESS_DENIED&entityId=" + feedId).json();
        assertThat(refused.get("total").asInt()).isEqualTo(1);
        assertThat(refused.get("items").get(0).get("actor").asString()).isEqualTo(username);
        assertThat(refused.get("items").get(0).get("entityType").asString()).isEqualTo("CALENDAR_FEED");
    }

    @Test
    void aFormPostedWithoutSigningInLeavesNothingInTheTrail() {
        String marker = "/ADMIN_APPROVED_by_nobody_" + java.util.UUID.randomUUID();
        assertThat(PageSession.anonymous(port).postWithoutToken(marker).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_id LIKE ?").param("%" + marker + "%")
                .query(Long.class).single()).isZero();
        // signed in, the same forged post is a refusal of theirs
        assertThat(PageSession.signIn(port, "cpi").postWithoutToken(marker).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'CSRF_REFUSED' AND entity_id LIKE ?")
                .param("%" + marker + "%").query(String.class).list()).containsExactly("cpi");
    }

    @Test
    void theAppsOwnCredentialsCanAddToTheTrailButNotChangeOrHideIt() {
        assumeTrue(DatabaseOwner.separateFromTheApp(context), "one role for migrations and requests");
        for (String table : new String[] {"audit_event", "audit_seal", "audit_checkpoint"}) {
            assertRefused("UPDATE " + table + " SET "
                    + (table.equals("audit_event") ? "actor = 'mallory'" : "hash = hash"));
            assertRefused("DELETE FROM " + table);
            assertRefused("TRUNCATE " + table);
            assertRefused("ALTER TABLE " + table + " DISABLE TRIGGER ALL");
            assertRefused("DROP TABLE " + table);
        }
        // the database stamps number, time and transaction; seals come from audit_seal() only
        assertRefused("INSERT INTO audit_event (seq, actor, action) VALUES (1, 'mallory', 'LOGIN_SUCCESS')");
        assertRefused("INSERT INTO audit_event (at, actor, action) VALUES (now() - interval '1 year', 'm', 'X')");
        assertRefused("INSERT INTO audit_event (xid, actor, action) VALUES ('1', 'mallory', 'LOGIN_SUCCESS')");
        assertRefused("INSERT INTO audit_seal (position, seq, hash, watermark) VALUES (0, 1, '\\x00', '0')");
        // checkpoints only through audit_checkpoint_add(), at a sealed position with its hash: one far beyond the
        // chain, signed by no one, stopped all signing
        assertRefused("INSERT INTO audit_checkpoint (position, hash, signature) VALUES (999999999, '\\x00', '\\x00')");
        String signature = "'\\x" + "00".repeat(32) + "'";
        assertRefused("SELECT audit_checkpoint_add(999999999, '\\x00', " + signature + ")");
        assertRefused("SELECT audit_checkpoint_add(max(position), '\\x00', " + signature + ") FROM audit_seal");
        assertRefused("SELECT audit_checkpoint_add(max(position) + 1, (SELECT hash FROM audit_seal ORDER BY position "
                + "DESC LIMIT 1), " + signature + ") FROM audit_seal");
        assertRefused("SELECT audit_checkpoint_add(s.position, s.hash, '\\x00') FROM audit_seal s "
                + "ORDER BY s.position DESC LIMIT 1");
        assertRefused("SELECT setval('audit_event_seq', 1)");
        // nor create anything, such as a function that the sealer might call in place of PostgreSQL's own
        assertRefused("CREATE TABLE mallory (x int)");
        assertRefused("SET session_replication_role = replica");
        assertRefused("SELECT count(*) FROM flyway_schema_history");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_seal").query(Long.class).single()).isPositive();
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .as(sql)
                .rootCause()
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isEqualTo("42501"));
    }

    @Test
    void theTrailIsFilteredByTime() {
        Api api = new Api(port);
        Fixtures.openCase(api, "cpi");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(api.get("admin", "/api/v1/audit?from=" + today).json().get("total").asInt()).isPositive();
        assertThat(api.get("admin", "/api/v1/audit?from=2000-01-01&to=2000-01-02").json().get("total").asInt()).isZero();
        assertThat(api.get("admin", "/api/v1/audit?from=2000-01-01T00:00:00Z&to=2000-01-01T12:00:00Z").json()
                .get("total").asInt()).isZero();
        assertThat(api.get("admin", "/api/v1/audit?from=2000-01-01T00:00:00Z").json().get("total").asInt()).isPositive();
        Api.Response bad = api.get("admin", "/api/v1/audit?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"from\"");
    }

    @Test
    void onlyTheAdminReadsTheTrail() {
        Api api = new Api(port);
        assertThat(api.get("bas", "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/v1/audit?size=5").json().get("size").asInt()).isEqualTo(5);
        assertThat(api.get("admin", "/api/v1/audit?size=500").status()).isEqualTo(400);
        assertThat(api.send("GET", "/api/v1/audit/verify", null, null, Map.of()).status()).isEqualTo(401);
    }
}
