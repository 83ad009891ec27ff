package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

@IntegrationTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

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
    void requestsOfOneSessionInParallelAllSucceed() throws Exception {
        // the first pages after sign-in each add the session's CSRF token: in parallel, they used to collide (500)
        for (int round = 0; round < 3; round++) {
            PageSession supervisor = PageSession.signIn(port, "supervisor");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            try {
                var pages = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
                for (int i = 0; i < 12; i++) {
                    String path = i % 2 == 0 ? "/cases" : "/";
                    pages.add(pool.submit(() -> supervisor.get(path).statusCode()));
                }
                for (var page : pages) {
                    assertThat(page.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
        }
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
        // the names of the probes' groups, and no component, detail or version
        assertThat(r.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Api.Response p = new Api(port).send("GET", probe, null, null, Map.of());
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.body()).isEqualTo("{\"status\":\"UP\"}");
        }
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

    /** Issue 7: behind a TLS proxy the scheme it forwards counts: HSTS and a Secure session cookie. */
    @Test
    void behindATrustedTlsProxyPagesSendHstsAndASecureSessionCookie() {
        Api api = new Api(port);
        Api.Response proxied = api.send("GET", "/login", null, null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(proxied.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(proxied.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("TUTELA_SESSION=").contains("; Secure").contains("; HttpOnly"));
        Api.Response plain = api.send("GET", "/login", null, null, Map.of());
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        assertThat(plain.raw().headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).doesNotContain("Secure"));
        assertThat(api.send("GET", "/api/v1/organizations", null, null, Map.of("X-Forwarded-Proto", "https"))
                .header("Strict-Transport-Security")).isNotNull();
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
