package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 7, second review, findings 1 and 3: one administrator could take over a grant that waited (by resetting
 * the user's password and setting it through the link, or by disabling the supervisors so that the approver became
 * an administrator), and enabling a user gave their case access back at once. Now a reset asks a waiting grant
 * again with the resetter as its requester, who may approve is fixed when a grant is asked, a grant whose user
 * changed is refused, nobody decides where they could hold the password of someone involved, and enabling is a
 * grant like any other.
 */
@IntegrationTest
class GrantTakeoverIntegrationTests {

    static final String PASSWORD = "the-users-own-password";
    static final String ADMINS_CHOICE = "the-administrators-choice";
    static final String TOKEN = "{\"name\":\"x\",\"expiresInDays\":1}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResetAsksAWaitingGrantAgainWithTheResetterAsItsRequesterAndTellsTheApprover() {
        Api api = new Api(port);
        JsonNode created = Fixtures.createUser(api, "admin", "CPI", "DCF");
        String id = created.get("id").asString();
        String first = created.get("pendingGrant").get("id").asString();
        Fixtures.setPassword(port, created.get("passwordLink").asString(), PASSWORD);

        Api.Response reset = api.post("admin", "/api/v1/users/" + id + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(200);
        JsonNode pending = reset.json().get("pendingGrant");
        assertThat(pending.get("id").asString()).as("asked again").isNotEqualTo(first);
        assertThat(pending.get("afterPasswordReset").asBoolean()).isTrue();
        assertThat(grant(api, "supervisor", first).get("status").asString()).isEqualTo("CANCELLED");
        String again = pending.get("id").asString();
        assertThat(grant(api, "supervisor", again).get("requestedBy").asString()).isEqualTo("admin");

        // the administrator who holds the link sets the password, and can approve neither grant
        Fixtures.setPassword(port, reset.json().get("passwordLink").asString(), ADMINS_CHOICE);
        assertThat(decide(api, "supervisor", first, "APPROVE").status()).isEqualTo(409);
        assertThat(decide(api, "admin", again, "APPROVE").status()).isEqualTo(403);
        assertThat(decide(api, "admin2", again, "APPROVE").status()).as("DCF has a supervisor").isEqualTo(403);
        // the supervisor is told to confirm with the user in person
        String page = PageSession.signIn(port, "supervisor").get("/approvals/" + again).body();
        assertThat(page.replaceAll("<[^>]+>", "")).contains("was reset by admin").contains("in person");
    }

    @Test
    void aSecondAdministratorWhoResetsThePasswordCannotApproveTheGrantTheFirstAsked() {
        Api api = new Api(port);
        JsonNode created = Fixtures.createUser(api, "admin", "CASE_MANAGER", "CBC");
        String id = created.get("id").asString();
        String grantId = created.get("pendingGrant").get("id").asString();
        assertThat(grant(api, "admin2", grantId).get("approver").asString()).isEqualTo("ADMINISTRATOR");

        Api.Response reset = api.post("admin2", "/api/v1/users/" + id + "/password-reset", null);
        Fixtures.setPassword(port, reset.json().get("passwordLink").asString(), ADMINS_CHOICE);
        assertThat(decide(api, "admin2", grantId, "APPROVE").status()).isIn(403, 409);
        String again = reset.json().get("pendingGrant").get("id").asString();
        assertThat(decide(api, "admin2", again, "APPROVE").status()).isEqualTo(403);
        assertThat(api.basic("POST", "/api/v1/tokens", created.get("username").asString(), ADMINS_CHOICE, TOKEN)
                .status()).as("no access with the password they set").isNotEqualTo(201);
        // the first administrator, who no longer holds a live link, may (once the user confirms in person)
        assertThat(decide(api, "admin", again, "APPROVE").status()).isEqualTo(200);
    }

