package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/**
 * Issue 7, second review, findings 2 and 4: case assignments outlived a move to another organization, and a BAS's
 * calendar feed came back with its old secret once a reset or disabled user's access was restored. Now a move ends
 * the user's assignments to other organizations' cases in the same transaction, and disabling, a password reset and
 * a role or organization change end the calendar feed for good.
 */
@IntegrationTest
class WithdrawnAccessIntegrationTests {

    static final String PASSWORD = "the-users-own-password";
    static final String TOKEN = "{\"name\":\"x\",\"expiresInDays\":1}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMoveToAnotherOrganizationEndsTheAssignmentsToItsFormerCasesAndTheApproverIsToldSo() {
        Api api = new Api(port);
        String username = Fixtures.user(api, port, "CPI", "DCF", Api.PASSWORD);
        String caseId = Fixtures.openCase(api, username);
        Fixtures.addPerson(api, username, caseId, "SURVIVOR", "9 Moving Day Road", "305-555-0199");
        String userId = jdbc.sql("SELECT id::text FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();

        Api.Response asked = api.patch("admin", "/api/v1/users/" + userId, "{\"role\":\"CASE_MANAGER\",\"organizationId\":\""
                + Fixtures.organization(api, "CBC") + "\"}");
        assertThat(asked.status()).isEqualTo(202);
        String grantId = asked.json().get("pendingGrant").get("id").asString();
        assertThat(String.valueOf(GrantTakeoverIntegrationTests.grant(api, "admin2", grantId).get("endsAssignments")))
                .contains("1 case assignment at DCF Suncoast Child Protective Investigations end");
        assertThat(GrantTakeoverIntegrationTests.decide(api, "admin2", grantId, "APPROVE").status()).isEqualTo(200);

        Api.Response signedIn = api.basic("POST", "/api/v1/tokens", username, Api.PASSWORD, TOKEN);
        assertThat(signedIn.status()).isEqualTo(201);
        String bearer = "Bearer " + signedIn.json().get("token").asString();
        assertThat(api.send("GET", "/api/v1/cases/" + caseId, bearer, null, Map.of()).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/cases", bearer, null, Map.of()).body()).doesNotContain(caseId);
        // the case says so in its history and the audit trail, as any change of its workers
        assertThat(api.get("supervisor", "/api/v1/cases/" + caseId).json().get("assignedWorkers").isEmpty()).isTrue();
        assertThat(PageSession.signIn(port, "supervisor").get("/cases/" + caseId + "/history").body())
                .contains("Test " + username);
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + caseId + "&action=UNASSIGN").json().get("total")
                .asInt()).isEqualTo(1);
    }

    @Test
    void aPasswordResetEndsTheCalendarFeedForGood() throws Exception {
        Api api = new Api(port);
        BasFeed bas = newBasWithFeed(api);
        String username = bas.username();
        String userId = bas.userId();
        String feed = bas.feed();
        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(200);

        Api.Response reset = api.post("admin", "/api/v1/users/" + userId + "/password-reset", null);
        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(404);
        Fixtures.setPassword(port, reset.json().get("passwordLink").asString(), PASSWORD);
        assertThat(GrantTakeoverIntegrationTests.decide(api, "admin2",
                reset.json().get("pendingGrant").get("id").asString(), "APPROVE").status()).isEqualTo(200);
        assertThat(PageSession.signIn(port, username, PASSWORD).get("/calendar").statusCode()).isEqualTo(200);
        assertThat(Fixtures.fetch(feed).statusCode()).as("access is back, the old secret is not").isEqualTo(404);
    }

    @Test
    void disablingEndsTheCalendarFeedForGood() throws Exception {
        Api api = new Api(port);
        BasFeed bas = newBasWithFeed(api);
        String username = bas.username();
        String userId = bas.userId();
        String feed = bas.feed();
        String feedId = jdbc.sql("SELECT id::text FROM calendar_feed WHERE user_id = ?::uuid").param(userId)
                .query(String.class).single();
        assertThat(api.patch("admin", "/api/v1/users/" + userId, "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(Fixtures.fetch(feed).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE user_id = ?::uuid").param(userId)
                .query(Long.class).single()).as("deleted, not hidden").isZero();
        assertThat(api.get("admin", "/api/v1/audit?action=REVOKE&entityId=" + feedId).json().get("total").asInt())
                .isEqualTo(1);
    }



    /** A BAS made through user administration, with a calendar feed address. */
    private record BasFeed(String username, String userId, String feed) {
    }

    private BasFeed newBasWithFeed(Api api) {
        String username = Fixtures.user(api, port, "BAS", "DV_CENTER", PASSWORD);
        String userId = jdbc.sql("SELECT id::text FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();
        return new BasFeed(username, userId, Fixtures.newCalendarFeed(PageSession.signIn(port, username, PASSWORD)));
    }
}
