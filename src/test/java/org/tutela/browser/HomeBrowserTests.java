package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;

/**
 * The first screen of the BAS, a CPI, a supervisor and the advocate in a real (headless) browser, on the demo data:
 * each says what needs the user today, the most urgent first, each item a link to where it is done; the CPI asks the
 * BAS for a consultation from it. Every page is screenshotted to target/screenshots/home-*.png and checked with
 * axe-core (WCAG 2.2 AA): a serious or critical violation, or a console error, fails the test.
 */
@IntegrationTest
class HomeBrowserTests extends BrowserTest {

    @Test
    void theBasSeesAHomicideAlertThenTheOverdueFirearmFollowUpThenWhatAwaitsAnAnswerAndTheMeasures() {
        signIn("bas");
        List<String> headings = headings();
        // a homicide threat named at a BIP intake (the demo's) comes before everything else (seed 001)
        assertThat(headings.get(0)).isEqualTo("Homicide threat alerts");
        assertThat(headings).containsSubsequence("Homicide threat alerts", "Firearm surrender follow-ups",
                "Staffings and hearings awaiting your answer", "Requests for a consultation",
                "Obligations due or to check this week", "Follow-up consultations due");
        // the requests awaiting an answer (the section's first list; the attendance to record, if any, follows)
        assertThat(section("event-requests").findElements(By.xpath("./ul[1]/li/a"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/calendar#event-"));
        // the demo: a CPI's request about an interview, an obligation due and a check overdue, a follow-up due
        assertThat(section("consultation-requests").getText()).contains("Preparing to interview the perpetrator");
        assertThat(section("obligations-due").getText()).contains("Batterer intervention program", "Criminal order");
        assertThat(section("follow-ups").findElements(By.cssSelector("li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#main .measure"))).hasSize(2);
        // the measures named in words, their contract numbers in the help line
        assertThat(text("#main .measures")).contains("Compliance monitoring started", "Safety actions and case plans guided")
                .doesNotContain("E.1.1");
        assertThat(driver.findElement(By.xpath("//section[@aria-labelledby='measures']")).getText())
                .contains("Contract measures E.1.1 and E.1.2: the target for each is 90% of cases");
        check("home-first-bas");

        section("consultation-requests").findElement(By.partialLinkText("Log a consultation on case")).click();
        waitFor().until(ExpectedConditions.urlContains("/consultations/new?caseId="));
        assertThat(driver.findElement(By.id("caseNumber")).getAttribute("value")).isNotBlank();
        shot("home-bas-to-consultation");
        signOut();
    }

    @Test
    void aCpiSeesWhatTheirCasesLackAndAsksTheBasForAConsultation() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        String number = api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
        api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(Map.of("role", "SURVIVOR",
                "firstName", "Ines", "lastName", "Browsertest", "address", Map.of("line1", "9 Quiet Harbor Way"))));

        signIn("cpi");
        List<String> headings = headings();
        assertThat(headings).containsSubsequence("Firearm surrender follow-ups", "Your open cases",
                "Your requests to the BAS");
        assertThat(headings.stream().anyMatch(h -> h.startsWith("Staffings and hearings in the next"))).isTrue();
        WebElement cases = section("my-cases");
        assertThat(cases.findElement(By.linkText("Open a case")).getAttribute("href")).endsWith("/cases/new");
        assertThat(cases.getText()).contains("No perpetrator recorded");
        assertThat(driver.getPageSource()).doesNotContain("9 Quiet Harbor Way");
        check("home-first-cpi");

        driver.get(url("/cases/" + caseId + "/consultation-requests/new"));
        assertThat(text("h1")).isEqualTo("Ask the BAS for a consultation on case " + number);
        save();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(text(".error-summary")).contains("Choose what you need the BAS for.");
        check("home-consultation-request-error");
        new Select(driver.findElement(By.id("reason"))).selectByVisibleText("A new incident or threat");
        driver.findElement(By.id("note")).sendKeys("Police were called again on Saturday.");
        save();
        waitFor().until(ExpectedConditions.urlContains("consultationRequested="));
        assertThat(text("[role=status]")).contains("The BAS is asked for a consultation on case", number);
        assertThat(section("my-requests").getText()).contains("Consultation, case " + number, "A new incident or threat",
                "Waiting for the BAS");
        shot("home-cpi-asked");
        signOut();
    }

    @Test
    void aSupervisorSeesUnansweredRequestsTheUnassignedCaseAndTheCaseloadByWorker() {
        signIn("supervisor");
        assertThat(headings()).containsSubsequence("Firearm surrender follow-ups",
                "Requests the BAS has not answered yet", "Open cases nobody is assigned to", "Caseload by worker");
        assertThat(section("unassigned").findElements(By.partialLinkText("Assign a worker to case"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).endsWith("/edit"));
        WebElement load = section("caseload").findElement(By.xpath(".//tr[td[contains(., 'Casey Investigator')]]//a"));
        assertThat(load.getText()).endsWith("open cases");
        check("home-first-supervisor");
        load.click();
        waitFor().until(ExpectedConditions.urlContains("/cases?worker="));
        assertThat(text(".filter-note")).contains("Casey Investigator", "Open cases (not closed)");
        check("home-supervisor-caseload-list");
        signOut();
    }

    @Test
    void theAdvocateSeesTheDeadlinesAndReachesTheReferralsAndTheCases() {
        signIn("advocate");
        assertThat(text("main")).contains("answer each referral");
        // the demo: a release of information that expires within the month
        assertThat(section("deadlines").getText()).contains("Release of information expires:");
        assertThat(driver.findElements(By.cssSelector("#main a[href$='/advocacy']"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#main a[href$='/cases']"))).isNotEmpty();
        check("home-first-advocate");
        signOut();
    }

    private List<String> headings() {
        return driver.findElements(By.cssSelector("#main h2")).stream().map(WebElement::getText).toList();
    }

    private WebElement section(String headingId) {
        return driver.findElement(By.xpath("//section[@aria-labelledby='" + headingId + "']"));
    }
}
