package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;

/**
 * Issue 9, section 7, in a real browser, checked with axe-core on every page: the obligation page shows the tasks as
 * links, each opening a page with its one form, and a save says what happened and links the next step; the CPI
 * documents their firearm follow-up from the overdue alert on their case page, which the BAS then sees and confirms;
 * ending monitoring is apart and asks to confirm; the assigned-workers picker and the consulted professional's picker
 * work by keyboard alone. Screenshots go to target/screenshots/tasks-*.png.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplianceTasksBrowserTests extends BrowserTest {

    private static String caseId;
    private static String caseNumber;
    private static String monitoringId;
    private static String obligationId;

    /** A DCF case of the CPI with its perpetrator under monitoring and a firearm surrender overdue. */
    private void overdueSurrender() {
        if (obligationId != null) {
            return;
        }
        Api api = new Api(port);
        caseId = Fixtures.openCase(api, "cpi");
        caseNumber = api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "9 Tasks Road", "305-555-0190");
        monitoringId = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}").json().get("id").asString();
        Api.Response o = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/obligations", Api.json(Map.of(
                "source", "FIREARM_SURRENDER", "issuer", "Suncoast Circuit Court", "orderedOn",
                AgencyTime.today().minusDays(20).toString(), "requirement", "Surrender every firearm",
                "dueOn", AgencyTime.today().minusDays(9).toString())));
        assertThat(o.status()).isEqualTo(201);
        obligationId = o.json().get("id").asString();
    }

    @Test
    @Order(1)
    void theObligationPageListsTheTasksAndEachOpensItsOwnForm() {
        overdueSurrender();
        signIn("bas");
        driver.get(url("/obligations/" + obligationId));
        assertThat(text("h1")).isEqualTo("Firearm surrender, case " + caseNumber);
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        assertThat(text("#tasks ~ ul")).contains("Record a compliance check", "Record a contact", "Record the outcome",
                "Escalate the concern").doesNotContain("Document your follow-up");
        assertThat(driver.findElements(By.cssSelector("nav.toc a"))).hasSizeGreaterThanOrEqualTo(3);
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        assertThat(height).as("the obligation page's height").isLessThan(2000);
        check("tasks-obligation");

        driver.findElement(By.linkText("Record a compliance check")).click();
        waitFor().until(ExpectedConditions.urlContains("/checks/new"));
        assertThat(text("h1")).isEqualTo("Record a compliance check");
        assertThat(driver.findElements(By.cssSelector("main form"))).hasSize(1);
        check("tasks-check");
        // a refused save keeps the values and names the fields
        driver.findElement(By.id("check-note")).sendKeys("Sheriff's office has no receipt yet.");
        save();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main [role=alert]")));
        assertThat(driver.findElement(By.id("check-note")).getAttribute("value")).isEqualTo("Sheriff's office has no receipt yet.");
        check("tasks-check-error");
        new Select(driver.findElement(By.id("check-source"))).selectByVisibleText("Law enforcement");
        new Select(driver.findElement(By.id("check-finding"))).selectByVisibleText("Not compliant");
        save();
        waitFor().until(ExpectedConditions.urlContains("saved=check"));
        WebElement status = driver.findElement(By.cssSelector("[role=status]"));
        assertThat(status.getText()).startsWith("The compliance check is recorded.");
        WebElement next = status.findElement(By.linkText("Back to the compliance monitoring of case " + caseNumber));
        assertThat(text("main table")).contains("Sheriff's office has no receipt yet.", "Not compliant");
        check("tasks-check-saved");
        next.click();
        waitFor().until(ExpectedConditions.urlContains("/monitoring/" + monitoringId));
        signOut();
    }

    @Test
    @Order(2)
    void theCpiDocumentsTheFollowUpFromTheOverdueAlertAndTheBasSeesIt() {
        overdueSurrender();
        signIn("cpi");
        driver.get(url("/cases/" + caseId));
        WebElement document = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.linkText("Document your follow-up (case " + caseNumber + ")")));
        waitForHtmx();
        check("tasks-case-cpi-overdue");
        document.click();
        waitFor().until(ExpectedConditions.urlContains("/firearm-worker-contacts/new"));
        assertThat(text("h1")).isEqualTo("Document your firearm follow-up");
        assertThat(driver.findElement(By.id("workerContact-contactedOn")).getAttribute("value"))
                .isEqualTo(AgencyTime.today().toString());
        check("tasks-worker-contact");
        new Select(driver.findElement(By.id("workerContact-party"))).selectByVisibleText("Law enforcement agency");
        new Select(driver.findElement(By.id("workerContact-outcome"))).selectByVisibleText("Surrender confirmed");
        driver.findElement(By.id("workerContact-note")).sendKeys("Deputy Ortiz: two rifles surrendered, receipt to follow.");
        driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("saved=workerContact"));
        assertThat(text("[role=status]")).startsWith("Your follow-up is documented.")
                .contains("Back to case " + caseNumber);
        assertThat(text("#firearm")).isNotEmpty();
        assertThat(text("main")).contains("Law enforcement agency: Surrender confirmed", "Deputy Ortiz");
        // it informs the BAS: the follow-up stays overdue until the BAS confirms with the receipt
        assertThat(text("[role=alert]")).startsWith("Overdue");
        check("tasks-worker-contact-saved");
        signOut();

        signIn("bas");
        driver.get(url("/obligations/" + obligationId));
        assertThat(text("main")).contains("Law enforcement agency: Surrender confirmed", "Casey Investigator",
                "A professional of the case reports that this is settled.");
        driver.findElement(By.linkText("Record the outcome")).click();
        waitFor().until(ExpectedConditions.urlContains("/firearm-outcome"));
        assertThat(text("main")).contains("The case's professionals documented one follow-up:", "Deputy Ortiz");
        assertThat(new Select(driver.findElement(By.id("outcome-professionalDocumented"))).getFirstSelectedOption()
                .getText()).isEqualTo("Yes");
        check("tasks-outcome-with-worker-report");
        new Select(driver.findElement(By.id("outcome-outcome"))).selectByVisibleText("Surrendered");
        driver.findElement(By.id("outcome-evidence")).sendKeys("Sheriff's receipt 2026-0192");
        save();
        waitFor().until(ExpectedConditions.urlContains("saved=outcome"));
        assertThat(text("[role=status]")).contains("The outcome is recorded.",
                "The firearm surrender follow-up is resolved.");
        assertThat(driver.findElements(By.cssSelector("[role=alert]"))).isEmpty();
        check("tasks-outcome-saved");

        driver.get(url("/monitoring/" + monitoringId));
        driver.findElement(By.linkText("Perpetrator timeline")).click();
        waitFor().until(ExpectedConditions.urlContains("/timeline"));
        assertThat(text("main table")).contains("Professional's firearm follow-up", "Deputy Ortiz");
        signOut();
    }

    @Test
    @Order(3)
    void endingMonitoringIsApartAndAsksToConfirm() {
        overdueSurrender();
        signIn("bas");
        driver.get(url("/monitoring/" + monitoringId));
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        WebElement apart = driver.findElement(By.cssSelector("main > section.danger-zone"));
        assertThat(driver.findElements(By.cssSelector("main > section")).stream().reduce((a, b) -> b).orElseThrow())
                .isEqualTo(apart);
        check("tasks-monitoring");
        apart.findElement(By.linkText("End monitoring…")).click();
        waitFor().until(ExpectedConditions.urlContains("/end"));
        assertThat(text("h1")).isEqualTo("End compliance monitoring, case " + caseNumber + "?");
        assertThat(text("main")).contains("Its one obligation and their checks stay on record");
        check("tasks-monitoring-end");
        // changing one's mind ends nothing
        driver.findElement(By.linkText("Keep monitoring")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/monitoring/" + monitoringId)));
        assertThat(driver.findElements(By.cssSelector("main > section.danger-zone"))).hasSize(1);

        driver.findElement(By.linkText("End monitoring…")).click();
        waitFor().until(ExpectedConditions.urlContains("/end"));
        driver.findElement(By.id("end-reason")).sendKeys("The dependency case closed.");
        driver.findElement(By.xpath("//main//button[normalize-space()='End monitoring']")).click();
        waitFor().until(ExpectedConditions.urlContains("?ended"));
        WebElement status = driver.findElement(By.cssSelector("[role=status]"));
        assertThat(status.getText()).startsWith("Compliance monitoring has ended.");
        assertThat(status.findElement(By.linkText("Back to case " + caseNumber)).getAttribute("href"))
                .endsWith("/cases/" + caseId);
        assertThat(driver.findElements(By.cssSelector("main > section.danger-zone"))).isEmpty();
        check("tasks-monitoring-ended");
        signOut();
    }

    @Test
    @Order(4)
    void theAssignedWorkersAreFoundAndTickedByKeyboardAlone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("cpi");
            driver.get(url("/cases/new"));
            WebElement search = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("workerQuery")));
            assertThat(driver.findElement(By.cssSelector("#worker-options input:checked + span")).getText())
                    .isEqualTo("Casey Investigator");
            check("tasks-picker");
            search.sendKeys("morgan");
            waitFor().until(d -> d.findElement(By.id("worker-status")).getText().equals("One worker matches “morgan”."));
            waitForHtmx();
            assertThat(text("#worker-options")).contains("Casey Investigator", "Morgan Manager")
                    .doesNotContain("Sam Supervisor");
            // Enter searches, it does not save the case
            keys(Keys.ENTER);
            waitForHtmx();
            assertThat(driver.getCurrentUrl()).endsWith("/cases/new");
            assertThat(driver.switchTo().activeElement()).isEqualTo(driver.findElement(By.id("workerQuery")));
            // Tab: the ticked worker first, then the one found; Space ticks it
            keys(Keys.TAB);
            keys(Keys.TAB);
            WebElement morgan = driver.switchTo().activeElement();
            assertThat(morgan.findElement(By.xpath("..")).getText()).contains("Morgan Manager");
            keys(Keys.SPACE);
            assertThat(morgan.isSelected()).isTrue();
            check("tasks-picker-found");
            Number wide = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('assignedUserIds').getBoundingClientRect().right");
            assertThat(wide.doubleValue()).as("the picker's right edge at 390 px").isLessThanOrEqualTo(390);

            driver.findElement(By.id("caseNumber")).sendKeys(Fixtures.uniqueCaseNumber());
            driver.findElement(By.cssSelector("input[name=maltreatments]")).sendKeys(Keys.SPACE);
            driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
            waitFor().until(ExpectedConditions.urlContains("?created"));
            assertThat(text("#case-facts ~ dl")).contains("Casey Investigator", "Morgan Manager");
            signOut();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(5)
    void theBasPicksTheConsultedProfessionalAmongTheUsersByKeyboard() {
        signIn("bas");
        driver.get(url("/consultations/new"));
        WebElement search = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("professionalQuery")));
        check("tasks-professional");
        search.sendKeys("casey");
        WebElement use = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#professional-results button")));
        waitForHtmx();
        assertThat(use.getText()).contains("Use", "Casey Investigator", "Child protective investigator");
        assertThat(text("#professional-status")).isEqualTo("One user matches “casey”.");
        check("tasks-professional-found");
        keys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).contains("Casey Investigator");
        keys(Keys.ENTER);
        assertThat(driver.findElement(By.id("professionalName")).getAttribute("value")).isEqualTo("Casey Investigator");
        assertThat(driver.findElement(By.id("professionalRole")).getAttribute("value"))
                .isEqualTo("Child protective investigator");
        assertThat(new Select(driver.findElement(By.id("organizationId"))).getFirstSelectedOption().getText())
                .startsWith("DCF Suncoast Child Protective Investigations");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("professionalName");
        assertThat(text("#professional-status")).isEqualTo("Filled in with the name, role and agency of Casey Investigator.");
        // someone who does not use Tutela is typed in as before
        WebElement name = driver.findElement(By.id("professionalName"));
        name.clear();
        name.sendKeys("Jamie External" + UUID.randomUUID().toString().substring(0, 4));
        assertThat(driver.getCurrentUrl()).endsWith("/consultations/new");
        signOut();
    }

    /** Presses a key wherever the focus is, as a keyboard does. */
    private void keys(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Waits until no htmx request is under way or settling. */
    private void waitForHtmx() {
        waitFor().until(d -> !(Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')"));
    }
}
