package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;

/**
 * C.1.6.1 in the browser: the CPI refers a case's survivor from the case page; the advocate finds the referral,
 * records the enrollment and the survivor's release; the BAS then sees the enrollment on the case page, which said
 * nothing before. Screenshotted and checked with axe-core, the advocate's page at 390 px too.
 */
@IntegrationTest
class AdvocacyBrowserTests extends BrowserTest {

    @Test
    void aReferralAnsweredAndAReleaseRecordedOpenTheEnrollmentToTheBas() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String surname = "Browserref" + java.util.UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "x");
        Api.Response survivor = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role",
                "SURVIVOR", "firstName", "Lena", "lastName", surname, "address", Map.of("line1", "8 Quiet Court"))));
        assertThat(survivor.status()).isEqualTo(201);

        signIn("bas");
        driver.get(url("/cases/" + caseId));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section[aria-labelledby=advocacy-heading]"),
                "Nothing to show."));
        signOut();

        signIn("cpi");
        driver.get(url("/cases/" + caseId));
        WebElement refer = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Refer to the DV advocate']")));
        // the region's DV center; other tests may have added centers, which the form then offers to choose from
        driver.findElements(By.id("referral-centerId")).forEach(select -> new Select(select)
                .selectByVisibleText("Harbor Light Domestic Violence Center"));
        check("advocacy-case-cpi");
        refer.click();
        waitFor().until(ExpectedConditions.urlContains("referred"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section[aria-labelledby=advocacy-heading]"),
                "waiting for the advocate"));
        signOut();

        signIn("advocate");
        driver.findElement(By.linkText("Referrals and releases")).click();
        waitFor().until(ExpectedConditions.urlContains("/advocacy"));
        WebElement row = driver.findElement(By.xpath("//tr[.//a[contains(normalize-space(), '" + surname + "')]]"));
        new Select(row.findElement(By.cssSelector("select[name=outcome]"))).selectByVisibleText("Enrolled in center services");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("answered"));
        new Select(driver.findElement(By.id("release-survivorId"))).selectByVisibleText("Lena " + surname + " ("
                + api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString() + ")");
        driver.findElement(By.cssSelector("input[name=purposes][value=CONFIRM_ENROLLMENT]")).click();
        driver.findElement(By.cssSelector("input[name=scope][value=ENROLLMENT_STATUS]")).click();
        driver.findElement(By.id("release-expiresOn")).sendKeys(day(AgencyTime.today().plusMonths(6)).replace(",", ""));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("release-expiresOn")), AgencyTime.today().plusMonths(6).toString());
        driver.findElement(By.xpath("//button[normalize-space()='Record the release']")).click();
        waitFor().until(ExpectedConditions.urlContains("recorded"));
        assertThat(text("#main")).contains("Lena " + surname, "Whether the survivor is enrolled", "Live");
        check("advocacy-advocate");
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", 844, "deviceScaleFactor", 1, "mobile", false));
        try {
            check("advocacy-advocate-390");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        signOut();

        signIn("bas");
        driver.get(url("/cases/" + caseId));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section[aria-labelledby=advocacy-heading]"),
                "is enrolled in the services of Harbor Light Domestic Violence Center"));
        check("advocacy-case-bas");
        signOut();
    }
}
