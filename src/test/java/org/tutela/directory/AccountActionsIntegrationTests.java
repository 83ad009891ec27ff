package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
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

/**
 * Issue 9, part 7: the administrator's user page, each action apart. Nobody acts on their own account; disabling
 * ends an open session at once; a role that widens access waits for another administrator; enabling again is a
 * grant; unlocking clears the sign-in delays; each save says what it did and what comes next, and is audited.
 */
@IntegrationTest
class AccountActionsIntegrationTests {

    static final String PASSWORD = "a-password-only-the-user-knows";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdministratorActsOnNoActionOfTheirOwnAccountOnThePageNorThroughTheApi() {
        Api api = new Api(port);
        String adminId = id("admin");
        PageSession admin = PageSession.signIn(port, "admin");
        String path = "/admin/users/" + adminId;

        String own = admin.get(path).body();
        assertThat(own).contains("This is your own account")
                .doesNotContain("action=\"" + path + "/disable\"")
                .doesNotContain("action=\"" + path + "/unlock\"")
                .doesNotContain("action=\"" + path + "/password-reset\"");

        String dcf = Fixtures.organization(api, "DCF");
        assertThat(admin.submit("/", path, Map.of("role", "SUPERVISOR", "organizationId", dcf)).body())
                .contains("Nobody changes their own account");
        assertThat(admin.submit("/", path + "/disable", Map.of("confirmDisable", "true")).body())
                .contains("Nobody changes their own account");
        assertThat(admin.submit("/", path + "/unlock", Map.of()).body()).contains("Nobody changes their own account");
        assertThat(admin.submit("/", path + "/password-reset", Map.of("confirmReset", "true")).body())
                .contains("Nobody changes their own account").doesNotContain("id=\"password-link\"");

        assertThat(api.patch("admin", "/api/v1/users/" + adminId, "{\"role\":\"SUPERVISOR\"}").status()).isEqualTo(403);
        assertThat(api.patch("admin", "/api/v1/users/" + adminId, "{\"enabled\":false}").status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/v1/users/" + adminId + "/unlock", null).status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/v1/users/" + adminId + "/password-reset", null).status()).isEqualTo(403);
        JsonNode me = user(api, adminId);
        assertThat(me.get("role").asString()).isEqualTo("ADMIN");
        assertThat(me.get("enabled").asBoolean()).isTrue();
        assertThat(admin.get("/admin/users").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void disablingOnThePageEndsTheUsersOpenSessionAndTokensAtOnceAndTheyCannotSignIn() {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "CPI", "DCF", PASSWORD);
        String id = id(username);
        PageSession cpi = PageSession.signIn(port, username, PASSWORD);
        String token = api.token(username, PASSWORD);
        assertThat(cpi.get("/cases").statusCode()).isEqualTo(200);

        PageSession admin = PageSession.signIn(port, "admin");
        String path = "/admin/users/" + id;
        HttpResponse<String> unconfirmed = admin.submit(path, path + "/disable", Map.of());
        assertThat(unconfirmed.body()).contains("id=\"confirmDisable-error\"").contains("Tick this box to confirm");
        assertThat(cpi.get("/cases").statusCode()).as("nothing happened unconfirmed").isEqualTo(200);

        HttpResponse<String> disabled = admin.submit(path, path + "/disable", Map.of("confirmDisable", "true"));
        assertThat(disabled.headers().firstValue("Location").orElse("")).endsWith(path + "?disabled");
        HttpResponse<String> next = cpi.get("/cases");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(api.send("GET", "/api/v1/cases", "Bearer " + token, null, Map.of()).status()).isEqualTo(401);
        HttpResponse<String> signIn = PageSession.anonymous(port).submit("/login", "/login",
                Map.of("username", username, "password", PASSWORD));
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/login?error");

        String page = admin.get(path + "?disabled").body();
        assertThat(page).contains("is disabled").contains("action=\"" + path + "/enable\"")
                .doesNotContain("action=\"" + path + "/disable\"");
        assertThat(audited(api, "UPDATE", id)).isEqualTo(1);
    }

    @Test
    void aRoleThatWidensAccessWaitsForASecondAdministratorAndTheUserKeepsTheirAccessUntilThen() {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "CONTRACT_MANAGER", "CMO", PASSWORD);
        String id = id(username);
        String cmo = Fixtures.organization(api, "CMO");
        PageSession worker = PageSession.signIn(port, username, PASSWORD);
        assertThat(worker.get("/cases").statusCode()).isEqualTo(403);

        PageSession admin = PageSession.signIn(port, "admin");
        String path = "/admin/users/" + id;
        HttpResponse<String> missing = admin.submit(path, path, Map.of("organizationId", cmo));
        assertThat(missing.body()).contains("id=\"role-error\"").contains("choose a role");

