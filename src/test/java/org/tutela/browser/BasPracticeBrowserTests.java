package org.tutela.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.tutela.support.Pdfs;
import org.tutela.support.IntegrationTest;
import org.tutela.shared.AgencyTime;

/**
 * The BAS's practice in a real (headless) browser, on a case of its own (opened by a CPI through the API, with a
 * survivor whose address line is unique): the CPI sees that address on the case page; the BAS logs a consultation
 * (E.1.1 Yes without the sentence, is told so next to the note, inserts the sentence with the button, saves) which
 * starts compliance monitoring; records a firearm surrender due ten days ago, whose follow-up is overdue on the
 * obligation, home and case pages; records a contact and an escalation, then a response that resolves it; and reads
 * the court brief (page and PDF) and the perpetrator timeline, which show the obligation and the consultation but never
 * the survivor's address. Every page is screenshotted (whole) to target/screenshots/bas-*.png and checked with
 * axe-core for WCAG 2.2 AA: a serious or critical violation, or a browser console error, fails the test.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BasPracticeBrowserTests extends BrowserTest {

    private static final String AGENCY = "Suncoast Community Based Care (CBC)";
    private static final String SENTENCE = "BAS initiated batterer compliance monitoring.";

    /** The case, its number, its perpetrator and the survivor's unique address line. */
    private static String caseId;
    private static String caseNumber;
    private static String perpetratorName;
    private static String canaryAddress;

    /** What the BAS recorded, for the later tests to find. */
    private static String professionalName;
    private static String requirement;
    private static String obligationPath;

    @Test
    @Order(1)
    void aCpiOpensTheCaseAndSeesTheSurvivorsAddress() {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        caseId = Fixtures.openCase(api, "cpi");
        caseNumber = api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString();
        canaryAddress = "48 Canary" + unique + " Lane";
        addPerson(api, "SURVIVOR", "Dana", "Survivorfield" + unique, canaryAddress);
        perpetratorName = "Victor Holt" + unique;
        addPerson(api, "PERPETRATOR", "Victor", "Holt" + unique, "7 Elsewhere Road");

        signIn("cpi");
        driver.get(url("/cases/" + caseId));
        assertThat(text("h1")).isEqualTo("Case " + caseNumber);
        assertThat(text(".people")).contains(canaryAddress, perpetratorName);
        waitForHtmx();
        check("bas-case-cpi");
        signOut();
    }

    @Test
    @Order(2)
    void aBasLogsAConsultationFixesTheNoteWithTheSentenceButtonAndSeesTheMeasures() {
        assertNotNull(caseId, "the CPI test ran first and opened the case");
        signIn("bas");
        shot("bas-home-before");

        driver.get(url("/cases/" + caseId));
        assertThat(driver.getPageSource()).doesNotContain(canaryAddress).doesNotContain("Canary");
        // the Consultations section loads with htmx, with its "Log a consultation" button
        WebElement log = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#consultations-heading ~ div a.button")));
        assertThat(log.getText()).isEqualTo("Log a consultation");
        waitForHtmx();
        check("bas-case");
        log.click();
        waitFor().until(ExpectedConditions.urlContains("/consultations/new"));
        assertThat(text("h1")).isEqualTo("Log a consultation");
        assertThat(driver.findElement(By.id("caseNumber")).getAttribute("value")).isEqualTo(caseNumber);
        assertThat(driver.findElement(By.id("consultedOn")).getAttribute("value")).isEqualTo(AgencyTime.today().toString());
        check("bas-consultation-new");

        professionalName = "Jordan Reyes" + UUID.randomUUID().toString().substring(0, 4);
        driver.findElement(By.id("professionalName")).sendKeys(professionalName);
        driver.findElement(By.id("professionalRole")).sendKeys("Dependency case manager");
        new Select(driver.findElement(By.id("organizationId"))).selectByVisibleText(AGENCY);
        new Select(driver.findElement(By.id("mode"))).selectByVisibleText("Phone");
        driver.findElement(By.cssSelector("input[name=topics][value=SAFETY_ACTIONS]")).click();
        driver.findElement(By.cssSelector("input[name=complianceMonitoring][value=YES]")).click();
        driver.findElement(By.cssSelector("input[name=guidedSafetyActions][value=NO]")).click();
        WebElement note = driver.findElement(By.id("note"));
        note.sendKeys("Talked through the perpetrator's pattern of coercive control and the firearm order.");
        save();

        // the rule is summed up at the top (which takes the focus) and shown next to the note, which keeps its text
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("note-error")));
        assertThat(error.getText()).contains(SENTENCE);
        WebElement summary = driver.findElement(By.cssSelector(".error-summary[role=alert]"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.findElements(By.cssSelector("li"))).hasSize(1);
        assertThat(summary.findElement(By.cssSelector("a[href='#note']")).getText())
                .startsWith("Consultation note: ").contains(SENTENCE);
        note = driver.findElement(By.id("note"));
        assertThat(note.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(note.getAttribute("aria-describedby")).contains("note-error");
        assertThat(note.getAttribute("value")).startsWith("Talked through").doesNotContain(SENTENCE);
        assertThat(note.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]")).getAttribute("class"))
                .contains("has-error");
        assertThat(driver.findElement(By.id("professionalName")).getAttribute("value")).isEqualTo(professionalName);
        assertThat(driver.findElement(By.cssSelector("input[name=complianceMonitoring][value=YES]")).isSelected())
                .isTrue();
        check("bas-consultation-error");

        WebElement insert = driver.findElement(By.xpath("//button[normalize-space()='Insert the monitoring sentence']"));
        insert.click();
        note = driver.findElement(By.id("note"));
        assertThat(note.getAttribute("value")).startsWith("Talked through").endsWith(SENTENCE);
        assertThat(driver.switchTo().activeElement()).isEqualTo(note);
        assertThat(text("#note-status")).isEqualTo("The sentence is in the note.");
        // a second click does not insert it twice
        insert.click();
        assertThat(note.getAttribute("value").split(SENTENCE.replace(".", "\\."), -1)).hasSize(2);
        shot("bas-consultation-inserted");
        save();

        waitFor().until(ExpectedConditions.urlContains("?logged"));
        // it says what happened, and the next step: the monitoring it started needs the perpetrator's obligations
        assertThat(text("[role=status]")).startsWith("The consultation is logged.")
                .contains("Compliance monitoring of the case's perpetrator has started with this consultation.");
        assertThat(driver.findElement(By.cssSelector("[role=status]"))
                .findElement(By.linkText("Record the perpetrator's obligations")).getAttribute("href"))
                .endsWith("/obligations/new");
        assertThat(text("main")).contains(professionalName, SENTENCE, AGENCY.replace(" (CBC)", ""));
        check("bas-consultation-logged");

        driver.get(url("/"));
        WebElement measures = driver.findElement(By.xpath("//section[h2[starts-with(., \"This quarter's measures\")]]"));
        assertThat(measures.getText()).contains("Compliance monitoring started:", "Safety actions and case plans guided:",
                "E.1.1 and E.1.2");
        assertThat(measures.findElements(By.cssSelector(".measure strong"))).hasSize(2)
                .allSatisfy(figure -> assertThat(figure.getText()).matches("\\d+\\.\\d%"));
        check("bas-home-measures");
        signOut();
    }

    @Test
    @Order(3)
    void aBasRecordsAnOverdueFirearmSurrenderFollowsItUpAndResolvesIt() {
        assertNotNull(professionalName, "the consultation test ran first");
        signIn("bas");
        driver.get(url("/cases/" + caseId));
        // the E.1.1 Yes started the monitoring of the perpetrator
        WebElement monitoring = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Monitoring " + perpetratorName + " since ")));
        assertThat(monitoring.getText()).endsWith(day(AgencyTime.today()));
        monitoring.click();
        waitFor().until(ExpectedConditions.urlContains("/monitoring/"));
        assertThat(text("h1")).isEqualTo("Compliance monitoring, case " + caseNumber);
        assertThat(text("main")).contains(perpetratorName, "No obligations recorded yet.");
        shot("bas-monitoring");
        // the everyday task opens its own form
        driver.findElement(By.linkText("Record an obligation")).click();
        waitFor().until(ExpectedConditions.urlContains("/obligations/new"));
        assertThat(text("h1")).isEqualTo("Record an obligation");

        requirement = "Surrender every firearm and the concealed-carry licence to the Sheriff's Office, "
                + UUID.randomUUID().toString().substring(0, 6);
        LocalDate due = AgencyTime.today().minusDays(10);
        new Select(driver.findElement(By.id("obligation-source"))).selectByVisibleText("Firearm surrender");
        driver.findElement(By.id("obligation-issuer")).sendKeys("Suncoast Circuit Court");
        driver.findElement(By.id("obligation-orderNumber")).sendKeys("2026-DR-0042");
        date("obligation-orderedOn", AgencyTime.today().minusDays(20));
        date("obligation-dueOn", due);
        driver.findElement(By.id("obligation-requirement")).sendKeys(requirement);
        driver.findElement(By.cssSelector("form[action$='/obligations'] button[type=submit]")).click();

        waitFor().until(ExpectedConditions.urlContains("/obligations/"));
        obligationPath = URI.create(driver.getCurrentUrl()).getPath();
        // the obligation's own page, not the form's still being replaced
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Firearm surrender, case " + caseNumber));
        assertThat(text("[role=status]")).startsWith("The obligation is recorded.");
        assertThat(text("[role=alert]")).contains("overdue", day(due));
        assertThat(text("main")).contains(requirement);
        check("bas-obligation-overdue");

        // a contact with law enforcement, on a page of its own
        driver.findElement(By.linkText("Record a contact")).click();
        waitFor().until(ExpectedConditions.urlContains("/firearm-contacts/new"));
        new Select(driver.findElement(By.id("contact-party"))).selectByVisibleText("Law enforcement");
        driver.findElement(By.id("contact-agency")).sendKeys("Suncoast County Sheriff's Office");
        driver.findElement(By.id("contact-contactName")).sendKeys("Deputy Lee, civil process");
        driver.findElement(By.id("contact-outcome")).sendKeys("No surrender receipt on file; the deputy will serve again.");
        save();
        waitFor().until(ExpectedConditions.urlContains("saved=contact"));
        assertThat(text("[role=status]")).startsWith("The contact is recorded.");
        assertThat(text("main")).contains("Deputy Lee, civil process");
        assertThat(text("[role=alert]")).contains("overdue");

        // then an escalation
        driver.findElement(By.linkText("Escalate the concern")).click();
        waitFor().until(ExpectedConditions.urlContains("/escalations/new"));
        driver.findElement(By.id("escalation-channel")).sendKeys("High-risk staffing");
        driver.findElement(By.id("escalation-escalatedTo")).sendKeys("DCF operations manager");
        driver.findElement(By.id("escalation-concern")).sendKeys("Firearms still in the home ten days after the order.");
        save();
        waitFor().until(ExpectedConditions.urlContains("saved=escalation"));
        assertThat(text("[role=status]")).startsWith("The escalation is recorded.");
        assertThat(text("main")).contains("Firearms still in the home ten days after the order.");
        assertThat(text("[role=alert]")).contains("overdue");
        check("bas-obligation-escalated");

        // the monitoring page lists the obligation
        driver.findElement(By.partialLinkText("Back to the compliance monitoring of case")).click();
        waitFor().until(ExpectedConditions.urlContains("/monitoring/"));
        assertThat(text("table")).contains("Firearm surrender", requirement, day(due), "Pending");
        check("bas-monitoring-obligation");

        // the overdue follow-up is at the top of the BAS's home page and of the case page
        driver.get(url("/"));
        WebElement followUps = driver.findElement(By.cssSelector("main > .followups"));
        assertThat(followUps.getText()).startsWith("Firearm surrender follow-ups");
        WebElement item = followUps.findElements(By.cssSelector("li")).stream()
                .filter(li -> li.getText().contains(caseNumber)).findFirst().orElse(null);
        assertNotNull(item, "the home page lists the case's follow-up");
        assertThat(item.getText()).startsWith("Overdue").contains(perpetratorName, day(due), "1 contact");
        // first after the heading, but for a homicide threat alert from a BIP intake (seed 001), which comes first
        assertThat(driver.findElements(By.cssSelector("main > :not(h1):not(.alert-panel)")).get(0))
                .isEqualTo(followUps);
        check("bas-home-overdue");

        driver.get(url("/cases/" + caseId));
        WebElement top = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("main > div:first-of-type .followups")));
        assertThat(top.getText()).contains("Overdue", caseNumber);
        waitForHtmx();
        check("bas-case-overdue");

        // a response that resolves the escalation ends the overdue state
        driver.get(url(obligationPath));
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Record the response to the escalation of"))).click();
        waitFor().until(ExpectedConditions.urlContains("/response"));
        WebElement response = driver.findElement(By.cssSelector("form[action*='/escalations/']"));
        response.findElement(By.cssSelector("[name=response]")).sendKeys("Sheriff confirmed the surrender today.");
        new Select(response.findElement(By.cssSelector("select[name=resolved]"))).selectByVisibleText("Yes");
        response.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("saved=response")
                || !d.findElements(By.cssSelector("form[action*='/escalations/'] [role=alert]")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("form[action*='/escalations/'] [role=alert]")))
                .withFailMessage(() -> "the response to the escalation is refused: "
                        + text("form[action*='/escalations/'] [role=alert]"))
                .isEmpty();
        assertThat(text("[role=status]")).startsWith("The response to the escalation is recorded.");
        assertThat(driver.findElements(By.cssSelector("[role=alert]"))).isEmpty();
        assertThat(text("main")).contains("Sheriff confirmed the surrender today.", "Resolved");
        shot("bas-obligation-resolved");

        driver.get(url("/"));
        assertThat(driver.findElements(By.xpath("//main//li[contains(., '" + caseNumber + "')]"))).isEmpty();
        signOut();
    }

    @Test
    @Order(4)
    void theCourtBriefAndTheTimelineShowTheObligationAndTheConsultationButNotTheSurvivorsAddress() throws Exception {
        assertNotNull(obligationPath, "the obligation test ran first");
        signIn("bas");
        driver.get(url("/cases/" + caseId));
        driver.findElement(By.linkText("Court brief")).click();
        waitFor().until(ExpectedConditions.urlContains("/court-brief"));
        assertThat(text("h1")).isEqualTo("Court brief, case " + caseNumber);
        assertThat(text("main")).contains(perpetratorName, "Firearm surrender", requirement, professionalName);
        assertThat(driver.getPageSource()).doesNotContain(canaryAddress).doesNotContain("Canary");
        check("bas-court-brief");

        byte[] pdf = download("/cases/" + caseId + "/court-brief.pdf");
        Files.write(Chromium.SCREENSHOTS.resolve("bas-court-brief.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String pdfText = Pdfs.text(pdf);
        assertThat(pdfText).contains(caseNumber, "Firearm surrender").doesNotContain("Canary");

        driver.get(url("/cases/" + caseId));
        WebElement perpetrator = driver.findElements(By.cssSelector(".people article")).stream()
                .filter(a -> a.getText().contains(perpetratorName)).findFirst().orElse(null);
        assertNotNull(perpetrator, "the case page shows the perpetrator's card");
        perpetrator.findElement(By.linkText("Perpetrator timeline")).click();
        waitFor().until(ExpectedConditions.urlContains("/timeline"));
        assertThat(text("h1")).isEqualTo("Timeline of " + perpetratorName + ", case " + caseNumber);
        String timeline = text("main table");
        assertThat(timeline).contains("Consultation", "Monitoring started", "Obligation", "Firearm follow-up contact",
                "Escalation", "Escalation response");
        assertThat(timeline).contains(professionalName);
        assertThat(driver.getPageSource()).doesNotContain(canaryAddress).doesNotContain("Canary");
        check("bas-timeline");
        signOut();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void addPerson(Api api, String role, String first, String last, String line1) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("role", role);
        person.put("firstName", first);
        person.put("lastName", last);
        person.put("dateOfBirth", "1988-06-14");
        person.put("address", Map.of("line1", line1, "city", "Sampleton", "state", "FL", "postalCode", "39999"));
        person.put("phone", role.equals("PERPETRATOR") ? "305-555-0199" : "305-555-0142");
        Api.Response r = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(person));
        assertThat(r.status()).withFailMessage(() -> "add person: " + r.status() + " " + r.body()).isEqualTo(201);
    }

    /** Sets a date input (typing into one depends on the browser's locale). */
    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
                value.toString());
    }

    /** Waits until htmx has loaded every hx-trigger="load" part of the page. */
    private void waitForHtmx() {
        waitFor().until(d -> d.findElements(By.cssSelector("[hx-trigger=load]")).stream()
                .allMatch(e -> e.findElements(By.cssSelector("a[href='/monitoring'], a[href^='/consultations?'], "
                        + "a[href$='/events']")).isEmpty()));
        waitFor().until(d -> !(Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')"));
    }

    /** A GET with the browser's session cookie. */
    private byte[] download(String path) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

}
