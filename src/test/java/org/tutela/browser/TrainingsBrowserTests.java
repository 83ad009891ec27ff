package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.shared.AgencyTime;
import org.tutela.support.IntegrationTest;
import org.tutela.support.TestFiles;

/**
 * A training in the browser (C.1.2): the BAS plans it and sees the materials' due date as soon as the date is set,
 * uploads and submits the materials; the contract manager finds it awaiting review and approves it; the BAS records
 * an attendee. At 1280 px, then the contract manager's pages at 390 px; each screenshotted and checked with axe-core.
 */
@IntegrationTest
class TrainingsBrowserTests extends BrowserTest {

    @Test
    void theBasPlansAndSubmitsAndTheContractManagerApproves() throws Exception {
        String title = "Perpetrator engagement, browser " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = AgencyTime.today().plusDays(33);
        signIn("bas");
        driver.get(url("/trainings"));
        check("trainings-list-bas");
        driver.findElement(By.linkText("Plan a training")).click();
        waitFor().until(ExpectedConditions.urlContains("/trainings/new"));
        assertThat(text("#materials-due")).isEqualTo("Set the date and time to see when the materials are due.");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                driver.findElement(By.id("startsAt")), day + "T09:30");
        // due in three days: a warning, at once
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("materials-due"), "submit them soon"));
        assertThat(text("#materials-due")).contains(day(day.minusDays(30)));
        check("training-form-due");

        save();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains("Title", "Topics", "First instructor: name");
        check("training-form-errors");

        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.cssSelector("input[name=topics][value=PERPETRATOR_ENGAGEMENT]")).click();
        driver.findElement(By.id("description")).sendKeys("Interviewing a father about his violence.");
        driver.findElement(By.id("objectives")).sendKeys("Plan an interview that keeps the focus on his choices.");
        driver.findElement(By.id("audience")).sendKeys("Child protective investigators");
        new Select(driver.findElement(By.id("delivery"))).selectByVisibleText("In person");
        driver.findElement(By.id("instructor1Name")).sendKeys("Bailey Specialist");
        driver.findElement(By.id("instructor1Title")).sendKeys("Batterer Accountability Specialist");
        save();
        waitFor().until(ExpectedConditions.urlMatches("/trainings/[0-9a-f-]{36}\\?saved"));
        String page = driver.getCurrentUrl().replaceFirst("\\?.*", "");
        assertThat(text("h1")).isEqualTo(title);
        assertThat(text("#main")).contains("Not submitted", "The contract manager has not approved the materials.");

        Path slides = Files.createTempFile("materials", ".pptx");
        Files.write(slides, TestFiles.slides());
        driver.findElement(By.id("materials-file")).sendKeys(slides.toString());
        driver.findElement(By.cssSelector("#materials-file")).findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("file=TRAINING_MATERIALS"));
        assertThat(text("#main")).contains(slides.getFileName().toString());
        driver.findElement(By.xpath("//button[normalize-space()='Submit the materials to the contract manager']")).click();
        waitFor().until(ExpectedConditions.urlContains("submitted"));
        assertThat(text("[role=status]")).isEqualTo("The materials are with the contract manager for review.");
        check("training-submitted-bas");
        signOut();

        signIn("contractmanager");
        driver.get(url("/trainings"));
        assertThat(text("#awaiting")).startsWith("Awaiting your review");
        driver.findElement(By.cssSelector("section[aria-labelledby=awaiting]")).findElement(By.linkText(title)).click();
        waitFor().until(ExpectedConditions.urlToBe(page));
        check("training-review-contractmanager");
        driver.findElement(By.cssSelector("input[name=decision][value=APPROVED]")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Record the review']")).click();
        waitFor().until(ExpectedConditions.urlContains("reviewed"));
        assertThat(text("#main")).contains("Approved", "Approved by Corey Contracts");
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", 844, "deviceScaleFactor", 1, "mobile", false));
        try {
            check("training-approved-contractmanager-390");
            driver.get(url("/trainings"));
            check("trainings-list-contractmanager-390");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        signOut();

        signIn("bas");
        driver.get(page);
        driver.findElement(By.id("attendee-printedName")).sendKeys("Casey Investigator");
        driver.findElement(By.id("attendee-title")).sendKeys("CPI");
        driver.findElement(By.id("attendee-organization")).sendKeys("DCF Suncoast");
        driver.findElement(By.xpath("//button[normalize-space()='Add an attendee']")).click();
        waitFor().until(ExpectedConditions.urlContains("attendee"));
        assertThat(text("#attendees")).isEqualTo("Attendees (1)");
        check("training-attendee-bas");
        signOut();
    }
}
