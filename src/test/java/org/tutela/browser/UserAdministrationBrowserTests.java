package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.support.IntegrationTest;

/**
 * Issue 7 on a phone (390 px wide): an administrator adds a supervisor without a password and hands over the
 * one-time link, the new supervisor sets their password and cannot sign in yet, the DCF supervisor reviews what the
 * grant discloses and approves it, and the new supervisor signs in to the cases.
 */
@IntegrationTest
class UserAdministrationBrowserTests extends BrowserTest {

    static final String PASSWORD = "a phrase only the new supervisor knows";

    @Test
    void anAdministratorsNewSupervisorSeesCasesOnlyOnceADcfSupervisorApproves() {
        driver.manage().window().setSize(new Dimension(390, 844));
        String username = "sup" + UUID.randomUUID().toString().substring(0, 8);

        signIn("admin");
        driver.get(url("/admin/users"));
        check("admin-users");
        fitsTheWidth();
        assertThat(driver.findElements(By.cssSelector("main input[type=password]"))).isEmpty();
        WebElement field = driver.findElement(By.id("username"));
        field.sendKeys(username);
        field.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys("New Supervisor");
        new Select(driver.findElement(By.id("role"))).selectByVisibleText("Supervisor");
        new Select(driver.findElement(By.id("organizationId"))).selectByVisibleText("DCF Suncoast Child Protective Investigations");
        driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("password-link")));
        assertThat(text("main")).contains("No role yet").contains("Supervisor at DCF Suncoast");
        check("admin-user-created");
        fitsTheWidth();
        String link = driver.findElement(By.id("password-link")).getAttribute("value");
        signOut();

        driver.get(link);
        check("set-password");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("confirmation")).sendKeys(PASSWORD + " typo");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text("#confirmation-error")).isEqualTo("Enter the same password again.");
        check("set-password-error");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("confirmation")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/login?passwordSet"));
        typeSignIn(username, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/login?error"));
        assertThat(text("[role=alert]")).contains("waits for approval");

        signIn("supervisor");
        driver.findElement(By.cssSelector("main a[href='/approvals']")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/approvals")));
        check("approvals");
        fitsTheWidth();
        WebElement row = driver.findElement(By.xpath("//tr[td[contains(., '" + username + "')]]"));
        row.findElement(By.linkText("Review")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        assertThat(text("main")).contains("will see every case of DCF Suncoast Child Protective Investigations, "
                + "with survivors' and children's addresses, phones and shelter status");
        check("approval-review");
        fitsTheWidth();
        driver.findElement(By.id("approve")).click();
        waitFor().until(ExpectedConditions.urlContains("/approvals?approved"));
        signOut();

        typeSignIn(username, PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url("/")));
        driver.get(url("/cases"));
        assertThat(text("h1")).isEqualTo("Cases");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void typeSignIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** No sideways scrolling of the whole page: only a wide table scrolls, inside its own region. */
    private void fitsTheWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("page wider than the screen").isLessThanOrEqualTo(0);
    }
}
