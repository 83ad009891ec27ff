package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
 * The language of pages and API answers: the browser's Accept-Language before sign-in, the choice made in the menu
 * (kept with the user, so it follows them), and for the API the caller's Accept-Language.
 */
@IntegrationTest
class LanguageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void beforeSignInTheBrowsersLanguageChoosesAndTheMenuOverridesIt() {
        HttpResponse<String> creole = get("/login", "ht, en;q=0.5");
        assertThat(creole.body()).contains("<html lang=\"ht\"", "Konekte").doesNotContain(">Sign in<");
        HttpResponse<String> spanish = get("/login", "fr-CA, es-MX;q=0.8, en;q=0.5");
        assertThat(spanish.body()).contains("<html lang=\"es\"", "Iniciar sesión");
        HttpResponse<String> neither = get("/login", "de, fr;q=0.9");
        assertThat(neither.body()).contains("<html lang=\"en\"", "Sign in");

        PageSession visitor = PageSession.anonymous(port);
        HttpResponse<String> chosen = visitor.submit("/login", "/language", Map.of("language", "es", "from", "/login"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(visitor.get("/login").body()).contains("<html lang=\"es\"", "Iniciar sesión");
    }

    @Test
    void aSignedInUsersChoiceIsKeptWithTheUserAndAudited() {
        String username = Fixtures.existingUser(jdbc, passwords, "CPI", "DCF", Api.PASSWORD);
        PageSession first = PageSession.signIn(port, username);
        assertThat(first.get("/").body()).contains("<html lang=\"en\"");
        assertThat(first.submit("/", "/language", Map.of("language", "ht", "from", "/cases")).headers()
                .firstValue("Location").orElseThrow()).endsWith("/cases");
        assertThat(jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(username).query(String.class)
                .single()).isEqualTo("ht");
        assertThat(first.get("/").body()).contains("<html lang=\"ht\"", "Akèy");
        // another browser, with no cookie and another Accept-Language: the user's choice still wins
        PageSession second = PageSession.signIn(port, username);
        assertThat(second.get("/").body()).contains("<html lang=\"ht\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CHOOSE_LANGUAGE' AND actor = ?")
                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownLanguageOrAnotherSitesAddressChangesNothing() {
        String username = Fixtures.existingUser(jdbc, passwords, "CPI", "DCF", Api.PASSWORD);
        PageSession session = PageSession.signIn(port, username);
        for (String from : new String[] {"//evil.example/x", "/\\evil.example", "https://evil.example/", "cases", "/{x}",
                "/?a={b}", "/\u00e9", "/a\u2028b"}) {
            HttpResponse<String> answer = session.submit("/", "/language", Map.of("language", "es", "from", from));
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(from)
                    .isEqualTo("http://localhost:" + port + "/");
        }
        session.submit("/", "/language", Map.of("language", "xx"));
        session.submit("/", "/language", Map.of("language", "en'; DROP TABLE app_user; --"));
        assertThat(jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(username).query(String.class)
                .single()).isEqualTo("es");
        // no token, no change
        assertThat(session.postWithoutToken("/language?language=ht").statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAnswersInTheLanguageItsCallerAsksFor() {
        Api api = new Api(port);
        String token = api.token("cpi");
        Api.Response spanish = api.send("POST", "/api/v1/cases", "Bearer " + token, "{\"caseNumber\":\"\"}",
                Map.of("Accept-Language", "es-US,es;q=0.9", "Content-Type", "application/json"));
        assertThat(spanish.status()).isEqualTo(400);
        String english = api.send("POST", "/api/v1/cases", "Bearer " + token, "{\"caseNumber\":\"\"}",
                Map.of("Content-Type", "application/json")).body();
        assertThat(spanish.json().get("title").asString()).isNotEqualTo(Api.parse(english).get("title").asString());
        assertThat(spanish.json().get("errors").toString()).doesNotContain("Fill this in");
        assertThat(Api.parse(english).get("errors").toString()).contains("Fill this in");
        Api.Response unsigned = api.send("GET", "/api/v1/cases", null, null, Map.of("Accept-Language", "ht"));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.json().get("title").asString()).isNotEqualTo("Sign in first");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Tomcat refuses a header of more than ten languages with a 500; Tutela reads the first ten and answers. */
    @Test
    void aLongOrMalformedAcceptLanguageIsAnsweredNotAnError() {
        Api api = new Api(port);
        for (String header : new String[] {"es,en,ht,fr,de,it,pt,nl,sv,da,fi,pl", "ht;q=abc", "*;q=0.5,,,;;"}) {
            for (String path : new String[] {"/actuator/health", "/login"}) {
                Api.Response answer = api.send("GET", path, null, null, Map.of("Accept-Language", header));
                assertThat(answer.status()).as(header + " " + path).isEqualTo(200);
            }
        }
        assertThat(api.send("GET", "/login", null, null, Map.of("Accept-Language", "es,en,ht,fr,de,it,pt,nl,sv,da,fi,pl"))
                .body()).contains("lang=\"es\"");
    }
}
