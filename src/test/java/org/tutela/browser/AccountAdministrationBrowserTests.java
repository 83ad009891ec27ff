package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;

/**
 * Issue 9, part 7, as an administrator meets it: the demo's locked account unlocked from its page, the demo's
 * disabled account, a user disabled (after a confirmation) and enabled again (which waits for approval), their own
 * account without actions, and the organizations page: the list, a new one refused then added, and a change.
 */
@IntegrationTest
class AccountAdministrationBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdministratorUnlocksDisablesAndEnablesUsersEachActionApart() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        // the demo's locked account: refused without its password being looked at
        typeSignIn("locked");
        waitFor().until(ExpectedConditions.urlContains("/login?wait"));
        assertThat(text("[role=alert]")).contains("Too many sign-in attempts");

        signIn("admin");
        driver.get(url("/admin/users"));
        assertThat(driver.findElement(By.xpath("//tr[td//a[text()='locked']]")).getText()).contains("Sign-in delayed");
        driver.findElement(By.linkText("locked")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("unlock-title")));
        assertThat(text("main dl")).contains("Delayed by failed attempts");
        assertThat(driver.findElements(By.cssSelector("main form"))).as("four actions apart").hasSize(4);
        check("admin-user-actions");
        driver.findElement(By.cssSelector("form[action$='/unlock'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("?unlocked"));
        assertThat(text("[role=status]")).contains("can sign in again at once");
        check("admin-user-unlocked");

        // the demo's disabled account offers only to enable it again
        driver.get(url("/admin/users"));
        driver.findElement(By.linkText("former")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("state-title")));
        assertThat(text("#state-title")).isEqualTo("Enable the account again");
        assertThat(driver.findElements(By.cssSelector("form[action$='/disable']"))).isEmpty();
        check("admin-user-disabled");

        // a user disabled after a confirmation, then enabled again: that waits for someone else's approval
        String username = Fixtures.existingUser(jdbc, encoder, "CASE_MANAGER", "CMO", "a-long-enough-password");
        String id = jdbc.sql("SELECT id::text FROM app_user WHERE username = ?").param(username).query(String.class)
                .single();
        driver.get(url("/admin/users/" + id));
        driver.findElement(By.cssSelector("form[action$='/disable'] button")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmDisable-error")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("confirmDisable");
        check("admin-user-disable-unconfirmed");
        driver.findElement(By.id("confirmDisable")).click();
        driver.findElement(By.cssSelector("form[action$='/disable'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("?disabled"));
        assertThat(text("[role=status]")).contains("is disabled");
        driver.findElement(By.cssSelector("form[action$='/enable'] button")).click();
        waitFor().until(ExpectedConditions.urlContains("?enablePending"));
        assertThat(text("[role=status]")).contains("they stay disabled")
                .contains("Waiting for a second administrator's approval");
        check("admin-user-enable-pending");

        // their own account: no actions
        String adminId = jdbc.sql("SELECT id::text FROM app_user WHERE username = 'admin'").query(String.class).single();
        driver.get(url("/admin/users/" + adminId));
        assertThat(text("main")).contains("This is your own account");
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        signOut();

        // the locked user signs in now, and is told of the failed attempts
        signIn("locked");
        assertThat(text("main")).contains("failed attempts to sign in to your account");
    }

    @Test
    void anAdministratorKeepsTheOrganizationsOnTheirOwnPage() {
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn("admin");
        openMenu();
        driver.findElement(By.cssSelector("header nav a[href='/admin/organizations']")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/admin/organizations")));
        assertThat(text("h1")).isEqualTo("Organizations");
        assertThat(text("main table")).contains("DCF Suncoast Child Protective Investigations");
        check("admin-organizations");
        fitsTheWidth();

        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains("Name: enter the organization's name")
                .contains("Type: choose the type of organization");
        check("admin-organizations-errors");
        fitsTheWidth();

        String name = "Harbor Sheriff " + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Law enforcement");
        new Select(driver.findElement(By.id("regionId"))).selectByVisibleText("Suncoast Region");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("?added"));
        assertThat(text("[role=status]")).contains("Organization " + name + " added");
        assertThat(text("main")).contains("No users yet");
        check("admin-organization");
        fitsTheWidth();

        driver.findElement(By.id("name")).sendKeys(" North");
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Court");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("?saved"));
        assertThat(text("[role=status]")).contains("Saved: " + name + " North (Court, Suncoast Region)");
        check("admin-organization-saved");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void typeSignIn(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** No sideways scrolling of the whole page: only a wide table scrolls, inside its own region. */
    private void fitsTheWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("page wider than the screen").isLessThanOrEqualTo(0);
    }
}
