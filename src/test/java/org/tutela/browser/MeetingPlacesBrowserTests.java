package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.shared.AgencyTime;

/**
 * Meeting places in the browser: a supervisor adds an office (first with an error) and reviews a place typed before
 * the list existed; a CPI requests the BAS at a place chosen from the list; the survivor moves next to that office,
 * the BAS's calendar says "to be confirmed", and the CPI moves the event to the courtroom, which the BAS then sees.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingPlacesBrowserTests extends BrowserTest {

    private static final String MARKER = UUID.randomUUID().toString().substring(0, 6);
    private static final String OFFICE = "Seagrape Annex " + MARKER;
    private static String caseId;
    private static String survivorId;

    @Test
    @Order(1)
    void aSupervisorAddsAnOfficeAndCorrectsIt() {
        signIn("supervisor");
        driver.findElement(By.cssSelector("header nav")).findElement(By.linkText("Meeting places")).click();
        waitFor().until(ExpectedConditions.titleContains("Meeting places"));
        // a place typed on one case before the list existed is that case's alone: not listed here
        assertThat(text("main")).doesNotContain("Sampleton Public Library").contains("Used by");
        check("places");

        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Office");
        driver.findElement(By.id("name")).sendKeys(OFFICE);
        driver.findElement(By.cssSelector("form[action='/meeting-places'] button[type=submit]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains("Street address").contains("street address");
        check("places-error");
        driver.findElement(By.id("address")).sendKeys("12 Seagrape Boulevard, Sampleton FL 39001");
        driver.findElement(By.cssSelector("form[action='/meeting-places'] button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("added"));
        assertThat(text("[role=status]")).isEqualTo("The meeting place is added.");
        assertThat(text("main")).contains(OFFICE);

        // correct the new office's address while no event uses it: first with an error, shown at the top
        WebElement office = driver.findElement(By.xpath("//article[.//h3[contains(., '" + OFFICE + "')]]"));
        office.findElement(By.tagName("summary")).click();
        WebElement address = office.findElement(By.cssSelector("input[name=address]"));
        address.clear();
        office.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains(OFFICE).contains("street address");
        check("places-change-error");
        office = driver.findElement(By.xpath("//article[.//h3[contains(., '" + OFFICE + "')]]"));
        address = office.findElement(By.cssSelector("input[name=address]"));
        address.sendKeys("12 Seagrape Boulevard, Sampleton FL 39001");
        office.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("saved"));
        // a place in use keeps its kind, name and address
        WebElement used = driver.findElement(By.xpath("//article[.//h3[contains(., 'Suncoast Circuit Court')]]"));
        used.findElement(By.tagName("summary")).click();
        assertThat(used.getText()).contains("stay as they are");
        assertThat(used.findElements(By.cssSelector("input[type=text][name=name]"))).isEmpty();
        shot("places-used");
    }

    @Test
    @Order(2)
    void aCpiRequestsTheBasAtAPlaceFromTheList() {
        Api api = new Api(port);
        caseId = Fixtures.openCase(api, "cpi");
        survivorId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "4 Dune Path", "555-404-4040");
        Fixtures.meetingPlace(api, "Courtroom " + MARKER);
        signIn("cpi");
        driver.get(url("/cases/" + caseId + "/events/new"));
        check("event-request");
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Dependency hearing");
        LocalDate day = AgencyTime.today().plusDays(9);
        setValue("startsAt", day + "T09:00");
        setValue("endsAt", day + "T10:00");
        Select place = new Select(driver.findElement(By.id("placeId")));
        assertThat(place.getOptions().stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith(OFFICE + ", 12 Seagrape Boulevard"));
        place.selectByVisibleText(OFFICE + ", 12 Seagrape Boulevard, Sampleton FL 39001");
        save();
        waitFor().until(ExpectedConditions.urlContains("eventRequested"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#events-heading ~ div"),
                OFFICE));
        check("case-with-event");
    }

    @Test
    @Order(3)
    void whenTheSurvivorMovesNextToThePlaceTheBasSeesToBeConfirmedAndTheCpiMovesTheEvent() {
        Api api = new Api(port);
        String eventId = api.get("cpi", "/api/v1/events?caseId=" + caseId).json().get("items").get(0).get("id")
                .asString();
        assertThat(api.post("bas", "/api/v1/events/" + eventId + "/decision", "{\"decision\":\"ATTEND\"}").status())
                .isEqualTo(200);
        assertThat(api.patch("cpi", "/api/v1/people/" + survivorId,
                Api.json(Map.of("address", Map.of("line1", "14 Seagrape Blvd")))).status()).isEqualTo(200);

        signIn("bas");
        driver.get(url("/calendar"));
        WebElement event = driver.findElement(By.xpath("//article[.//a[contains(@href, '" + caseId + "')]]"));
        assertThat(event.getText()).contains("To be confirmed").doesNotContain(MARKER);
        check("calendar-to-be-confirmed");
        signOut();

        signIn("cpi");
        driver.get(url("/cases/" + caseId));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Change the place"))).click();
        waitFor().until(ExpectedConditions.urlContains("/place"));
        assertThat(text("[role=status]")).contains("to be confirmed");
        check("event-change-place");
        new Select(driver.findElement(By.id("placeId"))).selectByVisibleText(OFFICE
                + ", 12 Seagrape Boulevard, Sampleton FL 39001");
        save();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains("another place");
        check("event-change-place-error");
        new Select(driver.findElement(By.id("placeId"))).selectByVisibleText("Courtroom " + MARKER
                + ", 1 Agency Plaza, Sampleton FL 39001");
        save();
        waitFor().until(ExpectedConditions.urlContains("placeChanged"));
        assertThat(api.get("bas", "/api/v1/events/" + eventId).json().get("place").asString())
                .startsWith("Courtroom " + MARKER);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }
}
