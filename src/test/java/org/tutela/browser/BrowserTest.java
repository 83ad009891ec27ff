package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;

/**
 * What every browser test class shares: one headless Chromium per class, a signed-out start for each test, and
 * after each test no serious or critical axe-core violation and no browser console error on the pages it checked.
 */
abstract class BrowserTest {

    static Chromium chromium;
    static WebDriver driver;

    /** Why there is no browser, when the tests are skipped: each test reports it, rather than none at all. */
    private static String unavailable;

    /** The pages axe-core has analyzed already (the sign-in page is seen by every test). */
    private static final Set<String> analyzed = new HashSet<>();

    @LocalServerPort
    int port;

    private final List<String> violations = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> foreignWords = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        unavailable = null;
        try {
            chromium = Chromium.start();
            driver = chromium.driver();
        } catch (TestAbortedException e) {
            unavailable = e.getMessage();
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void signedOut() {
        if (unavailable != null) {
            abort(unavailable);
        }
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        chromium.consoleErrors();
    }

    @AfterEach
    void noSeriousAccessibilityViolationsNorConsoleErrors() {
        assertThat(violations)
                .withFailMessage(() -> "axe-core found serious or critical WCAG 2.2 AA violations:\n"
                        + String.join("\n", violations))
                .isEmpty();
        assertThat(consoleErrors)
                .withFailMessage(() -> "the browser console shows errors:\n" + String.join("\n", consoleErrors))
                .isEmpty();
        assertThat(foreignWords)
                .withFailMessage(() -> "pages show words that are not from their language's message file (mark data "
                        + "translate=\"no\", or put the text in the message files):\n" + String.join("\n", foreignWords))
                .isEmpty();
    }

    void signIn(String username) {
        driver.get(url("/login"));
        check("login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/")));
    }

    /** On a narrow screen the header's links and sign-out button are in the folded menu: opens it. */
    void openMenu() {
        List<WebElement> toggle = driver.findElements(By.cssSelector(".menu-toggle"));
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed() && "false".equals(toggle.get(0).getAttribute("aria-expanded"))) {
            toggle.get(0).click();
        }
    }

    void signOut() {
        openMenu();
        WebElement button = driver.findElement(By.cssSelector("header form[action$='/logout'] button"));
        assertThat(button.getText()).isEqualTo("Sign out");
        button.click();
        waitFor().until(ExpectedConditions.urlToBe(url("/login?logout")));
        assertThat(text("[role=status]")).isEqualTo("You have signed out.");
        check("login-signed-out");
    }

    void save() {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /**
     * Screenshots the page, collects its serious and critical axe-core violations (once per page name) and the words
     * it shows that its language's message file has not ({@link PageWords}).
     */
    void check(String name) {
        shot(name);
        words(name);
        if (analyzed.add(name)) {
            violations.addAll(Axe.blockingViolations(driver, name));
        }
    }

    /** Collects the words the page shows that its language's message file has not ({@link PageWords}). */
    void words(String name) {
        PageWords.foreign(driver).forEach(word -> foreignWords.add(name + ": " + word));
    }

    /** Only the screenshot (and the console errors), for a page whose markup another check analyzes already. */
    void shot(String name) {
        chromium.screenshot(name);
        console(name);
    }

    /** Only the browser console's errors, for a page seen (and screenshotted) already as another user. */
    void console(String name) {
        chromium.consoleErrors().forEach(error -> consoleErrors.add(name + ": " + error));
    }

    /** A day as an English page writes it: "Dec 4, 2026". */
    static String day(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US).format(day);
    }

    /** The element's text; read again when the page was replaced under it (a navigation just finishing). */
    String text(String css) {
        return waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().trim());
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
