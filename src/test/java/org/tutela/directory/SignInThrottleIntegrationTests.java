package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
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
 * Finding 4 of issue 7: a stranger could keep anyone locked out with five wrong passwords every 15 minutes. Now
 * failures delay the account only from the address they came from, the delay grows, an attempt during it is
 * refused without its password being looked at, and the right password signs in once it has passed.
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

    static final String PASSWORD = "the-users-own-password";
    static final String BODY = "{\"name\":\"x\",\"expiresInDays\":1}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private Api.Response token(String username, String password, String from) {
        return new Api(port).basic("POST", "/api/v1/tokens", username, password, BODY, Map.of("X-Forwarded-For", from));
    }

    private static String address() {
        return "203.0." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void aStrangersFailuresFromAnotherAddressDoNotKeepTheUserOut() {
        String username = Fixtures.existingUser(jdbc, encoder, "CPI", "DCF", PASSWORD);
        String stranger = address();
        for (int i = 0; i < 12; i++) {
            assertThat(token(username, "a-guess-" + i, stranger).status()).isIn(401, 429);
        }
        Api.Response user = token(username, PASSWORD, address());
        assertThat(user.status()).as("the user from their own address").isEqualTo(201);
        assertThat(user.json().get("failedSignInsSinceLastSignIn").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(user.json().get("lastFailedSignInAt").isNull()).isFalse();
        // the form too
        HttpResponse<String> form = PageSession.anonymousFrom(port, address()).submit("/login", "/login",
                Map.of("username", username, "password", PASSWORD));
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/");
    }

    @Test
    void theDelayGrowsAndDuringItEvenTheRightPasswordIsRefusedUncounted() throws InterruptedException {
        String username = Fixtures.existingUser(jdbc, encoder, "BAS", "DV_CENTER", PASSWORD);
        String from = address();
        assertThat(token(username, "wrong-1", from).status()).isEqualTo(401); // a first typo costs nothing
        assertThat(token(username, "wrong-2", from).status()).isEqualTo(401); // then 1 s
        Thread.sleep(1100);
        assertThat(token(username, "wrong-3", from).status()).isEqualTo(401); // then 2 s
        Api.Response during = token(username, PASSWORD, from);
        assertThat(during.status()).isEqualTo(429);
        assertThat(during.header("Retry-After")).isIn("1", "2");
        assertThat(during.contentType()).startsWith("application/problem+json");
        Thread.sleep(2100);
        assertThat(token(username, "wrong-4", from).status()).isEqualTo(401); // then 4 s
        Api.Response longer = token(username, PASSWORD, from);
        assertThat(longer.status()).isEqualTo(429);
        assertThat(Integer.parseInt(longer.header("Retry-After"))).isBetween(3, 4);
        Thread.sleep(4100);
        Api.Response after = token(username, PASSWORD, from);
        assertThat(after.status()).isEqualTo(201);
        // the attempts refused during the delays were not counted: four failures were
        assertThat(after.json().get("failedSignInsSinceLastSignIn").asInt()).isEqualTo(4);
        assertThat(token(username, PASSWORD, from).json().get("failedSignInsSinceLastSignIn").asInt()).isZero();
    }

    @Test
    void anUnknownUsernameIsThrottledExactlyLikeAKnownOne() {
        String known = Fixtures.existingUser(jdbc, encoder, "BIP_PROVIDER", "BIP_PROVIDER", PASSWORD);
        String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
        String fromKnown = address();
        String fromUnknown = address();
        for (int i = 0; i < 3; i++) {
            Api.Response a = token(known, "wrong", fromKnown);
            Api.Response b = token(unknown, "wrong", fromUnknown);
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.body()).isEqualTo(a.body());
            assertThat(b.header("Retry-After")).isEqualTo(a.header("Retry-After"));
        }
    }

    @Test
    void anAdministratorsUnlockClearsTheDelaysAndDelaysEndNoSessionOrToken() {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "CASE_MANAGER", "CBC", PASSWORD);
        String token = token(username, PASSWORD, address()).json().get("token").asString();
        String from = address();
        for (int i = 0; i < 4; i++) {
            token(username, "wrong", from);
        }
        assertThat(token(username, PASSWORD, from).status()).isEqualTo(429);
        JsonNode listed = user(api, username);
        assertThat(listed.get("signInDelayedUntil").isNull()).isFalse();
        // a delay that a stranger can cause ends nothing the user already has
        assertThat(api.send("GET", "/api/v1/cases", "Bearer " + token, null, Map.of()).status()).isEqualTo(200);

        assertThat(api.post("admin", "/api/v1/users/" + listed.get("id").asString() + "/unlock", null).status())
                .isEqualTo(204);
        assertThat(user(api, username).get("signInDelayedUntil").isNull()).isTrue();
        assertThat(token(username, PASSWORD, from).status()).isEqualTo(201);
    }

    @Test
    void theFormSaysWaitTheSameForEveryoneAndTheHomePageTellsOfTheFailures() throws InterruptedException {
        String username = Fixtures.existingUser(jdbc, encoder, "CPI", "DCF", PASSWORD);
        String from = address();
        PageSession browser = PageSession.anonymousFrom(port, from);
        for (int i = 0; i < 2; i++) {
            assertThat(browser.submit("/login", "/login", Map.of("username", username, "password", "wrong"))
                    .headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        String wait = browser.submit("/login", "/login", Map.of("username", username, "password", PASSWORD))
                .headers().firstValue("Location").orElse("");
        assertThat(wait).contains("/login?wait=");
        assertThat(browser.get(wait.substring(wait.indexOf("/login"))).body()).contains("Too many sign-in attempts from here");
        Thread.sleep(1100);
        HttpResponse<String> signedIn = browser.submit("/login", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(browser.get("/").body()).contains("There were 2 failed attempts to sign in to your account");
        assertThat(browser.get("/").body()).doesNotContain("failed attempts"); // told once
    }

    /** Issue 7, second review, finding 5: a disabled account's right password cleared its delay, which told it apart. */
    @Test
    void aDisabledOrWaitingAccountAnswersItsRightPasswordExactlyLikeAWrongOne() throws InterruptedException {
        Api api = new Api(port);
        String username = Fixtures.existingUser(jdbc, encoder, "PROGRAM_LEADER", "DCF", PASSWORD);
        assertThat(api.patch("admin", "/api/v1/users/" + user(api, username).get("id").asString(),
                "{\"enabled\":false}").status()).isEqualTo(200);
        String from = address();
        Api.Response wrong = token(username, "wrong-1", from);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(token(username, "wrong-2", from).status()).isEqualTo(401); // then 1 s
        Thread.sleep(1100);
        Api.Response right = token(username, PASSWORD, from);
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).isEqualTo(wrong.body());
        assertThat(token(username, "wrong-3", from).status()).as("counted as a failure, nothing cleared").isEqualTo(429);

        // a user whose first role waits for approval: the same answer, on the form too
        JsonNode created = Fixtures.createUser(api, "admin", "CPI", "DCF");
        Fixtures.setPassword(port, created.get("passwordLink").asString(), PASSWORD);
        String waiting = created.get("username").asString();
        Api.Response pending = token(waiting, PASSWORD, address());
        assertThat(pending.status()).isEqualTo(401);
        assertThat(pending.body()).isEqualTo(wrong.body());
        HttpResponse<String> form = PageSession.anonymousFrom(port, address()).submit("/login", "/login",
                Map.of("username", waiting, "password", PASSWORD));
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    private static JsonNode user(Api api, String username) {
        for (JsonNode u : api.get("admin", "/api/v1/users").json().get("items")) {
            if (u.get("username").asString().equals(username)) {
                return u;
            }
        }
        throw new IllegalStateException(username);
    }
}
