package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.support.IntegrationTest;

/**
 * The STOP BAS report page on the demo data, as the BAS (their DV center's, with links to the cases) and as the
 * contract manager (a provider of the region, by case number only), at 1280 and at 390 px: screenshots in
 * target/screenshots/report-*.png, axe-core and the page's words checked.
 */
@IntegrationTest
class StopBasReportBrowserTests extends BrowserTest {

    @AfterEach
    void desktopAgain() {
        if (driver != null) {
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theBasReadsTheirQuarterCaseByCaseAndOpensACase() {
        signIn("bas");
        driver.findElement(By.linkText("The STOP BAS report of this quarter, case by case")).click();
        waitFor().until(ExpectedConditions.urlContains("/reports/stop-bas"));
        assertThat(text("h1")).isEqualTo("STOP BAS report");
        assertThat(text(".lead")).contains("Harbor Light Domestic Violence Center");
        assertThat(driver.findElements(By.cssSelector("#main .measure"))).hasSize(2);
        // the demo's quarter (E.1.1 5 of 8, 62.5%, on the demo alone; other tests add consultations to it): the page
        // shows the API's figures, below the target
        tools.jackson.databind.JsonNode api = new org.tutela.support.Api(port).get("bas", "/api/v1/reports/stop-bas")
                .json();
        assertThat(text("#main .measures")).contains(
                api.get("e11").get("percent").asString() + "%", api.get("e11").get("numerator").asLong() + " of "
                        + api.get("e11").get("denominator").asLong() + " CBC/CMO cases",
                api.get("e12").get("percent").asString() + "%", api.get("e12").get("numerator").asLong() + " of "
                        + api.get("e12").get("denominator").asLong() + " cases", "Below the target");
        assertThat(driver.getPageSource()).contains("answered Yes, but the note lacks the E.1.1 sentence",
                "No consultation guided safety actions or case plans");
        assertThat(driver.findElements(By.cssSelector("#main table a[href^='/cases/']"))).isNotEmpty();
        check("report-bas");
        phone();
        check("report-bas-phone");
        desktop();

        driver.findElement(By.cssSelector("#main table a[href^='/cases/']")).click();
        waitFor().until(ExpectedConditions.urlMatches(".*/cases/[0-9a-f-]{36}$"));
        signOut();
    }

    @Test
    void theContractManagerChoosesTheLastQuarterAndSeesCaseNumbersOnly() {
        signIn("contractmanager");
        driver.findElement(By.linkText("STOP BAS")).click();
        waitFor().until(ExpectedConditions.urlContains("/reports/stop-bas"));
        assertThat(new Select(driver.findElement(By.id("providerId"))).getFirstSelectedOption().getText())
                .isEqualTo("Harbor Light Domestic Violence Center");
        Select quarter = new Select(driver.findElement(By.id("quarter")));
        quarter.selectByIndex(1);
        driver.findElement(By.cssSelector("#main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("quarter="));
        // the demo's previous quarter: E.1.1 4 of 7 (57.1%), E.1.2 5 of 9 (55.6%)
        assertThat(text("#main .measures")).contains("57.1%", "4 of 7 CBC/CMO cases", "55.6%", "5 of 9 cases");
        assertThat(driver.getPageSource()).contains("CBC consultation on", "answered No")
                .doesNotContain("href=\"/cases/");
        assertThat(driver.findElement(By.partialLinkText("Download as Excel")).getAttribute("href"))
                .contains("/reports/stop-bas.xlsx?providerId=");
        check("report-contractmanager");
        phone();
        check("report-contractmanager-phone");
        desktop();

        // dates the wrong way round: the field says so
        driver.get(url("/reports/stop-bas?from=2026-10-31&to=2026-10-01"));
        assertThat(text(".error-summary")).contains("The end comes before the start.");
        check("report-contractmanager-error");
        signOut();
    }

    /**
     * The demo's previous quarter, submitted by the BAS and amended after (a late entry): the contract manager sees
     * the submitted and the current figures and the amendment, returns the report (a comment is required), the BAS
     * reads why and submits it again, and the contract manager accepts it.
     */
    @Test
    void theContractManagerReturnsTheSubmittedQuarterAndAcceptsItResubmitted() {
        String previous = org.tutela.shared.FiscalQuarter.containing(org.tutela.shared.AgencyTime.today(), 7)
                .previous().name();
        signIn("contractmanager");
        driver.get(url("/reports/stop-bas?quarter=" + previous));
        assertThat(text("#submission-section")).contains("Submitted, awaiting review", "by Bailey Specialist",
                "Some figures changed after submission", "Entered late");
        assertThat(text("#submission-figures")).contains("Consultations", "Changed");
        assertThat(driver.findElements(By.cssSelector("#amendments a[href^='/cases/']"))).isEmpty();
        check("report-submission-contractmanager");
        phone();
        check("report-submission-contractmanager-phone");
        desktop();
        driver.findElement(By.cssSelector("#submission-section button[value=RETURNED]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-comment-error")));
        assertThat(text("#review-comment-error")).isEqualTo("Say why you return the report.");
        check("report-submission-return-error");
        driver.findElement(By.id("review-comment")).sendKeys("Please add the transfer staffing of September.");
        driver.findElement(By.cssSelector("#submission-section button[value=RETURNED]")).click();
        waitFor().until(ExpectedConditions.urlContains("reviewed"));
        assertThat(text("#submission-section")).contains("Returned before", "Please add the transfer staffing");
        signOut();

        signIn("bas");
        driver.get(url("/reports/stop-bas?quarter=" + previous));
        assertThat(text("#submission-section")).contains("Not submitted yet", "Returned before",
                "Please add the transfer staffing of September.");
        check("report-submission-returned-bas");
        driver.findElement(By.cssSelector("#submission-section form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("submitted"));
        assertThat(text("#submission-section")).contains("Submitted.", "Submitted, awaiting review",
                "No figure has changed since submission.");
        signOut();

        signIn("contractmanager");
        driver.get(url("/reports/stop-bas?quarter=" + previous));
        driver.findElement(By.cssSelector("#submission-section button[value=ACCEPTED]")).click();
        waitFor().until(ExpectedConditions.urlContains("reviewed"));
        assertThat(text("#submission-section")).contains("Accepted", "Reviewed by Corey Contracts");
        assertThat(driver.findElements(By.cssSelector("#submission-section button[value=ACCEPTED]"))).isEmpty();
        signOut();
    }

    private void phone() {
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", 844, "deviceScaleFactor", 1, "mobile", false));
        driver.navigate().refresh();
    }

    private void desktop() {
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.navigate().refresh();
    }
}
