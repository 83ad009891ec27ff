package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
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
 * Finding 3 of issue 7: an administrator could create a supervisor with a password of their choosing and read
 * survivors' addresses as it. Now no administrator chooses or receives a password, and a role that reads cases
 * takes effect only when a supervisor of the organization (or a second administrator) approves it.
 */
@IntegrationTest
class UserAdministrationIntegrationTests {

    static final String PASSWORD = "a-password-the-user-chose";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorsNewSupervisorReadsNoCaseUntilADcfSupervisorApproves() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "17 Hidden Shelter Road", "305-555-0117");
        JsonNode created = Fixtures.createUser(api, "admin", "SUPERVISOR", "DCF");
        String username = created.get("username").asString();
        assertThat(created.get("role").isNull()).as("no role until approved").isTrue();
        assertThat(created.get("pendingGrant").get("role").asString()).isEqualTo("SUPERVISOR");
        assertThat(Fixtures.setPassword(port, created.get("passwordLink").asString(), PASSWORD).statusCode())
                .isEqualTo(302);

        // the right password, but nothing to see: no token, no session, and answered like a wrong password
        Api.Response waiting = api.basic("POST", "/api/v1/tokens", username, PASSWORD, "{\"name\":\"x\"}");
        assertThat(waiting.status()).isEqualTo(401);
        HttpResponse<String> form = PageSession.anonymous(port).submit("/login", "/login",
                Map.of("username", username, "password", PASSWORD));
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?error");

        // the DCF supervisor sees what the grant discloses; the requesting administrator cannot approve it
        String grantId = created.get("pendingGrant").get("id").asString();
        JsonNode grant = grant(api, "supervisor", grantId);
        assertThat(grant.get("disclosure").asString())
                .isEqualTo("Test " + username + " will see every case of DCF Suncoast Child Protective Investigations, "
                        + "with survivors' and children's addresses, phones and shelter status.");
        assertThat(grant.get("approver").asString()).isEqualTo("SUPERVISOR");
        assertThat(grant(api, "admin", grantId).get("cannotDecide").asString()).contains("own request");
        assertThat(decide(api, "admin", grantId, "APPROVE").status()).isEqualTo(403);
        assertThat(decide(api, "admin2", grantId, "APPROVE").status()).as("an organization with a supervisor")
                .isEqualTo(403);
        Api.Response approved = decide(api, "supervisor", grantId, "APPROVE");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(decide(api, "supervisor", grantId, "APPROVE").status()).as("decided once").isEqualTo(409);

        String token = api.token(username, PASSWORD);
        Api.Response read = api.send("GET", "/api/v1/cases/" + caseId, "Bearer " + token, null, Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("17 Hidden Shelter Road");
        assertThat(audited(api, "REQUEST", grantId)).isEqualTo(1);
        assertThat(audited(api, "APPROVE", grantId)).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotCreateAnAdministratorAloneNorApproveOrChangeTheirOwn() {
        Api api = new Api(port);
        JsonNode created = Fixtures.createUser(api, "admin", "ADMIN", "DCF");
        String grantId = created.get("pendingGrant").get("id").asString();
        assertThat(created.get("role").isNull()).isTrue();
        assertThat(grant(api, "admin", grantId).get("approver").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(decide(api, "admin", grantId, "APPROVE").status()).isEqualTo(403);
        assertThat(decide(api, "supervisor", grantId, "APPROVE").status()).as("a supervisor sees it, but cannot")
                .isEqualTo(403);
        assertThat(decide(api, "admin2", grantId, "REFUSE").status()).as("a refusal says why").isEqualTo(400);
        Api.Response refused = api.post("admin2", "/api/v1/user-approvals/" + grantId + "/decision",
                "{\"decision\":\"REFUSE\",\"reason\":\"Not needed\"}");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("reason").asString()).isEqualTo("Not needed");

        // no administrator widens, nor even changes, their own account
        String adminId = id(api, "admin");
        Api.Response own = api.patch("admin", "/api/v1/users/" + adminId, "{\"role\":\"SUPERVISOR\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(api.post("admin", "/api/v1/users/" + adminId + "/password-reset", null).status()).isEqualTo(403);
        // making an existing user an administrator waits for a second administrator too
        JsonNode leader = Fixtures.createUser(api, "admin", "PROGRAM_LEADER", "DCF");
        Api.Response promoted = api.patch("admin", "/api/v1/users/" + leader.get("id").asString(), "{\"role\":\"ADMIN\"}");
        assertThat(promoted.status()).isEqualTo(202);
        assertThat(promoted.json().get("role").asString()).isEqualTo("PROGRAM_LEADER");
        assertThat(promoted.json().get("pendingGrant").get("role").asString()).isEqualTo("ADMIN");
    }

    @Test
    void anAdministratorNeverSetsNorReceivesAPassword() {
        Api api = new Api(port);
        Api.Response withPassword = api.post("admin", "/api/v1/users", Api.json(Map.of("username", "chosenpw",
                "displayName", "Chosen", "role", "BIP_PROVIDER", "organizationId", Fixtures.organization(api, "DCF"),
                "password", "chosen-by-the-admin")));
        assertThat(withPassword.status()).isEqualTo(400);
        assertThat(withPassword.json().get("errors").get(0).get("field").asString()).isEqualTo("password");

        JsonNode created = Fixtures.createUser(api, "admin", "CONTRACT_MANAGER", "DCF");
        assertThat(created.get("role").asString()).as("a role that reads no case: at once").isEqualTo("CONTRACT_MANAGER");
        assertThat(created.get("passwordSet").asBoolean()).isFalse();
        assertThat(created.get("passwordLink").asString()).startsWith("http://localhost:" + port + "/account/password?token=pw_");
        String username = created.get("username").asString();
        assertThat(api.get("admin", "/api/v1/users").body()).doesNotContain("passwordLink").doesNotContain("pw_")
                .doesNotContain("hash");
        Fixtures.setPassword(port, created.get("passwordLink").asString(), PASSWORD);
        String token = api.token(username, PASSWORD);

        // a reset answers a link, never a password; the old password and the user's tokens stop working at once
        Api.Response reset = api.post("admin", "/api/v1/users/" + created.get("id").asString() + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("passwordLink").asString()).contains("token=pw_");
        assertThat(reset.json().get("passwordSet").asBoolean()).isFalse();
        assertThat(api.basic("POST", "/api/v1/tokens", username, PASSWORD, "{\"name\":\"x\"}").status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/tokens", "Bearer " + token, null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void theLinkWorksOnceForADayAndAnUnusableOneAnswersTheSameNeutralPage() {
        Api api = new Api(port);
        JsonNode created = Fixtures.createUser(api, "admin", "BIP_PROVIDER", "BIP_PROVIDER");
        String link = created.get("passwordLink").asString();
        String path = link.substring(link.indexOf("/account/password"));
        String unknown = PageSession.anonymous(port).get("/account/password?token=pw_no-such-link").body();
        assertThat(unknown).contains("This link cannot be used").doesNotContain("type=\"password\"");
        assertThat(PageSession.anonymous(port).get(path).body()).contains(created.get("username").asString())
                .contains("type=\"password\"");

        HttpResponse<String> tooShort = PageSession.anonymous(port).submit(path, "/account/password", Map.of(
                "token", token(link), "password", "short", "confirmation", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Use 12 to 128 characters.");
        assertThat(Fixtures.setPassword(port, link, PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/login?passwordSet");
        assertThat(PageSession.signIn(port, created.get("username").asString(), PASSWORD).get("/").statusCode())
                .isEqualTo(200);

        // used: the same neutral page as an unknown link, whether shown or posted
        assertThat(neutral(PageSession.anonymous(port).get(path).body())).isEqualTo(neutral(unknown));
        HttpResponse<String> reused = PageSession.anonymous(port).submit("/login", "/account/password", Map.of(
                "token", token(link), "password", "another-password-entirely", "confirmation", "another-password-entirely"));
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(neutral(reused.body())).isEqualTo(neutral(unknown));

        // a new link kills the one before; a link runs out after 24 hours
        String id = created.get("id").asString();
        String first = api.post("admin", "/api/v1/users/" + id + "/password-reset", null).json().get("passwordLink").asString();
        String second = api.post("admin", "/api/v1/users/" + id + "/password-reset", null).json().get("passwordLink").asString();
        assertThat(neutral(PageSession.anonymous(port).get(first.substring(first.indexOf("/account"))).body()))
                .isEqualTo(neutral(unknown));
        jdbc.sql("UPDATE password_link SET expires_at = now() - interval '1 second' WHERE user_id = ?::uuid").param(id)
                .update();
        assertThat(neutral(PageSession.anonymous(port).get(second.substring(second.indexOf("/account"))).body()))
                .isEqualTo(neutral(unknown));
    }

    @Test
    void approvingAGrantWhoseUserChangedSinceIsRefused() {
        Api api = new Api(port);
        JsonNode created = Fixtures.createUser(api, "admin", "CPI", "DCF");
        String grantId = created.get("pendingGrant").get("id").asString();
        // changed behind the grant's back
        jdbc.sql("UPDATE app_user SET organization_id = ?::uuid WHERE id = ?::uuid")
                .params(Fixtures.organization(api, "CBC"), created.get("id").asString()).update();
        Api.Response stale = decide(api, "supervisor", grantId, "APPROVE");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("changed since");
        // and any change through the API cancels the grant that waited
        JsonNode other = Fixtures.createUser(api, "admin", "CASE_MANAGER", "DCF");
        assertThat(api.patch("admin", "/api/v1/users/" + other.get("id").asString(), "{\"enabled\":false}").status())
                .isEqualTo(200);
        String otherGrant = other.get("pendingGrant").get("id").asString();
        assertThat(grant(api, "supervisor", otherGrant).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(decide(api, "supervisor", otherGrant, "APPROVE").status()).isEqualTo(409);
    }

    @Test
    void aSupervisorSeesAndDecidesOnlyTheirOrganizationsGrants() {
        Api api = new Api(port);
        JsonNode elsewhere = Fixtures.createUser(api, "admin", "CASE_MANAGER", "CMO");
        String grantId = elsewhere.get("pendingGrant").get("id").asString();
        assertThat(api.get("supervisor", "/api/v1/user-approvals").body()).doesNotContain(grantId);
        assertThat(decide(api, "supervisor", grantId, "APPROVE").status()).isEqualTo(404);
        // an organization without a supervisor who could: a second administrator
        assertThat(grant(api, "admin2", grantId).get("approver").asString()).isEqualTo("ADMINISTRATOR");
        Fixtures.setPassword(port, elsewhere.get("passwordLink").asString(), PASSWORD);
        assertThat(decide(api, "admin2", grantId, "APPROVE").status()).isEqualTo(200);
    }

    @Test
    void theSupervisorMeetsTheDemoGrantAndReviewsItOnAPageThatSaysWhatTheUserWillSee() {
        PageSession supervisor = PageSession.signIn(port, "supervisor");
        assertThat(supervisor.get("/").body()).contains("href=\"/approvals\"").contains("for your decision");
        String list = supervisor.get("/approvals").body();
        assertThat(list).contains("Riley Newhire").contains("Child protective investigator at <span translate=\"no\">DCF Suncoast");
        String review = list.substring(list.indexOf("/approvals/", list.indexOf("Riley Newhire")));
        String reviewPath = review.substring(0, review.indexOf('"'));
        String page = supervisor.get(reviewPath).body();
        assertThat(page.replaceAll("<[^>]+>", "")).contains("Riley Newhire will see the cases of Suncoast Region assigned to them or to DCF Suncoast");
        assertThat(page).contains("value=\"APPROVE\"").contains("value=\"REFUSE\"");
        HttpResponse<String> noReason = supervisor.submit(reviewPath, reviewPath + "/decision", Map.of("decision", "REFUSE"));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("reason-error").contains("Say why the grant is refused.");
        String admin = PageSession.signIn(port, "admin").get("/approvals").body();
        assertThat(admin).contains("Pending").contains("Approved").contains("Refused").contains("Cancelled");
    }

    @Test
    void theAdministratorsPagesCreateChangeAndResetWithoutAPasswordAndShowEachLinkOnce() {
        Api api = new Api(port);
        String dcf = Fixtures.organization(api, "DCF");
        PageSession admin = PageSession.signIn(port, "admin");
        String username = "page" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refused = admin.submit("/admin/users", "/admin/users",
                Map.of("username", username, "displayName", "", "role", "CPI", "organizationId", dcf));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"displayName-error\"").doesNotContain("password-link");

        HttpResponse<String> created = admin.submit("/admin/users", "/admin/users",
                Map.of("username", username, "displayName", "Page User", "role", "CPI", "organizationId", dcf));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body().replaceAll("<[^>]+>", "")).contains("No role yet").contains("Child protective investigator at DCF Suncoast");
        String link = linkOn(created.body());
        assertThat(link).contains("/account/password?token=pw_");
        String id = id(api, username);
        assertThat(admin.get("/admin/users/" + id).body()).as("shown once").doesNotContain("token=pw_");

        HttpResponse<String> reset = admin.submit("/admin/users/" + id, "/admin/users/" + id + "/password-reset",
                Map.of("confirmReset", "true"));
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(linkOn(reset.body())).isNotEqualTo(link).contains("token=pw_");

        HttpResponse<String> changed = admin.submit("/admin/users/" + id, "/admin/users/" + id,
                Map.of("role", "CONTRACT_MANAGER", "organizationId", dcf, "enabled", "true"));
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/admin/users/" + id + "?applied");
        assertThat(admin.get("/admin/users/" + id + "?applied").body()).contains("Contract manager");

        String adminId = id(api, "admin");
        HttpResponse<String> own = admin.submit("/admin/users/" + adminId, "/admin/users/" + adminId,
                Map.of("role", "SUPERVISOR", "organizationId", dcf, "enabled", "true"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Nobody changes their own account");
    }

    /**
     * Issue 7, second review: a reset and a disable were one careless click, the page said a disabled user would
     * sign in again with their new access, and reloading the page that showed a link reset the password again.
     */
    @Test
    void resettingAndDisablingAskForAConfirmationAndTheLinkIsShownOnceWithTheFocusOnIt() {
        Api api = new Api(port);
        String id = Fixtures.createUser(api, "admin", "CONTRACT_MANAGER", "DCF").get("id").asString();
        String path = "/admin/users/" + id;
        PageSession admin = PageSession.signIn(port, "admin");
        String page = admin.get(path).body();
        Matcher version = java.util.regex.Pattern.compile("name=\"passwordVersion\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).as("the reset form names the password it resets").isTrue();

        HttpResponse<String> unconfirmed = admin.submit(path, path + "/password-reset",
                Map.of("passwordVersion", version.group(1)));
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).doesNotContain("id=\"password-link\"").contains("confirmReset-error");

        Map<String, String> confirmed = Map.of("passwordVersion", version.group(1), "confirmReset", "true");
        HttpResponse<String> reset = admin.submit(path, path + "/password-reset", confirmed);
        assertThat(reset.body()).contains("id=\"password-link\" autofocus").contains("shown only once");
        // a reload sends the same form again: no second reset, no new link
        HttpResponse<String> reload = admin.submit(path, path + "/password-reset", confirmed);
        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(reload.body()).doesNotContain("id=\"password-link\"").contains("reset again since");

        // disabling is an action of its own: it asks first, then says what it did
        HttpResponse<String> asked = admin.submit(path, path + "/disable", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("confirmDisable-error");
        assertThat(userJson(api, id).get("enabled").asBoolean()).isTrue();
        HttpResponse<String> disabled = admin.submit(path, path + "/disable", Map.of("confirmDisable", "true"));
        String location = disabled.headers().firstValue("Location").orElse("");
        assertThat(location).endsWith(path + "?disabled");
        assertThat(admin.get(path + "?disabled").body()).contains("is disabled")
                .doesNotContain("sign in again with their new access");
        assertThat(userJson(api, id).get("enabled").asBoolean()).isFalse();
    }

    private static JsonNode userJson(Api api, String id) {
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("id").asString().equals(id)) {
                return u;
            }
        }
        throw new IllegalStateException(id);
    }

    private static String linkOn(String page) {
        String input = page.substring(page.indexOf("id=\"password-link\""));
        String value = input.substring(input.indexOf("value=\"") + 7);
        return value.substring(0, value.indexOf('"')).replace("&amp;", "&");
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    /** The page's main content (the rest holds the session's CSRF token). */
    private static String neutral(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private static Api.Response decide(Api api, String username, String grantId, String decision) {
        return api.post(username, "/api/v1/user-approvals/" + grantId + "/decision",
                "{\"decision\":\"" + decision + "\"}");
    }

    private static JsonNode grant(Api api, String username, String grantId) {
        for (JsonNode g : api.get(username, "/api/v1/user-approvals").json().get("items")) {
            if (g.get("id").asString().equals(grantId)) {
                return g;
            }
        }
        throw new IllegalStateException("grant not listed to " + username);
    }

    private static String id(Api api, String username) {
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("username").asString().equals(username)) {
                return u.get("id").asString();
            }
        }
        throw new IllegalStateException(username);
    }

    private static int audited(Api api, String action, String entityId) {
        return api.get("admin", "/api/v1/audit?entityId=" + entityId + "&action=" + action).json().get("total").asInt();
    }
}