    @Test
    void whoApprovesIsFixedWhenAskedSoDisablingTheSupervisorsHandsNoGrantToAnAdministrator() {
        Api api = new Api(port);
        String agency = newOrganization();
        JsonNode supervisor = createUser(api, "admin", "SUPERVISOR", agency);
        String supervisorGrant = supervisor.get("pendingGrant").get("id").asString();
        assertThat(grant(api, "admin2", supervisorGrant).get("approver").asString()).as("the agency has none yet")
                .isEqualTo("ADMINISTRATOR");
        Fixtures.setPassword(port, supervisor.get("passwordLink").asString(), PASSWORD);
        assertThat(decide(api, "admin2", supervisorGrant, "APPROVE").status()).isEqualTo(200);

        JsonNode leader = createUser(api, "admin", "PROGRAM_LEADER", agency);
        String leaderId = leader.get("id").asString();
        Api.Response asked = api.patch("admin", "/api/v1/users/" + leaderId, "{\"role\":\"CPI\"}");
        assertThat(asked.status()).isEqualTo(202);
        String grantId = asked.json().get("pendingGrant").get("id").asString();
        assertThat(grant(api, "admin2", grantId).get("approver").asString()).isEqualTo("SUPERVISOR");

        assertThat(api.patch("admin2", "/api/v1/users/" + supervisor.get("id").asString(), "{\"enabled\":false}")
                .status()).isEqualTo(200);
        assertThat(grant(api, "admin2", grantId).get("approver").asString()).as("fixed when asked")
                .isEqualTo("SUPERVISOR");
        assertThat(decide(api, "admin2", grantId, "APPROVE").status()).isEqualTo(403);

        // a reset asks the grant again, of the same approver, with the resetter as its requester
        Api.Response reset = api.post("admin2", "/api/v1/users/" + leaderId + "/password-reset", null);
        Fixtures.setPassword(port, reset.json().get("passwordLink").asString(), ADMINS_CHOICE);
        String again = reset.json().get("pendingGrant").get("id").asString();
        assertThat(grant(api, "admin", again).get("approver").asString()).isEqualTo("SUPERVISOR");
        assertThat(grant(api, "admin", again).get("requestedBy").asString()).isEqualTo("admin2");
        assertThat(decide(api, "admin2", again, "APPROVE").status()).isEqualTo(403);
        assertThat(decide(api, "admin", again, "APPROVE").status()).isEqualTo(403);
    }

    @Test
    void nobodyDecidesWhereTheyCouldHoldThePasswordOfSomeoneInvolved() {
        Api api = new Api(port);
        // the administrator who handed over a user's link does not approve that user's grant, whoever asked for it
        JsonNode contracts = Fixtures.createUser(api, "admin", "CONTRACT_MANAGER", "CBC");
        Api.Response asked = api.patch("admin2", "/api/v1/users/" + contracts.get("id").asString(),
                "{\"role\":\"CASE_MANAGER\"}");
        assertThat(asked.status()).isEqualTo(202);
        String grantId = asked.json().get("pendingGrant").get("id").asString();
        assertThat(grant(api, "admin", grantId).get("cannotDecide").asString()).contains("link");
        assertThat(decide(api, "admin", grantId, "APPROVE").status()).isEqualTo(403);

        // an administrator whose password another one reset decides on none of that one's requests, nor the other way
        String third = Fixtures.user(api, port, "ADMIN", "DCF", PASSWORD);
        String thirdId = userId(third);
        Api.Response reset = api.post("admin", "/api/v1/users/" + thirdId + "/password-reset", null);
        Fixtures.setPassword(port, reset.json().get("passwordLink").asString(), ADMINS_CHOICE);
        Api.Response signedIn = api.basic("POST", "/api/v1/tokens", third, ADMINS_CHOICE, TOKEN);
        assertThat(signedIn.status()).isEqualTo(201);
        String asThird = "Bearer " + signedIn.json().get("token").asString();

        JsonNode byAdmin = Fixtures.createUser(api, "admin", "CASE_MANAGER", "CBC");
        Api.Response approvedByThird = api.send("POST", "/api/v1/user-approvals/"
                + byAdmin.get("pendingGrant").get("id").asString() + "/decision", asThird,
                "{\"decision\":\"APPROVE\"}", Map.of());
        assertThat(approvedByThird.status()).isEqualTo(403);
        Api.Response byThird = api.send("POST", "/api/v1/users", asThird, Api.json(Map.of("username",
                "cm" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Asked By Third", "role",
                "CASE_MANAGER", "organizationId", Fixtures.organization(api, "CBC"))), Map.of());
        assertThat(byThird.status()).isEqualTo(201);
        String thirdsGrant = byThird.json().get("pendingGrant").get("id").asString();
        assertThat(decide(api, "admin", thirdsGrant, "APPROVE").status()).isEqualTo(403);
        Fixtures.setPassword(port, byThird.json().get("passwordLink").asString(), PASSWORD);
        assertThat(decide(api, "admin2", thirdsGrant, "APPROVE").status()).as("someone independent").isEqualTo(200);

        // a grant whose requester is no longer an administrator is approved by nobody
        Api.Response another = api.send("POST", "/api/v1/users", asThird, Api.json(Map.of("username",
                "cm" + UUID.randomUUID().toString().substring(0, 8), "displayName", "Also Asked By Third", "role",
                "CASE_MANAGER", "organizationId", Fixtures.organization(api, "CBC"))), Map.of());
        Fixtures.setPassword(port, another.json().get("passwordLink").asString(), PASSWORD);
        assertThat(api.patch("admin2", "/api/v1/users/" + thirdId, "{\"enabled\":false}").status()).isEqualTo(200);
        Api.Response orphan = decide(api, "admin2", another.json().get("pendingGrant").get("id").asString(), "APPROVE");
        assertThat(orphan.status()).isEqualTo(409);
        assertThat(orphan.body()).contains("no longer an enabled administrator");
    }