        HttpResponse<String> asked = admin.submit(path, path, Map.of("role", "CASE_MANAGER", "organizationId", cmo));
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith(path + "?pending");
        assertThat(admin.get(path + "?pending").body().replaceAll("<[^>]+>", ""))
                .contains("Saved as a request: Case manager at Bayside Family Case Management")
                .contains("Waiting for a second administrator&#39;s approval");
        JsonNode waiting = user(api, id);
        assertThat(waiting.get("role").asString()).as("not effective yet").isEqualTo("CONTRACT_MANAGER");
        assertThat(waiting.get("pendingGrant").get("approver").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(worker.get("/cases").statusCode()).as("no case yet, and still signed in").isEqualTo(403);

        String grantId = waiting.get("pendingGrant").get("id").asString();
        String decision = "{\"decision\":\"APPROVE\"}";
        assertThat(api.post("admin", "/api/v1/user-approvals/" + grantId + "/decision", decision).status())
                .as("not by the administrator who asked").isEqualTo(403);
        assertThat(api.post("admin2", "/api/v1/user-approvals/" + grantId + "/decision", decision).status())
                .isEqualTo(200);
        assertThat(user(api, id).get("role").asString()).isEqualTo("CASE_MANAGER");
        assertThat(worker.get("/cases").statusCode()).as("the old session ended with the change").isEqualTo(302);
        assertThat(PageSession.signIn(port, username, PASSWORD).get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleThatNarrowsAccessTakesEffectAtOnceAndEndsTheSession() {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "CPI", "DCF", PASSWORD);
        String id = id(username);
        PageSession cpi = PageSession.signIn(port, username, PASSWORD);
        assertThat(cpi.get("/cases").statusCode()).isEqualTo(200);
        PageSession admin = PageSession.signIn(port, "admin");
        String path = "/admin/users/" + id;
        HttpResponse<String> changed = admin.submit(path, path, Map.of("role", "PROGRAM_LEADER", "organizationId",
                Fixtures.organization(api, "DCF")));
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith(path + "?applied");
        assertThat(admin.get(path + "?applied").body()).contains("is now Program leader");
        assertThat(cpi.get("/cases").statusCode()).isEqualTo(302);
        assertThat(user(api, id).get("role").asString()).isEqualTo("PROGRAM_LEADER");
    }

    @Test
    void enablingACaseReaderAgainIsAGrantThatAnotherAdministratorApproves() {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "CASE_MANAGER", "CMO", PASSWORD);
        String id = id(username);
        PageSession admin = PageSession.signIn(port, "admin");
        String path = "/admin/users/" + id;
        admin.submit(path, path + "/disable", Map.of("confirmDisable", "true"));
        assertThat(user(api, id).get("enabled").asBoolean()).isFalse();

        HttpResponse<String> enable = admin.submit(path, path + "/enable", Map.of());
        assertThat(enable.headers().firstValue("Location").orElse("")).endsWith(path + "?enablePending");
        assertThat(admin.get(path + "?enablePending").body()).contains("they stay disabled")
                .contains("Waiting for a second administrator&#39;s approval");
        JsonNode waiting = user(api, id);
        assertThat(waiting.get("enabled").asBoolean()).isFalse();
        assertThat(api.basic("POST", "/api/v1/tokens", username, PASSWORD, "{\"name\":\"x\"}").status()).isEqualTo(401);
        String grantId = waiting.get("pendingGrant").get("id").asString();
        assertThat(api.post("admin2", "/api/v1/user-approvals/" + grantId + "/decision",
                "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(user(api, id).get("enabled").asBoolean()).isTrue();
        assertThat(PageSession.signIn(port, username, PASSWORD).get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void unlockingOnThePageClearsTheAccountsDelaysFromEveryAddressAndIsAudited() {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "BIP_PROVIDER", "BIP_PROVIDER", PASSWORD);
        String id = id(username);
        PageSession.anonymous(port).submit("/login", "/login", Map.of("username", username, "password", "wrong"));
        // the delay that more failures from this machine would set, made long enough not to pass during the test
        jdbc.sql("""
                INSERT INTO sign_in_throttle (account_key, address_key, failures, last_failure_at, blocked_until)
                VALUES (?, ?, 8, now(), now() + interval '10 minutes')
                ON CONFLICT (account_key, address_key) DO UPDATE SET failures = 8, blocked_until = excluded.blocked_until""")
                .params(Secrets.hash(username), Secrets.hash("127.0.0.1")).update();
        HttpResponse<String> delayed = PageSession.anonymous(port).submit("/login", "/login",
                Map.of("username", username, "password", PASSWORD));
        assertThat(delayed.headers().firstValue("Location").orElse("")).contains("/login?wait");

        PageSession admin = PageSession.signIn(port, "admin");
        String path = "/admin/users/" + id;
        assertThat(admin.get(path).body()).contains("Delayed by failed attempts");
        HttpResponse<String> unlocked = admin.submit(path, path + "/unlock", Map.of());
        assertThat(unlocked.headers().firstValue("Location").orElse("")).endsWith(path + "?unlocked");
        assertThat(admin.get(path + "?unlocked").body()).contains("can sign in again at once").contains("Not delayed");
        assertThat(PageSession.signIn(port, username, PASSWORD).get("/").body()).contains("There was 1 failed attempt");
        assertThat(audited(api, "UNLOCK", id)).isEqualTo(1);
    }

    /** The locked one's delay is cleared by AccountAdministrationBrowserTests, which may run first. */
    @Test
    void theDemoHasALockedAndADisabledAccount() {
        Api api = new Api(port);
        assertThat(user(api, id("locked")).get("role").asString()).isEqualTo("BIP_PROVIDER");
        JsonNode former = user(api, id("former"));
        assertThat(former.get("enabled").asBoolean()).isFalse();
        assertThat(former.get("role").asString()).isEqualTo("CASE_MANAGER");
    }

    private String id(String username) {
        return jdbc.sql("SELECT id::text FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }

    private static JsonNode user(Api api, String id) {
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("id").asString().equals(id)) {
                return u;
            }
        }
        throw new IllegalStateException(id);
    }

    private static int audited(Api api, String action, String entityId) {
        return api.get("admin", "/api/v1/audit?entityId=" + entityId + "&action=" + action).json().get("total").asInt();
    }
}
