package org.tutela.bip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.shared.AgencyTime;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import org.tutela.support.Pdfs;
import tools.jackson.databind.JsonNode;

/**
 * Seed 001 end to end: a referral to a BIP provider, the provider's answer, intake (a homicide threat alerts the
 * referring worker, their supervisors and the BAS), the gender rule, 26 weekly sessions, monthly reports that never
 * predict or certify and become compliance checks, the end of the program; two providers each blind to the other's
 * referrals; nothing of the survivor on any provider page, API answer or PDF; expiry on its date; an import that fails
 * whole on one bad line.
 */
@IntegrationTest
class BipIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    /** A case whose survivor and child carry canaries, and whose perpetrator shares the survivor's phone. */
    record Family(String caseId, String perpetratorId, String perpetratorName, String canary, String survivorPhone,
                  String survivorStreet) {
    }

    /** A provider organization of its own, with one user. */
    record Provider(String id, String user) {
    }

    private Provider provider(String name) {
        Fixtures.Center c = Fixtures.organization(jdbc, encoder, "BIP_PROVIDER", name, "BIP_PROVIDER");
        return new Provider(c.id(), c.user(0));
    }

    private Family family(Api api) {
        String canary = "Zqcanary" + UUID.randomUUID().toString().substring(0, 6);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivorPhone = "(305) 555-0" + (100 + (int) (Math.random() * 800));
        String street = "41 " + canary + " Street";
        person(api, caseId, "SURVIVOR", canary, "Lane", "Female", street, survivorPhone);
        person(api, caseId, "CHILD", canary + "kid", "Lane", "Female", "41 " + canary + " Street", null);
        String last = "Ruiz" + canary.substring(8);
        String perpetrator = person(api, caseId, "PERPETRATOR", "Marco", last, "Male", "9 Far Away Road",
                survivorPhone);
        return new Family(caseId, perpetrator, "Marco " + last, canary, survivorPhone, street);
    }

    private static String person(Api api, String caseId, String role, String first, String last, String gender,
                                 String line1, String phone) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("role", role);
        p.put("firstName", first);
        p.put("lastName", last);
        p.put("dateOfBirth", role.equals("CHILD") ? "2019-05-02" : "1988-04-02");
        p.put("gender", gender);
        p.put("preferredLanguage", "en");
        p.put("address", Map.of("line1", line1, "city", "Sampleton", "state", "FL", "postalCode", "39999"));
        if (phone != null) {
            p.put("phone", phone);
        }
        Api.Response r = api.post("cpi", "/api/v1/cases/" + caseId + "/people", Api.json(p));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String refer(Api api, Family f, Provider to, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("caseId", f.caseId(), "perpetratorId", f.perpetratorId(),
                "providerId", to.id(), "reason", "Choked his partner in front of the children and broke a door.",
                "courtOrdered", false));
        body.putAll(extra);
        Api.Response r = api.post("cpi", "/api/v1/bip/referrals", Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("referral").get("id").asString();
    }

    private static String group(Api api, Provider p, String name, String gender, boolean fees) {
        Api.Response r = api.post(p.user(), "/api/v1/bip/groups", Api.json(Map.of("name", name, "gender", gender,
                "meets", "Tuesdays 6 to 8 PM", "feesApply", fees)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static Map<String, Object> intake(boolean threat, String substance) {
        return Map.of("screenedOn", AgencyTime.today().toString(), "physicalViolence", "ACKNOWLEDGED",
                "sexualViolence", "DENIED", "otherAbuse", "PARTLY_ACKNOWLEDGED", "outsideRelationships", "DENIED",
                "substanceUse", substance, "mentalHealth", "NO_CONCERN", "homicideThreat", threat,
                "homicideIdeation", false);
    }

    /** Accepts, screens and enrolls the referral in the group, then dates it all back {@code days} days. */
    private void enrolled(Api api, Provider p, String referral, String group, int days) {
        assertThat(api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/decision",
                Api.json(Map.of("decision", "ACCEPTED"))).status()).isEqualTo(200);
        assertThat(api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/intake",
                Api.json(intake(false, "NO_CONCERN"))).status()).isEqualTo(200);
        Api.Response e = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/enrollment",
                Api.json(Map.of("groupId", group, "enrolledOn", AgencyTime.today().toString())));
        assertThat(e.status()).as(e.body()).isEqualTo(200);
        backdate(referral, days);
    }

    private void backdate(String referral, int days) {
        LocalDate on = AgencyTime.today().minusDays(days);
        jdbc.sql("UPDATE bip_referral SET referred_on = ?, expires_on = ?, enrolled_on = ? WHERE id = ?::uuid")
                .params(on, on.plusYears(1), on, referral).update();
    }

    private static Api.Response session(Api api, Provider p, String group, LocalDate on, List<Map<String, Object>> a) {
        return api.post(p.user(), "/api/v1/bip/groups/" + group + "/sessions",
                Api.json(Map.of("heldOn", on.toString(), "attendance", a)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> present(String referral) {
        return Map.of("referralId", referral, "attendance", "PRESENT");
    }

    @Test
    void aReferralGoesFromTheWorkerThroughIntakeAnd26SessionsToMonthlyReportsTheBasSeesInCompliance() {
        Api api = new Api(port);
        Family f = family(api);
        Provider p = provider("Program one");
        // the BAS monitors the perpetrator's court-ordered BIP
        String monitoring = api.post("bas", "/api/v1/cases/" + f.caseId() + "/monitoring", "{}").json().get("id")
                .asString();
        Api.Response ob = api.post("bas", "/api/v1/monitoring/" + monitoring + "/obligations", Api.json(Map.of(
                "source", "BIP", "issuer", "Circuit court", "orderNumber", "2026-DR-9001",
                "orderedOn", AgencyTime.today().minusDays(250).toString(), "requirement", "Attend a 26-week BIP")));
        assertThat(ob.status()).as(ob.body()).isEqualTo(201);
        String obligation = ob.json().get("id").asString();

        String referral = refer(api, f, p, Map.of("courtOrdered", true, "orderNumber", "2026-DR-9001",
                "orderedOn", AgencyTime.today().minusDays(250).toString()));
        JsonNode seenByWorker = api.get("cpi", "/api/v1/bip/referrals/" + referral).json().get("referral");
        assertThat(seenByWorker.get("status").asString()).isEqualTo("SENT");
        assertThat(seenByWorker.get("obligationId").asString()).as("linked to his one BIP obligation")
                .isEqualTo(obligation);
        assertThat(api.post("cpi", "/api/v1/bip/referrals", Api.json(Map.of("caseId", f.caseId(), "perpetratorId",
                f.perpetratorId(), "providerId", p.id(), "reason", "Again.", "courtOrdered", false))).status())
                .as("one open referral at a time").isEqualTo(400);

        // the provider: enrollment waits for acceptance and intake
        assertThat(api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/enrollment", Api.json(Map.of(
                "groupId", UUID.randomUUID().toString(), "enrolledOn", AgencyTime.today().toString()))).status())
                .isEqualTo(400);
        Api.Response declineWithout = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/decision",
                Api.json(Map.of("decision", "DECLINED")));
        assertThat(declineWithout.body()).contains("\"field\":\"declineReason\"");
        assertThat(api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/decision",
                Api.json(Map.of("decision", "ACCEPTED"))).json().get("status").asString()).isEqualTo("ACCEPTED");
        String women = group(api, p, "Women " + f.canary().substring(8), "FEMALE", false);
        String men = group(api, p, "Men " + f.canary().substring(8), "MALE", true);
        assertThat(api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/enrollment", Api.json(Map.of(
                "groupId", men, "enrolledOn", AgencyTime.today().toString()))).body())
                .as("intake first").contains("intake");

        // intake: a homicide threat alerts the referring worker, their supervisor and the BAS at once; a substance
        // use assessment is a recommendation apart, the referral stays as it was
        Api.Response screened = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/intake",
                Api.json(intake(true, "ASSESSMENT_RECOMMENDED")));
        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        assertThat(screened.json().get("referral").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(screened.json().get("recommendations").toString()).contains("SUBSTANCE_USE_ASSESSMENT");
        for (String recipient : List.of("cpi", "supervisor", "bas")) {
            assertThat(api.get(recipient, "/api/v1/bip/alerts").body()).as(recipient).contains(referral);
            assertThat(PageSession.signIn(port, recipient).get("/").body()).as(recipient + "'s home")
                    .contains("Homicide threat named at intake").contains(f.perpetratorName());
        }
        assertThat(api.get("casemanager", "/api/v1/bip/alerts").body()).doesNotContain(referral);
        assertThat(api.get(p.user(), "/api/v1/bip/alerts").status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + referral + "&action=HOMICIDE_ALERT").json()
                .get("total").asInt()).isEqualTo(1);
        String alert = api.get("cpi", "/api/v1/bip/alerts").json().get("items").get(0).get("id").asString();
        assertThat(api.post("cpi", "/api/v1/bip/alerts/" + alert + "/acknowledgment", "").status()).isEqualTo(204);
        assertThat(api.get("cpi", "/api/v1/bip/alerts").body()).doesNotContain(alert);
        assertThat(api.get("bas", "/api/v1/bip/alerts").body()).as("each acknowledges for themselves").contains(alert);

        // same-gendered groups only
        Api.Response wrong = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/enrollment",
                Api.json(Map.of("groupId", women, "enrolledOn", AgencyTime.today().toString())));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("same-gendered");
        Api.Response enrolled = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/enrollment",
                Api.json(Map.of("groupId", men, "enrolledOn", AgencyTime.today().toString())));
        assertThat(enrolled.json().get("status").asString()).isEqualTo("ENROLLED");
        backdate(referral, 220);

        // 27 weekly sessions: one absence, then 26 present; no 27th present session counts
        LocalDate first = AgencyTime.today().minusDays(215).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            days.add(first.plusWeeks(i));
        }
        Api.Response absent = session(api, p, men, days.get(0), List.of(Map.of("referralId", referral,
                "attendance", "ABSENT", "feeDue", 25, "feePaid", 0)));
        assertThat(absent.status()).as(absent.body()).isEqualTo(201);
        assertThat(session(api, p, men, days.get(0), List.of(present(referral))).status()).as("one per day")
                .isEqualTo(400);
        for (int i = 1; i <= 26; i++) {
            Api.Response s = session(api, p, men, days.get(i), List.of(Map.of("referralId", referral,
                    "attendance", "PRESENT", "feeDue", 25, "feePaid", 25, "admittedViolence", i % 2 == 0)));
            assertThat(s.status()).as(s.body()).isEqualTo(201);
        }
        Api.Response more = session(api, p, men, days.get(27), List.of(present(referral)));
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.body()).contains("26 of 26");
        JsonNode r = api.get("cpi", "/api/v1/bip/referrals/" + referral).json().get("referral");
        assertThat(r.get("status").asString()).isEqualTo("ATTENDING");
        assertThat(r.get("attended").asInt()).isEqualTo(26);

        // a monthly report: the month's figures, counted by hand from the session days
        YearMonth month = YearMonth.from(days.get(3));
        long held = days.subList(0, 27).stream().filter(d -> YearMonth.from(d).equals(month)).count();
        long attended = days.subList(1, 27).stream().filter(d -> YearMonth.from(d).equals(month)).count();
        long cumulative = days.subList(1, 27).stream().filter(d -> !YearMonth.from(d).isAfter(month)).count();
        for (String predicting : List.of("He is unlikely to reoffend.", "Low risk now.", "He will not hurt her again.",
                "He is safe to return home.", "We expect he will not be violent again.")) {
            Api.Response refused = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/monthly-reports",
                    Api.json(Map.of("month", month.toString(), "comment", "Attended well. " + predicting)));
            assertThat(refused.status()).as(predicting).isEqualTo(400);
            assertThat(refused.body()).as(predicting).contains("cannot make predictions");
        }
        Api.Response certifying = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/monthly-reports",
                Api.json(Map.of("month", month.toString(), "comment", "He successfully completed the program.")));
        assertThat(certifying.body()).contains("certificate of completion");
        assertThat(jdbc.sql("SELECT count(*) FROM bip_monthly_report WHERE referral_id = ?::uuid").param(referral)
                .query(Long.class).single()).as("nothing saved").isZero();
        Api.Response sent = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/monthly-reports",
                Api.json(Map.of("month", month.toString(), "comment",
                        "He spoke about choking his partner and named it as his choice.")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode report = sent.json();
        assertThat(report.get("sessionsHeld").asInt()).isEqualTo((int) held);
        assertThat(report.get("sessionsAttended").asInt()).isEqualTo((int) attended);
        assertThat(report.get("cumulative").asInt()).isEqualTo((int) cumulative);
        assertThat(report.has("caseNumber")).as("the provider's answer").isFalse();
        assertThat(api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/monthly-reports",
                Api.json(Map.of("month", YearMonth.from(AgencyTime.today()).toString(), "comment", "Fine.")))
                .status()).as("a month that has not ended").isEqualTo(400);

        // it reaches the BAS as a compliance check of the BIP obligation, the timeline and the court brief
        JsonNode checks = api.get("bas", "/api/v1/obligations/" + obligation).json().get("checks");
        assertThat(checks.toString()).contains("BIP_REPORT").contains(cumulative + " of 26");
        assertThat(api.get("bas", "/api/v1/perpetrators/" + f.perpetratorId() + "/timeline").body())
                .contains("BIP_REPORT").contains(cumulative + " of 26 in all");
        JsonNode brief = api.get("bas", "/api/v1/cases/" + f.caseId() + "/court-brief").json();
        assertThat(brief.get("programs").get(0).get("attended").asInt()).isEqualTo(26);
        assertThat(api.get("bas", "/api/v1/bip/monthly-reports?month=" + month).body()).contains(report.get("id")
                .asString());
        assertThat(api.post("casemanager", "/api/v1/bip/monthly-reports/" + report.get("id").asString()
                + "/acknowledgment", "").status()).as("not the case manager's case").isEqualTo(404);
        JsonNode ack = api.post("bas", "/api/v1/bip/monthly-reports/" + report.get("id").asString()
                + "/acknowledgment", "").json();
        assertThat(ack.get("acknowledgedByYou").asBoolean()).isTrue();
        assertThat(ack.get("acknowledgments").get(0).get("role").asString()).isEqualTo("BAS");
        String pdf = Pdfs.text(api.bytes("cpi", "/api/v1/bip/monthly-reports/" + report.get("id").asString()
                + "/report.pdf", "application/pdf"));
        assertThat(pdf).contains(f.perpetratorName()).contains(cumulative + " of 26").contains("no prediction");

        // the end: attended 26 of 26, never completed
        Api.Response end = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/discharge", Api.json(Map.of(
                "dischargeReason", "ATTENDED_26_OF_26", "dischargedOn", AgencyTime.today().toString())));
        assertThat(end.status()).as(end.body()).isEqualTo(200);
        assertThat(end.json().get("status").asString()).isEqualTo("DISCHARGED");
        String page = PageSession.signIn(port, "cpi").get("/bip/referrals/" + referral).body();
        assertThat(page).contains("Attended 26 of 26 sessions");
        assertThat(page.toLowerCase()).doesNotContain("graduat").doesNotContain("completed the");
    }

    @Test
    void twoProvidersEachSeeOnlyTheirOwnReferralsAndNothingOfTheSurvivor() {
        Api api = new Api(port);
        Family f = family(api);
        Provider mine = provider("Program mine");
        Provider other = provider("Program other");

        // a reason that names the survivor, the child, their phone or a DV center is refused, and nothing is saved
        for (String leaking : List.of("He hit " + f.canary() + " at home.", "He hit " + f.canary() + "kid.",
                "Call her at " + f.survivorPhone() + ".", "She stays at the Harbor Light Domestic Violence Center.",
                "He broke in at " + f.survivorStreet() + ".")) {
            Api.Response refused = api.post("cpi", "/api/v1/bip/referrals", Api.json(Map.of("caseId", f.caseId(),
                    "perpetratorId", f.perpetratorId(), "providerId", mine.id(), "reason", leaking,
                    "courtOrdered", false)));
            assertThat(refused.status()).as(leaking).isEqualTo(400);
            assertThat(refused.body()).as(leaking).contains("\"field\":\"reason\"");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM bip_referral WHERE perpetrator_id = ?::uuid")
                .param(f.perpetratorId()).query(Long.class).single()).isZero();
        String referral = refer(api, f, mine, Map.of());
        String group = group(api, mine, "Men " + f.canary().substring(8), "MALE", false);
        enrolled(api, mine, referral, group, 70);
        LocalDate day = AgencyTime.today().minusDays(60);
        assertThat(session(api, mine, group, day, List.of(Map.of("referralId", referral, "attendance", "PRESENT",
                "admittedViolence", true))).status()).isEqualTo(201);
        String month = YearMonth.from(day).toString();
        String report = api.post(mine.user(), "/api/v1/bip/referrals/" + referral + "/monthly-reports",
                Api.json(Map.of("month", month, "comment", "He described the choking."))).json().get("id").asString();

        // the other provider: 404 on everything of it, nothing of it in its lists
        for (String path : List.of("/api/v1/bip/referrals/" + referral, "/api/v1/bip/groups/" + group,
                "/api/v1/bip/monthly-reports/" + report, "/api/v1/bip/monthly-reports/" + report + "/report.pdf")) {
            assertThat(api.get(other.user(), path).status()).as(path).isEqualTo(404);
        }
        for (String action : List.of("decision", "intake", "enrollment", "discharge", "monthly-reports")) {
            assertThat(api.post(other.user(), "/api/v1/bip/referrals/" + referral + "/" + action, "{}").status())
                    .as(action).isIn(400, 404);
            assertThat(api.post(other.user(), "/api/v1/bip/referrals/" + referral + "/" + action,
                    Api.json(Map.of("decision", "ACCEPTED"))).status()).as(action).isIn(400, 404);
        }
        assertThat(api.post(other.user(), "/api/v1/bip/referrals/" + referral + "/decision",
                Api.json(Map.of("decision", "DECLINED", "declineReason", "NO_CAPACITY"))).status()).isEqualTo(404);
        assertThat(api.post(other.user(), "/api/v1/bip/groups/" + group + "/sessions", Api.json(Map.of("heldOn",
                day.plusDays(7).toString(), "attendance", List.of(present(referral))))).status()).isEqualTo(404);
        for (String list : List.of("/api/v1/bip/referrals", "/api/v1/bip/monthly-reports", "/api/v1/bip/groups",
                "/api/v1/bip/reports-due")) {
            assertThat(api.get(other.user(), list).body()).as(list).doesNotContain(referral).doesNotContain(report);
        }
        PageSession otherPages = PageSession.signIn(port, other.user());
        assertThat(otherPages.get("/bip/referrals/" + referral).statusCode()).isEqualTo(404);
        assertThat(otherPages.get("/bip").body()).doesNotContain(f.perpetratorName());

        // the provider itself: every page, answer and PDF, without a trace of the survivor or the child
        PageSession pages = PageSession.signIn(port, mine.user());
        List<String> seen = new ArrayList<>();
        for (String path : List.of("/", "/bip", "/bip/referrals/" + referral, "/bip/groups", "/bip/groups/" + group,
                "/bip/monthly-reports/" + report, "/bip/groups/" + group + "/attendance-template.csv")) {
            var page = pages.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            seen.add(page.body());
        }
        seen.add(Pdfs.text(pages.getBytes("/bip/monthly-reports/" + report + "/report.pdf")));
        for (String path : List.of("/api/v1/bip/referrals", "/api/v1/bip/referrals/" + referral,
                "/api/v1/bip/monthly-reports", "/api/v1/bip/monthly-reports/" + report, "/api/v1/bip/groups",
                "/api/v1/bip/groups/" + group, "/api/v1/bip/reports-due", "/api/v1/bip/rules")) {
            Api.Response r = api.get(mine.user(), path);
            assertThat(r.status()).as(path).isEqualTo(200);
            seen.add(r.body());
        }
        seen.add(Pdfs.text(api.bytes(mine.user(), "/api/v1/bip/monthly-reports/" + report + "/report.pdf",
                "application/pdf")));
        String caseNumber = api.get("cpi", "/api/v1/cases/" + f.caseId()).json().get("caseNumber").asString();
        String phoneDigits = f.survivorPhone().replaceAll("\\D", "");
        for (String body : seen) {
            assertThat(body).doesNotContain(f.canary()).doesNotContain("Harbor Light").doesNotContain(caseNumber)
                    .doesNotContain(f.survivorPhone()).doesNotContain(phoneDigits.substring(3))
                    .doesNotContain(f.caseId());
        }
        // he is seen, his own address too; the phone he shares with the survivor is not
        JsonNode participant = api.get(mine.user(), "/api/v1/bip/referrals/" + referral).json().get("participant");
        assertThat(participant.get("firstName").asString()).isEqualTo("Marco");
        assertThat(participant.toString()).contains("9 Far Away Road");
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + referral + "&action=READ&actor=" + mine.user())
                .json().get("total").asInt()).isGreaterThanOrEqualTo(1);
        // workers and the BAS do see the case's referral; no other role does
        assertThat(api.get("bas", "/api/v1/bip/referrals?caseId=" + f.caseId()).body()).contains(referral);
        assertThat(api.get("advocate", "/api/v1/bip/referrals").status()).isEqualTo(403);
    }

    @Test
    void whatTheProviderReadsIsCheckedAgainAsTheCaseChanges() {
        Api api = new Api(port);
        Family f = family(api);
        Provider p = provider("Program later");
        // a family name alone, a DV center by its short name: refused like a whole name
        for (String leaking : List.of("The Lane children are scared of him.", "She went to Harbor Light.")) {
            Api.Response refused = api.post("cpi", "/api/v1/bip/referrals", Api.json(Map.of("caseId", f.caseId(),
                    "perpetratorId", f.perpetratorId(), "providerId", p.id(), "reason", leaking,
                    "courtOrdered", false)));
            assertThat(refused.status()).as(leaking).isEqualTo(400);
        }
        String later = "Zqlater" + UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "x");
        String referral = refer(api, f, p, Map.of("reason", "He threatened " + later + " with a knife."));
        assertThat(api.get(p.user(), "/api/v1/bip/referrals/" + referral).body()).contains(later);
        // the person it names is recorded later: the provider no longer reads the reason; the worker still does
        person(api, f.caseId(), "OTHER_CAREGIVER", later, "Aunt", "Female", "5 Elsewhere Road", null);
        assertThat(api.get(p.user(), "/api/v1/bip/referrals/" + referral).body()).doesNotContain(later)
                .contains("Withheld");
        assertThat(api.get(p.user(), "/api/v1/bip/referrals").body()).doesNotContain(later);
        assertThat(api.get("cpi", "/api/v1/bip/referrals/" + referral).body()).contains(later);
        // a report's readers are the case's, not the provider's to know: it learns how many acknowledged it
        String group = group(api, p, "Men " + later, "MALE", false);
        enrolled(api, p, referral, group, 60);
        assertThat(session(api, p, group, AgencyTime.today().minusDays(40), List.of(present(referral))).status())
                .isEqualTo(201);
        String report = api.post(p.user(), "/api/v1/bip/referrals/" + referral + "/monthly-reports",
                Api.json(Map.of("month", YearMonth.from(AgencyTime.today().minusDays(40)).toString(),
                        "comment", "He attended."))).json().get("id").asString();
        api.post("bas", "/api/v1/bip/monthly-reports/" + report + "/acknowledgment", "");
        JsonNode seen = api.get(p.user(), "/api/v1/bip/monthly-reports/" + report).json();
        assertThat(seen.has("acknowledgments")).isFalse();
        assertThat(seen.get("acknowledgedCount").asInt()).isEqualTo(1);
        // his own e-mail that names the survivor is not shown to the provider
        assertThat(api.patch("cpi", "/api/v1/people/" + f.perpetratorId(), Api.json(Map.of("email",
                f.canary() + ".lane@example.org"))).status()).isEqualTo(200);
        JsonNode participant = api.get(p.user(), "/api/v1/bip/referrals/" + referral).json().get("participant");
        assertThat(participant.toString()).doesNotContain(f.canary()).contains("9 Far Away Road");
        // the person referred is recorded again as a survivor (a mistake corrected): the provider sees him no more
        Api.Response corrected = api.patch("cpi", "/api/v1/people/" + f.perpetratorId(),
                Api.json(Map.of("role", "SURVIVOR")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(api.get(p.user(), "/api/v1/bip/referrals/" + referral).status()).isEqualTo(404);
        assertThat(api.get(p.user(), "/api/v1/bip/referrals").body()).doesNotContain(referral);
        assertThat(api.get(p.user(), "/api/v1/bip/groups/" + group).body()).doesNotContain(f.perpetratorName());
    }

    @Test
    void aReferralExpiresOnItsDateAndARenewalKeepsItsSessions() {
        Api api = new Api(port);
        Family f = family(api);
        Provider p = provider("Program expiry");
        String referral = refer(api, f, p, Map.of());
        String group = group(api, p, "Men " + f.canary().substring(8), "MALE", false);
        enrolled(api, p, referral, group, 364);
        assertThat(session(api, p, group, AgencyTime.today().minusDays(300), List.of(present(referral))).status())
                .isEqualTo(201);
        // the day before its expiry it still takes sessions; on the day it expires it takes none
        jdbc.sql("UPDATE bip_referral SET expires_on = ? WHERE id = ?::uuid")
                .params(AgencyTime.today().plusDays(1), referral).update();
        assertThat(api.get("cpi", "/api/v1/bip/referrals/" + referral).json().get("referral").get("status")
                .asString()).isEqualTo("ATTENDING");
        jdbc.sql("UPDATE bip_referral SET expires_on = ? WHERE id = ?::uuid").params(AgencyTime.today(), referral)
                .update();
        assertThat(api.get("cpi", "/api/v1/bip/referrals/" + referral).json().get("referral").get("status")
                .asString()).isEqualTo("EXPIRED");
        Api.Response late = session(api, p, group, AgencyTime.today(), List.of(present(referral)));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("expired");
        // a renewal: a new referral of the same program, its earlier session counted and in view
        Api.Response renewal = api.post("cpi", "/api/v1/bip/referrals", Api.json(Map.of("caseId", f.caseId(),
                "perpetratorId", f.perpetratorId(), "providerId", p.id(), "reason", "Renewed to finish the program.",
                "courtOrdered", false, "renewsId", referral)));
        assertThat(renewal.status()).as(renewal.body()).isEqualTo(201);
        assertThat(renewal.json().get("referral").get("attended").asInt()).isEqualTo(1);
        assertThat(renewal.json().get("referral").get("status").asString()).isEqualTo("SENT");
        assertThat(renewal.json().get("sessions").size()).isEqualTo(1);
        assertThat(api.post("cpi", "/api/v1/bip/referrals", Api.json(Map.of("caseId", f.caseId(),
                "perpetratorId", f.perpetratorId(), "providerId", p.id(), "reason", "Again.",
                "courtOrdered", false, "renewsId", referral))).status()).as("renewed once").isEqualTo(400);
    }

    @Test
    void oneBadLineAndTheImportSavesNothing() {
        Api api = new Api(port);
        Provider p = provider("Program import");
        String group = group(api, p, "Men import", "MALE", true);
        List<Family> families = List.of(family(api), family(api));
        api.post(p.user(), "/api/v1/bip/rules", Api.json(Map.of("text", "Arrive on time")));
        for (Family f : families) {
            enrolled(api, p, refer(api, f, p, Map.of()), group, 30);
        }
        LocalDate day = AgencyTime.today().minusDays(7);
        String good = "participant,attendance,fee_due,fee_paid,rules_broken,admitted\n"
                + families.get(0).perpetratorName() + ",present,25,25,Arrive on time,yes\n";
        String bad = good + families.get(1).perpetratorName() + ",sleeping,25,abc,,maybe\n"
                + "Nobody Here,absent,,,,\n";
        String path = "/api/v1/bip/groups/" + group + "/sessions/import?heldOn=" + day;
        Api.Response preview = api.upload(p.user(), path + "&preview=true", Map.of(), "file", "a.csv", bytes(bad));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode lines = preview.json().get("lines");
        assertThat(preview.json().get("valid").asBoolean()).isFalse();
        assertThat(lines.get(0).get("errors").size()).isZero();
        assertThat(lines.get(1).get("errors").size()).isEqualTo(3); // attendance, fee paid, admitted
        assertThat(lines.get(2).get("errors").toString()).contains("Nobody Here");
        Api.Response refused = api.upload(p.user(), path, Map.of(), "file", "a.csv", bytes(bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM bip_session WHERE group_id = ?::uuid").param(group)
                .query(Long.class).single()).as("nothing saved").isZero();
        String fixed = good + families.get(1).perpetratorName().toUpperCase() + ",excused,25,0,,\n";
        Api.Response saved = api.upload(p.user(), path, Map.of(), "file", "a.csv", bytes(fixed));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM bip_attendance a JOIN bip_session s ON s.id = a.session_id"
                + " WHERE s.group_id = ?::uuid").param(group).query(Long.class).single()).isEqualTo(2);
        // the page: the file is checked first, then saved whole
        PageSession pages = PageSession.signIn(port, p.user());
        assertThat(pages.get("/bip/groups/" + group + "/attendance-template.csv").body())
                .contains(families.get(0).perpetratorName());
    }
}