    @Test
    void approvingIsRefusedBeforeTheUserSetTheirPasswordOrOnceItChangedSinceTheGrantWasAsked() {
        Api api = new Api(port);
        // approved first, the link could still be used by whoever holds it
        JsonNode created = Fixtures.createUser(api, "admin", "CPI", "DCF");
        String grantId = created.get("pendingGrant").get("id").asString();
        Api.Response early = decide(api, "supervisor", grantId, "APPROVE");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("has not set their password yet");
        Fixtures.setPassword(port, created.get("passwordLink").asString(), PASSWORD);
        // a link issued behind the grant's back (by hand, or by a path that forgot to ask again)
        jdbc.sql("UPDATE app_user SET password_version = password_version + 1 WHERE id = ?::uuid")
                .param(created.get("id").asString()).update();
        Api.Response stale = decide(api, "supervisor", grantId, "APPROVE");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("changed since");
    }

    @Test
    void enablingAUserWhoseRoleReadsCasesWaitsForApproval() {
        Api api = new Api(port);
        String username = Fixtures.user(api, port, "CPI", "DCF", PASSWORD);
        String id = userId(username);
        assertThat(api.patch("admin", "/api/v1/users/" + id, "{\"enabled\":false}").status()).isEqualTo(200);

        Api.Response enabled = api.patch("admin", "/api/v1/users/" + id, "{\"enabled\":true}");
        assertThat(enabled.status()).isEqualTo(202);
        assertThat(enabled.json().get("enabled").asBoolean()).as("not yet").isFalse();
        String grantId = enabled.json().get("pendingGrant").get("id").asString();
        assertThat(grant(api, "supervisor", grantId).get("fromEnabled").asBoolean()).isFalse();
        assertThat(api.basic("POST", "/api/v1/tokens", username, PASSWORD, TOKEN).status()).isEqualTo(401);
        assertThat(decide(api, "admin", grantId, "APPROVE").status()).isEqualTo(403);
        assertThat(decide(api, "supervisor", grantId, "APPROVE").status()).isEqualTo(200);
        assertThat(api.basic("POST", "/api/v1/tokens", username, PASSWORD, TOKEN).status()).isEqualTo(201);

        // a role that reads no case comes back at once
        JsonNode contracts = Fixtures.createUser(api, "admin", "CONTRACT_MANAGER", "DCF");
        String contractsId = contracts.get("id").asString();
        assertThat(api.patch("admin", "/api/v1/users/" + contractsId, "{\"enabled\":false}").status()).isEqualTo(200);
        Api.Response back = api.patch("admin", "/api/v1/users/" + contractsId, "{\"enabled\":true}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("enabled").asBoolean()).isTrue();
    }

    /** A new agency of the demo region (typed CMO, named to sort after the demo ones), with nobody in it. */
    private String newOrganization() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO organization (id, name, type, region_id)
                SELECT ?, ?, 'CMO', region_id FROM organization WHERE type = 'DCF' ORDER BY name LIMIT 1""")
                .params(id, "Zz Test Agency " + id).update();
        return id.toString();
    }

    private static JsonNode createUser(Api api, String admin, String role, String organizationId) {
        String username = role.toLowerCase().replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post(admin, "/api/v1/users", Api.json(Map.of("username", username, "displayName",
                "Test " + username, "role", role, "organizationId", organizationId)));
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    private String userId(String username) {
        return jdbc.sql("SELECT id::text FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }

    static Api.Response decide(Api api, String username, String grantId, String decision) {
        return api.post(username, "/api/v1/user-approvals/" + grantId + "/decision",
                "{\"decision\":\"" + decision + "\"}");
    }

    static JsonNode grant(Api api, String username, String grantId) {
        for (JsonNode g : api.get(username, "/api/v1/user-approvals").json().get("items")) {
            if (g.get("id").asString().equals(grantId)) {
                return g;
            }
        }
        throw new IllegalStateException("grant not listed to " + username);
    }
}
