package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.support.IntegrationTest;

/**
 * The pages in a real (headless) browser: a CPI signs in, searches the cases with htmx, opens one, adds a survivor
 * (first with an error, then for real), reads the change history and signs out; a BAS then opens that case and must
 * not see the survivor's address; an administrator opens the users and the audit trail. Every page is screenshotted
 * to target/screenshots/ and checked with axe-core for WCAG 2.2 AA: a serious or critical violation fails the test.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseWorkflowBrowserTests extends BrowserTest {

    /** The case the CPI added the survivor to, and the survivor's unique address line. */
    private static String caseId;
    private static String canaryAddress;

    @Test
    @Order(1)
    void aCpiSearchesOpensACaseAddsASurvivorAndSignsOut() {
        driver.get(url("/login?error"));
        assertThat(text("[role=alert]")).contains("username or password");
        check("login-error");

        signIn("cpi");
        assertThat(text("h1")).isEqualTo("Welcome, Casey Investigator");
        assertThat(driver.findElement(By.cssSelector("header nav a[aria-current=page]")).getText()).isEqualTo("Home");
        check("home-cpi");

        // the first Tab shows the skip link, which moves the focus to the main content
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getRect().getX()).isGreaterThanOrEqualTo(0);
        skip.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Cases")).click();
        waitFor().until(ExpectedConditions.titleContains("Cases"));
        check("cases");

        // opening a case without a case number or a maltreatment: both errors are summed up and tied to their fields
        driver.findElement(By.linkText("Open a case")).click();
        waitFor().until(ExpectedConditions.urlContains("/cases/new"));
        check("case-new");
        save();
        WebElement caseErrors = waitFor().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(caseErrors.findElements(By.cssSelector("a[href='#caseNumber']"))).isNotEmpty();
        assertThat(caseErrors.findElements(By.cssSelector("a[href='#maltreatments']"))).isNotEmpty();
        assertThat(driver.findElement(By.id("maltreatments")).getAttribute("aria-describedby"))
                .isEqualTo("maltreatments-error");
        assertThat(driver.findElement(By.id("caseNumber")).getAttribute("aria-describedby"))
                .isEqualTo("caseNumber-hint caseNumber-error");
        check("case-new-error");
        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Cases")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/cases")));

        // the search updates #results with htmx as one types, and pushes the query into the address bar; the count
        // is a live region that stays in place (so that screen readers announce it) and is the only one
        WebElement before = driver.findElement(By.id("results"));
        WebElement count = driver.findElement(By.id("results-count"));
        assertThat(count.getAttribute("role")).isEqualTo("status");
        String allCases = count.getText();
        driver.findElement(By.id("q")).sendKeys("Alvarez");
        waitFor().until(ExpectedConditions.stalenessOf(before));
        waitFor().until(ExpectedConditions.urlContains("q=Alvarez"));
        assertThat(driver.getTitle()).contains("Cases");
        assertThat(count.getText()).matches("\\d+ cases?").isNotEqualTo(allCases);
        assertThat(driver.findElements(By.cssSelector("[aria-live], [role=status]"))).hasSize(1);
        assertThat(driver.findElements(By.id("results"))).hasSize(1);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).isNotEmpty();
        // typed without its accent, the name is found as it is written
        assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("Álvarez"));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("Alvarez");
        check("cases-search");

        WebElement first = rows.get(0).findElement(By.cssSelector("a"));
        String caseNumber = first.getText();
        first.click();
        waitFor().until(ExpectedConditions.titleContains(caseNumber));
        assertThat(text("h1")).isEqualTo("Case " + caseNumber);
        caseId = driver.getCurrentUrl().replaceAll(".*/cases/([^/?#]+).*", "$1");
        check("case");

        driver.findElement(By.linkText("Add a person")).click();
        waitFor().until(ExpectedConditions.urlContains("/cases/" + caseId + "/people/new"));
        assertThat(text("h1")).isEqualTo("Add a person");
        check("person-form");

        // the first try leaves the first name empty: the error shows next to the field, the rest is kept
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String lastName = "Browserton" + unique;
        String address = "12 Canary" + unique + " Street";
        new Select(driver.findElement(By.id("role"))).selectByValue("SURVIVOR");
        driver.findElement(By.id("lastName")).sendKeys(lastName);
        driver.findElement(By.id("address_line1")).sendKeys(address);
        driver.findElement(By.id("address_city")).sendKeys("Sampleton");
        driver.findElement(By.id("address_state")).sendKeys("FL");
        driver.findElement(By.id("phone")).sendKeys("305-555-0199");
        save();
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("firstName-error")));
        // an error summary at the top takes the focus, so that it is read out, and links to the field
        WebElement summary = driver.findElement(By.cssSelector(".error-summary[role=alert]"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        WebElement link = summary.findElement(By.cssSelector("a[href='#firstName']"));
        assertThat(link.getText()).startsWith("First name: ").endsWith(error.getText());
        assertThat(summary.findElements(By.cssSelector("li"))).as(summary.getText()).hasSize(1);
        assertThat(error.getText()).isNotBlank();
        WebElement firstName = driver.findElement(By.id("firstName"));
        assertThat(firstName.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(firstName.getAttribute("aria-describedby")).contains("firstName-error");
        WebElement field = firstName.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        assertThat(field.findElements(By.id("firstName-error"))).hasSize(1);
        assertThat(field.getAttribute("class")).contains("has-error");
        assertThat(driver.findElement(By.id("lastName")).getAttribute("value")).isEqualTo(lastName);
        assertThat(driver.findElement(By.id("address_line1")).getAttribute("value")).isEqualTo(address);
        assertThat(driver.findElements(By.id("lastName-error"))).isEmpty();
        check("person-form-error");

        firstName.sendKeys("Robin");
        save();
        waitFor().until(ExpectedConditions.urlContains("personAdded"));
        assertThat(text("[role=status]")).isEqualTo("The person is added.");
        WebElement person = driver.findElements(By.cssSelector(".people article")).stream()
                .filter(a -> a.getText().contains("Robin " + lastName)).findFirst().orElse(null);
        assertNotNull(person, "the case page lists the new person");
        assertThat(person.getText()).contains("Survivor", address, "(305) 555-0199");
        canaryAddress = address;
        check("case-person-added");

        driver.findElement(By.linkText("Change history")).click();
        waitFor().until(ExpectedConditions.urlContains("/cases/" + caseId + "/history"));
        assertThat(text("h1")).isEqualTo("Change history of " + caseNumber);
        check("case-history");

        signOut();
    }

    @Test
    @Order(2)
    void aBasOpensTheCaseButNeverSeesTheSurvivorsAddress() {
        assertNotNull(canaryAddress, "the CPI test ran first and added a survivor");
        signIn("bas");
        assertThat(text("h1")).isEqualTo("Welcome, Bailey Specialist");
        check("home-bas");

        driver.get(url("/cases/" + caseId));
        assertThat(text("h1")).startsWith("Case ");
        assertThat(driver.findElements(By.linkText("Add a person"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(canaryAddress).doesNotContain("Canary");
        check("case-bas");

        driver.findElement(By.linkText("Change history")).click();
        waitFor().until(ExpectedConditions.urlContains("/history"));
        assertThat(driver.getPageSource()).doesNotContain("Canary");
        check("case-history-bas");

        signOut();
    }

    @Test
    @Order(3)
    void anAdministratorOpensTheUsersAndTheAuditTrail() {
        signIn("admin");
        assertThat(text("h1")).isEqualTo("Welcome, Alex Admin");
        check("home-admin");

        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Users")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/users"));
        assertThat(driver.findElements(By.cssSelector("table tbody tr")).size()).isGreaterThanOrEqualTo(9);
        check("admin-users");

        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.id("role")).getAttribute("aria-describedby")).isEqualTo("role-error");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Username: ", "Role: ");
        check("admin-users-error");

        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Audit trail")).click();
        waitFor().until(ExpectedConditions.urlContains("/admin/audit"));
        assertThat(driver.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        check("admin-audit");

        driver.findElement(By.cssSelector("button[name=verify]")).click();
        waitFor().until(ExpectedConditions.urlContains("verify=true"));
        assertThat(text("[role=status]")).startsWith("The chain is intact");
        check("admin-audit-verified");

        signOut();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

}
