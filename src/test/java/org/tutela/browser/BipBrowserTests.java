package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;

/**
 * Seed 001 in the browser: the CPI refers the perpetrator from the case page; the provider answers, screens him,
 * enrolls him, imports a session's attendance from a CSV file (checked line by line before it is saved) and sends a
 * monthly report; the CPI acknowledges it. Screenshotted and checked with axe-core, the provider's pages at 390 px too.
 */
@IntegrationTest
class BipBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aReferralFromTheCasePageToAMonthlyReportTheWorkerAcknowledges() throws Exception {
        Api api = new Api(port);
        Fixtures.Center provider = Fixtures.organization(jdbc, encoder, "BIP_PROVIDER", "Browser program",
                "BIP_PROVIDER");
        String providerName = jdbc.sql("SELECT name FROM organization WHERE id = ?::uuid").param(provider.id())
                .query(String.class).single();
        String caseId = Fixtures.openCase(api, "cpi");
        String surname = "Browserbip" + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "x");
        assertThat(api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role", "PERPETRATOR",
                "firstName", "Dario", "lastName", surname, "gender", "Male", "dateOfBirth", "1985-03-01"))).status())
                .isEqualTo(201);
        String group = api.post(provider.user(0), "/api/v1/bip/groups", Api.json(Map.of("name", "Men " + surname,
                "gender", "MALE", "meets", "Tuesdays 6 to 8 PM", "feesApply", false))).json().get("id").asString();

        signIn("cpi");
        driver.get(url("/cases/" + caseId));
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Refer to the BIP provider']")));
        new Select(driver.findElement(By.id("bipReferral-providerId"))).selectByVisibleText(providerName);
        driver.findElement(By.id("bipReferral-reason")).sendKeys("Choked his partner and broke the bedroom door.");
        check("bip-case-cpi");
        driver.findElement(By.xpath("//button[normalize-space()='Refer to the BIP provider']")).click();
        waitFor().until(ExpectedConditions.urlContains("referred"));
        String referral = driver.getCurrentUrl().replaceAll(".*/bip/referrals/([0-9a-f-]+).*", "$1");
        assertThat(text("#main")).contains("Sent, awaiting the provider's answer", "0 of 26 sessions");
        signOut();

        signIn(provider.user(0));
        driver.findElement(By.linkText("Dario " + surname)).click();
        check("bip-referral-provider");
        new Select(driver.findElement(By.id("decision-decision"))).selectByValue("ACCEPTED");
        driver.findElement(By.xpath("//button[normalize-space()='Save the answer']")).click();
        waitFor().until(ExpectedConditions.urlContains("saved=decision"));
        for (String field : new String[] {"physicalViolence", "sexualViolence", "otherAbuse", "outsideRelationships"}) {
            new Select(driver.findElement(By.id("intake-" + field))).selectByValue("ACKNOWLEDGED");
        }
        new Select(driver.findElement(By.id("intake-substanceUse"))).selectByValue("NO_CONCERN");
        new Select(driver.findElement(By.id("intake-mentalHealth"))).selectByValue("NO_CONCERN");
        driver.findElement(By.cssSelector("input[name=homicideThreat][value=false]")).click();
        driver.findElement(By.cssSelector("input[name=homicideIdeation][value=false]")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Record the intake']")).click();
        waitFor().until(ExpectedConditions.urlContains("saved=intake"));
        new Select(driver.findElement(By.id("enrollment-groupId"))).selectByValue(group);
        driver.findElement(By.xpath("//button[normalize-space()='Enroll']")).click();
        waitFor().until(ExpectedConditions.urlContains("saved=enrollment"));
        assertThat(text("#main")).contains("Enrolled in a group", "Men " + surname);
        // dated back five weeks, so that a past session and an ended month can be recorded
        java.time.LocalDate on = AgencyTime.today().minusDays(35);
        jdbc.sql("UPDATE bip_referral SET referred_on = ?, enrolled_on = ? WHERE id = ?::uuid")
                .params(on, on, referral).update();

        // the session's attendance from a CSV file: one bad line first, then the file corrected
        driver.get(url("/bip/groups/" + group));
        check("bip-group-provider");
        Path bad = Files.createTempFile("attendance", ".csv");
        Files.writeString(bad, "participant,attendance,fee_due,fee_paid,rules_broken,admitted\nDario " + surname
                + ",sleeping,,,,yes\n");
        java.time.LocalDate held = on.plusDays(2);
        setDate("import-heldOn", held);
        driver.findElement(By.id("import-file")).sendKeys(bad.toString());
        driver.findElement(By.xpath("//button[normalize-space()='Check the file']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"),
                "Check the attendance before saving"));
        assertThat(text("#main")).contains("Nothing was saved", "\"sleeping\" is not an attendance");
        assertThat(driver.findElements(By.xpath("//button[starts-with(normalize-space(), 'Save the attendance')]")))
                .isEmpty();
        check("bip-import-refused");
        driver.get(url("/bip/groups/" + group));
        Path good = Files.createTempFile("attendance", ".csv");
        Files.writeString(good, "participant,attendance,fee_due,fee_paid,rules_broken,admitted\nDario " + surname
                + ",present,,,,yes\n");
        setDate("import-heldOn", held);
        driver.findElement(By.id("import-file")).sendKeys(good.toString());
        driver.findElement(By.xpath("//button[normalize-space()='Check the file']")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Save the attendance of 1 participant']"))).click();
        waitFor().until(ExpectedConditions.urlContains("imported"));
        assertThat(text("#main")).contains("1 of 1 present");

        // the month's report, refused while it predicts
        driver.get(url("/bip/referrals/" + referral));
        new Select(driver.findElement(By.id("report-month"))).selectByValue(java.time.YearMonth.from(held).toString());
        driver.findElement(By.id("report-comment")).sendKeys("He is unlikely to reoffend.");
        driver.findElement(By.xpath("//button[normalize-space()='Send the report']")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains("cannot make predictions");
        check("bip-report-refused");
        driver.findElement(By.id("report-comment")).clear();
        driver.findElement(By.id("report-comment")).sendKeys("He described the night he choked his partner.");
        driver.findElement(By.xpath("//button[normalize-space()='Send the report']")).click();
        waitFor().until(ExpectedConditions.urlContains("sent"));
        assertThat(text("#main")).contains("1 of 1 held", "1 of 26 sessions");
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", 844, "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.get(url("/bip/referrals/" + referral));
            check("bip-referral-provider-390");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        signOut();

        signIn("cpi");
        driver.findElement(By.partialLinkText("Dario " + surname)).click();
        check("bip-report-cpi");
        driver.findElement(By.xpath("//button[normalize-space()='Acknowledge the report']")).click();
        waitFor().until(ExpectedConditions.urlContains("acknowledged"));
        assertThat(text("#main")).contains("Casey Investigator (Child protective investigator)");
    }

    private void setDate(String id, java.time.LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), day.toString());
    }
}
