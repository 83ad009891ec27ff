package org.tutela;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.database.TestServers;
import org.tutela.support.Api;
import org.tutela.support.PageSession;

/**
 * Ready means ready: Tutela started as a new user starts it (embedded PostgreSQL on an empty data folder, demo data)
 * answers UP on its health endpoints only when every demo sign-in works, and says so last in its log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessIntegrationTests {

    private static final List<String> SIGN_INS = List.of("admin", "admin2", "bas", "advocate", "cpi", "casemanager",
            "supervisor", "bip", "contractmanager", "leader");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    @Test
    void aUserWhoSignsInAtTheFirstUpGetsIn(@TempDir Path data, CapturedOutput output) throws Exception {
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> start = CompletableFuture.supplyAsync(() ->
                SpringApplication.run(TutelaApplication.class, "--server.port=" + port, "--tutela.data-dir=" + data,
                        "--tutela.db.url=", "--tutela.demo-data=true", "--tutela.db.durable=false",
                        "--tutela.db.binaries-dir=" + TestServers.BINARIES.toAbsolutePath(),
                        "--logging.level.io.zonky=WARN"));
        try {
            int polls = 0;
            while (status(port, "/actuator/health") != 200) {
                assertThat(start).as("the application stopped before it was ready").isNotCompletedExceptionally();
                assertThat(polls++).as("UP within two minutes").isLessThan(12_000);
                Thread.sleep(10);
            }
            // at the first UP, at once: every demo user signs in, by the API and by the sign-in page
            Api api = new Api(port);
            for (String username : SIGN_INS) {
                Api.Response token = api.basic("POST", "/api/v1/tokens", username, Api.PASSWORD,
                        "{\"name\":\"ready\",\"expiresInDays\":1}");
                assertThat(token.status()).as(username + " at the first UP: " + token.body()).isEqualTo(201);
            }
            assertThat(PageSession.signIn(port, "cpi").get("/").statusCode()).isEqualTo(200);
            assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);
            assertThat(status(port, "/actuator/health/liveness")).isEqualTo(200);
            assertThat(polls).as("polled while it started").isPositive();

            start.get(); // the run has returned by now (the server is up only after the load)
            String log = output.getOut();
            java.util.regex.Matcher startedLine = java.util.regex.Pattern.compile("Started \\w+ in ").matcher(log);
            assertThat(startedLine.find()).as("Spring's started line").isTrue();
            int started = startedLine.start();
            int loaded = log.indexOf("Loaded the demo data");
            int logins = log.indexOf("Demo logins");
            assertThat(loaded).as("demo data loaded").isPositive();
            assertThat(loaded).as("loaded before the start is announced").isLessThan(started);
            assertThat(logins).as("the logins come last").isGreaterThan(started);
            assertThat(log.indexOf("Tutela is running at http://localhost:" + port + "/")).isGreaterThan(started);
        } finally {
            start.thenAccept(ConfigurableApplicationContext::close).get();
        }
    }

    private int status(int port, String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
