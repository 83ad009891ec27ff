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

/**
 * Finding 5 of issue 7: sessions kept the role, organization and region of sign-in, a disabled or moved user went on
 * reading cases, and a session had no absolute lifetime. Now every request decides with the user as they are, and
 * taking access away ends the user's sessions and tokens within one request.
 */
@IntegrationTest
class AccessRevocationIntegrationTests {

    static final String PASSWORD = "revocation-test-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private record Signed(String username, String id, PageSession page, String token) {
    }

    private Signed signedIn(String role, String organizationType) {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, role, organizationType, PASSWORD);
        PageSession page = PageSession.signIn(port, username, PASSWORD);
        String token = api.basic("POST", "/api/v1/tokens", username, PASSWORD, "{\"name\":\"t\",\"expiresInDays\":1}")
                .json().get("token").asString();
        String id = jdbc.sql("SELECT id::text FROM app_user WHERE username = ?").param(username).query(String.class).single();
        assertThat(page.get("/cases").statusCode()).isEqualTo(200);
        assertThat(bearer(token, "/api/v1/cases")).isEqualTo(200);
        return new Signed(username, id, page, token);
    }

    private int bearer(String token, String path) {
        return new Api(port).send("GET", path, "Bearer " + token, null, Map.of()).status();
    }

    private static void signedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aDisabledUserLosesTheirPageSessionAndTokensAtTheirNextRequest() {
        Signed cpi = signedIn("CPI", "DCF");
        assertThat(new Api(port).patch("admin", "/api/v1/users/" + cpi.id(), "{\"enabled\":false}").status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(cpi.username())
                .query(Long.class).single()).as("the sessions' rows are gone").isZero();
        signedOut(cpi.page().get("/cases"));
        assertThat(bearer(cpi.token(), "/api/v1/cases")).isEqualTo(401);
        assertThat(new Api(port).basic("POST", "/api/v1/tokens", cpi.username(), PASSWORD, "{\"name\":\"x\"}").status())
                .isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsSessionsAndTokensAndTheNewSignInHasTheNewRole() {
        Signed worker = signedIn("CASE_MANAGER", "CBC");
        assertThat(new Api(port).patch("admin", "/api/v1/users/" + worker.id(), "{\"role\":\"CONTRACT_MANAGER\"}")
                .status()).as("narrowing: at once").isEqualTo(200);
        signedOut(worker.page().get("/cases"));
        assertThat(bearer(worker.token(), "/api/v1/cases")).isEqualTo(401);
        PageSession again = PageSession.signIn(port, worker.username(), PASSWORD);
        assertThat(again.get("/cases").statusCode()).isEqualTo(403);
        assertThat(again.get("/").body()).contains("Contract manager");
    }

    @Test
    void everyRequestDecidesWithTheRoleAndOrganizationTheUserHasNow() {
        Signed supervisor = signedIn("SUPERVISOR", "DCF");
        String caseId = Fixtures.openCase(new Api(port), "cpi");
        assertThat(supervisor.page().get("/cases/" + caseId).statusCode()).isEqualTo(200);
        // changed in the database by another node or by hand, without anything ending the session or the token
        jdbc.sql("UPDATE app_user SET organization_id = ?::uuid WHERE id = ?::uuid")
                .params(Fixtures.organization(new Api(port), "CBC"), supervisor.id()).update();
        assertThat(supervisor.page().get("/cases/" + caseId).statusCode()).isEqualTo(404);
        assertThat(bearer(supervisor.token(), "/api/v1/cases/" + caseId)).isEqualTo(404);
        jdbc.sql("UPDATE app_user SET role = 'PROGRAM_LEADER' WHERE id = ?::uuid").param(supervisor.id()).update();
        assertThat(supervisor.page().get("/cases").statusCode()).isEqualTo(403);
        assertThat(bearer(supervisor.token(), "/api/v1/cases")).isEqualTo(403);
    }

    @Test
    void aPasswordResetEndsSessionsAndTokensAndACaseRoleWaitsForApprovalAgain() {
        Signed cpi = signedIn("CPI", "DCF");
        Api api = new Api(port);
        Api.Response reset = api.post("admin", "/api/v1/users/" + cpi.id() + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(200);
        signedOut(cpi.page().get("/cases"));
        assertThat(bearer(cpi.token(), "/api/v1/cases")).isEqualTo(401);
        // whoever holds the link could set the password: the CPI role comes back only with a supervisor's approval
        assertThat(reset.json().get("role").isNull()).isTrue();
        assertThat(reset.json().get("pendingGrant").get("afterPasswordReset").asBoolean()).isTrue();
        Fixtures.setPassword(port, reset.json().get("passwordLink").asString(), PASSWORD);
        assertThat(api.basic("POST", "/api/v1/tokens", cpi.username(), PASSWORD, "{\"name\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(api.post("supervisor", "/api/v1/user-approvals/" + reset.json().get("pendingGrant").get("id")
                .asString() + "/decision", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(PageSession.signIn(port, cpi.username(), PASSWORD).get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void aMoveThatWaitsForApprovalLeavesAccessAsItWasUntilApproved() {
        Signed cpi = signedIn("CPI", "DCF");
        Api api = new Api(port);
        Api.Response moved = api.patch("admin", "/api/v1/users/" + cpi.id(),
                "{\"organizationId\":\"" + Fixtures.organization(api, "CMO") + "\"}");
        assertThat(moved.status()).isEqualTo(202);
        assertThat(cpi.page().get("/cases").statusCode()).isEqualTo(200);
        assertThat(bearer(cpi.token(), "/api/v1/cases")).isEqualTo(200);
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInWhateverItsActivity() {
        Signed bas = signedIn("BAS", "DV_CENTER");
        jdbc.sql("UPDATE spring_session SET creation_time = creation_time - ? WHERE principal_name = ?")
                .params(11L * 3600 * 1000, bas.username()).update();
        assertThat(bas.page().get("/cases").statusCode()).as("eleven hours: still on").isEqualTo(200);
        jdbc.sql("UPDATE spring_session SET creation_time = creation_time - ? WHERE principal_name = ?")
                .params(3600L * 1000 + 1000, bas.username()).update();
        signedOut(bas.page().get("/cases"));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(bas.username())
                .query(Long.class).single()).isZero();
    }
}
