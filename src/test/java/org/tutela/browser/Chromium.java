package org.tutela.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A headless Debian chromium driven through its chromedriver, for the browser tests.
 *
 * <p>When no chromium or chromedriver is found (or they do not start), the tests are skipped, unless the system
 * property {@code tutela.browser-tests} is {@code required}: then a missing browser fails them. The executables are
 * given explicitly, so Selenium Manager never runs (the build machine has no internet); the paths may be changed with
 * the system properties {@code tutela.chromium} and {@code tutela.chromedriver}.
 */
public final class Chromium implements AutoCloseable {

    /** Where {@link #screenshot(String)} writes its PNGs. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh headless browser with its own temporary profile, or skips (or fails) the calling tests. */
    public static Chromium start() {
        Path binary = Path.of(System.getProperty("tutela.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("tutela.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(chromedriver)) {
            unavailable("no chromium at " + binary + " or no chromedriver at " + chromedriver, null);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("tutela-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            unavailable("chromium did not start: " + e.getMessage(), e);
            throw e; // not reached
        }
    }

    /** Fails when browser tests are required, else aborts (skips) the calling tests. */
    private static void unavailable(String reason, Throwable cause) {
        if ("required".equalsIgnoreCase(System.getProperty("tutela.browser-tests", "auto").trim())) {
            fail("Browser tests are required (tutela.browser-tests=required), but " + reason, cause);
        }
        abort("Browser tests skipped: " + reason + " (set -Dtutela.browser-tests=required to fail instead)");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves the whole page (up to 8,000 px high) as target/screenshots/{name}.png and returns its path. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        // the content may be narrower than the viewport (under a device metrics override): the whole viewport then
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = Math.max(((Number) size.get("width")).doubleValue(),
                ((Number) viewport.get("clientWidth")).doubleValue());
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The browser console's errors since the last call (failed loads, Content-Security-Policy violations, script
     * errors), one line each.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
