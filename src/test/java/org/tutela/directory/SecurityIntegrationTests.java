package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    private String newUser(Api api, String role) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        String org = api.get("admin", "/api/v1/organizations").json().get(0).get("id").asString();
        Api.Response created = api.post("admin", "/api/v1/users", Api.json(Map.of("username", username,
                "displayName", "Test User", "role", role, "organizationId", org, "password", "a-long-password-1")));
        assertThat(created.status()).isEqualTo(201);
        return username;
    }

    @Test
    void fiveFailuresLockTheAccountAndALockedAccountAnswersLikeAWrongPassword() {
        Api api = new Api(port);
        String username = newUser(api, "CPI");
        String body = "{\"name\":\"x\",\"expiresInDays\":1}";
        Api.Response wrong = api.basic("POST", "/api/v1/tokens", username, "wrong-password", body);
        for (int i = 1; i < 5; i++) {
            assertThat(api.basic("POST", "/api/v1/tokens", username, "wrong-password", body).status()).isEqualTo(401);
        }
        Api.Response locked = api.basic("POST", "/api/v1/tokens", username, "a-long-password-1", body);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(wrong.body());
        // the form answers the same way
        HttpResponse<String> form = PageSession.anonymous(port).submit("/login", "/login",
                Map.of("username", username, "password", "a-long-password-1"));
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(api.get("admin", "/api/v1/users").body()).contains(username);
        JsonNode users = api.get("admin", "/api/v1/users").json().get("items");
        boolean isLocked = false;
        for (JsonNode u : users) {
            if (u.get("username").asString().equals(username)) {
                isLocked = u.get("locked").asBoolean();
            }
        }
        assertThat(isLocked).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Api api = new Api(port);
        String username = newUser(api, "BAS");
        String body = "{\"name\":\"x\",\"expiresInDays\":1}";
        for (int i = 0; i < 4; i++) {
            api.basic("POST", "/api/v1/tokens", username, "wrong-password", body);
        }
        assertThat(api.basic("POST", "/api/v1/tokens", username, "a-long-password-1", body).status()).isEqualTo(201);
        assertThat(api.basic("POST", "/api/v1/tokens", username, "wrong-password", body).status()).isEqualTo(401);
        assertThat(api.basic("POST", "/api/v1/tokens", username, "a-long-password-1", body).status()).isEqualTo(201);
    }

    @Test
    void tokensAreShownOnceListedAndRevocable() {
        Api api = new Api(port);
        Api.Response created = api.basic("POST", "/api/v1/tokens", "bas", Api.PASSWORD,
                "{\"name\":\"laptop\",\"expiresInDays\":7}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        String id = created.json().get("id").asString();
        assertThat(created.json().get("expiresAt").asString()).isNotBlank();
        Api.Response listed = api.send("GET", "/api/v1/tokens", "Bearer " + token, null, Map.of());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).contains("laptop").doesNotContain(token);
        assertThat(api.send("DELETE", "/api/v1/tokens/" + id, "Bearer " + token, null, Map.of()).status())
                .isEqualTo(204);
        assertThat(api.send("GET", "/api/v1/tokens", "Bearer " + token, null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aTokenLastsAtMostNinetyDays() {
        Api api = new Api(port);
        Api.Response tooLong = api.basic("POST", "/api/v1/tokens", "bas", Api.PASSWORD,
                "{\"name\":\"x\",\"expiresInDays\":91}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body()).contains("expiresInDays");
    }

    @Test
    void anInvalidTokenIs401() {
        Api api = new Api(port);
        Api.Response r = api.send("GET", "/api/v1/cases", "Bearer tut_not-a-token", null, Map.of());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void healthSaysUpAndNothingMore() {
        Api.Response r = new Api(port).send("GET", "/actuator/health", null, null, Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> login = PageSession.anonymous(port).get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(login.body()).contains("name=\"_csrf\"").doesNotContain("<script>");
    }

    @Test
    void signInGivesANewSessionIdAndSignOutEndsIt() {
        PageSession session = PageSession.signIn(port, "cpi");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        session.submit("/", "/logout", Map.of());
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void anonymousPagesGoToTheLoginPage() {
        HttpResponse<String> r = PageSession.anonymous(port).get("/cases");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
