package org.tutela.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.tutela.support.TestFiles;
import tools.jackson.databind.JsonNode;

/**
 * C.1.6.1 end to end: a referral opens the case and the referred survivor's contact details to the center's advocates
 * (and nothing else); a release of information opens to the center's BAS what its scope names, in each state: none,
 * signed and live, scope not covering, expired, revoked; a survivor discussed at the weekly meeting under it.
 */
@IntegrationTest
class ConsentIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    record Family(String caseId, String survivorId, String childId, String canary) {
    }

    private Family family(Api api) {
        String canary = "Zqrefer" + UUID.randomUUID().toString().substring(0, 6);
        String caseId = Fixtures.openCase(api, "cpi");
        String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1 " + canary + " Lane", "305-555-0171");
        String child = Fixtures.addPerson(api, "cpi", caseId, "CHILD", "2 " + canary + "child Lane", "305-555-0172");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "9 Far Road", "305-555-0179");
        return new Family(caseId, survivor, child, canary);
    }

    /** The demo advocate's DV center (the tests add other DV centers to the region). */
    private String center() {
        return jdbc.sql("SELECT organization_id FROM app_user WHERE username = 'advocate'").query(UUID.class).single()
                .toString();
    }

    private String refer(Api api, Family f) {
        Api.Response r = api.post("cpi", "/api/v1/cases/" + f.caseId() + "/advocate-referrals",
                Api.json(Map.of("survivorId", f.survivorId(), "centerId", center())));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String release(Api api, Family f, List<String> scope, LocalDate signed, LocalDate expires) {
        Api.Response r = api.post("advocate", "/api/v1/rois", Api.json(Map.of("survivorId", f.survivorId(),
                "purposes", List.of("CONFIRM_ENROLLMENT", "SHARE_BATTERER_INFORMATION"), "scope", scope,
                "signedOn", signed.toString(), "expiresOn", expires.toString())));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static JsonNode advocacy(Api api, String user, Family f) {
        Api.Response r = api.get(user, "/api/v1/cases/" + f.caseId() + "/advocacy");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aReferralOpensTheCaseAndTheReferredSurvivorsContactToTheCentersAdvocatesOnly() {
        Api api = new Api(port);
        Family f = family(api);
        assertThat(api.get("advocate", "/api/v1/cases/" + f.caseId()).status()).as("not referred yet").isEqualTo(404);
        String referral = refer(api, f);
        assertThat(api.post("casemanager", "/api/v1/cases/" + f.caseId() + "/advocate-referrals",
                Api.json(Map.of("survivorId", f.survivorId(), "centerId", center()))).status()).as("not the case manager's case")
                .isEqualTo(404);
        Api.Response again = api.post("cpi", "/api/v1/cases/" + f.caseId() + "/advocate-referrals",
                Api.json(Map.of("survivorId", f.survivorId(), "centerId", center())));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"survivorId\"");
        assertThat(api.post("cpi", "/api/v1/cases/" + f.caseId() + "/advocate-referrals",
                Api.json(Map.of("survivorId", f.childId(), "centerId", center()))).body())
                .contains("\"field\":\"survivorId\"");

        // the advocate: the case, the survivor's address, not the child's
        Api.Response seen = api.get("advocate", "/api/v1/cases/" + f.caseId());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("1 " + f.canary() + " Lane").doesNotContain(f.canary() + "child");
        assertThat(PageSession.signIn(port, "advocate").get("/cases/" + f.caseId()).body())
                .contains("1 " + f.canary() + " Lane").doesNotContain(f.canary() + "child");
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + f.caseId() + "&action=READ_PROTECTED&actor=advocate")
                .json().get("total").asInt()).isGreaterThanOrEqualTo(1);
        // the BAS learns nothing of it; the case's CPI sees it waiting
        assertThat(advocacy(api, "bas", f).get("referrals").size()).isZero();
        assertThat(advocacy(api, "bas", f).get("enrollments").size()).isZero();
        assertThat(api.get("bas", "/api/v1/advocate-referrals").status()).isEqualTo(403);
        assertThat(advocacy(api, "cpi", f).get("referrals").get(0).has("outcome")).isFalse();
        // an advocate of another center sees nothing
        String other = advocateOfAnotherCenter();
        assertThat(api.get(other, "/api/v1/cases/" + f.caseId()).status()).isEqualTo(404);
        assertThat(api.get(other, "/api/v1/advocate-referrals").body()).doesNotContain(referral);

        Api.Response declined = api.post("advocate", "/api/v1/advocate-referrals/" + referral + "/outcome",
                Api.json(Map.of("outcome", "DECLINED", "on", AgencyTime.today().toString())));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(advocacy(api, "cpi", f).get("referrals").get(0).get("outcome").asString()).isEqualTo("DECLINED");
        assertThat(api.get("advocate", "/api/v1/cases/" + f.caseId()).status())
                .as("a declined referral closes the case to the advocate").isEqualTo(404);
        assertThat(api.post("advocate", "/api/v1/advocate-referrals/" + referral + "/outcome",
                Api.json(Map.of("outcome", "ENROLLED", "on", AgencyTime.today().toString()))).status())
                .isEqualTo(400);
    }

    @Test
    void theBasLearnsOfAnEnrollmentOnlyUnderALiveReleaseThatNamesIt() {
        Api api = new Api(port);
        Family f = family(api);
        String referral = refer(api, f);
        api.post("advocate", "/api/v1/advocate-referrals/" + referral + "/outcome",
                Api.json(Map.of("outcome", "ENROLLED", "on", AgencyTime.today().toString())));
        // none: nothing, not even that there is something
        assertThat(advocacy(api, "bas", f).get("enrollments").size()).isZero();
        assertThat(api.get("bas", "/api/v1/rois").body()).doesNotContain(f.survivorId());

        // signed and live, but its scope names the discussion only: still nothing of the enrollment
        String discussion = release(api, f, List.of("SURVIVOR_DISCUSSION"), AgencyTime.today(),
                AgencyTime.today().plusMonths(6));
        assertThat(advocacy(api, "bas", f).get("enrollments").size()).isZero();
        assertThat(api.get("bas", "/api/v1/rois/" + discussion).status()).isEqualTo(200);

        // signed and live, naming the enrollment: the BAS sees it, and the reading is audited
        String live = release(api, f, List.of("ENROLLMENT_STATUS"), AgencyTime.today().minusDays(3),
                AgencyTime.today().plusMonths(6));
        JsonNode enrollment = advocacy(api, "bas", f).get("enrollments").get(0);
        assertThat(enrollment.get("enrolled").asBoolean()).isTrue();
        assertThat(enrollment.get("releaseId").asString()).isEqualTo(live);
        assertThat(api.get("admin", "/api/v1/audit?entityId=" + live + "&action=READ_UNDER_RELEASE").json()
                .get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("bas", "/api/v1/rois").body()).contains(live, discussion);
        assertThat(PageSession.signIn(port, "bas").get("/cases/" + f.caseId() + "/advocacy").body())
                .contains("is enrolled in the services of");

        // revoked: it ends at once
        Api.Response revoked = api.post("advocate", "/api/v1/rois/" + live + "/revocation", Api.json(Map.of(
                "revokedOn", AgencyTime.today().toString(), "receivedHow", "BY_PHONE")));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("live").asBoolean()).isFalse();
        assertThat(advocacy(api, "bas", f).get("enrollments").size()).isZero();
        assertThat(api.get("bas", "/api/v1/rois/" + live).status()).isEqualTo(404);

        // expired: a live release whose end passes (moved into the past, as time would) ends too
        String expiring = release(api, f, List.of("ENROLLMENT_STATUS"), AgencyTime.today().minusDays(10),
                AgencyTime.today());
        assertThat(advocacy(api, "bas", f).get("enrollments").size()).isEqualTo(1);
        jdbc.sql("UPDATE release_of_information SET signed_on = signed_on - 30, expires_on = ? WHERE id = ?")
                .params(AgencyTime.today().minusDays(1), UUID.fromString(expiring)).update();
        assertThat(advocacy(api, "bas", f).get("enrollments").size()).isZero();
        assertThat(api.get("bas", "/api/v1/rois/" + expiring).status()).isEqualTo(404);
        assertThat(api.get("advocate", "/api/v1/rois/" + expiring).json().get("live").asBoolean()).isFalse();

        // the rules of a release
        Api.Response backwards = api.post("advocate", "/api/v1/rois", Api.json(Map.of("survivorId", f.survivorId(),
                "purposes", List.of("CONFIRM_ENROLLMENT"), "scope", List.of("ENROLLMENT_STATUS"),
                "signedOn", AgencyTime.today().toString(), "expiresOn", AgencyTime.today().minusDays(1).toString())));
        assertThat(backwards.body()).contains("\"field\":\"expiresOn\"");
        assertThat(api.post("advocate", "/api/v1/rois", Api.json(Map.of("survivorId", f.survivorId(),
                "purposes", List.of("CONFIRM_ENROLLMENT"), "scope", List.of("ENROLLMENT_STATUS"),
                "signedOn", AgencyTime.today().toString()))).body()).as("an expiry date is required")
                .contains("\"field\":\"expiresOn\"");
        assertThat(api.post("bas", "/api/v1/rois", Api.json(Map.of())).status()).isEqualTo(403);
        assertThat(api.get("contractmanager", "/api/v1/rois").status()).isEqualTo(403);
    }

    @Test
    void theSignedFormIsTheCentersAdvocatesAlone() {
        Api api = new Api(port);
        Family f = family(api);
        refer(api, f);
        Api.Response r = api.upload("advocate", "/api/v1/rois", Map.of("release", Api.json(Map.of("survivorId",
                f.survivorId(), "purposes", List.of("CONFIRM_ENROLLMENT"), "scope", List.of("ENROLLMENT_STATUS"),
                "signedOn", AgencyTime.today().toString(), "expiresOn", AgencyTime.today().plusDays(90).toString()))),
                "file", "signed release.pdf", TestFiles.PDF);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String form = r.json().get("documents").get(0).get("id").asString();
        assertThat(api.get("advocate", "/api/v1/documents/" + form).status()).isEqualTo(200);
        for (String user : List.of("bas", "cpi", "contractmanager", "supervisor", advocateOfAnotherCenter())) {
            assertThat(api.get(user, "/api/v1/documents/" + form).status()).as(user).isEqualTo(404);
        }
        assertThat(api.get("bas", "/api/v1/rois/" + r.json().get("id").asString()).body())
                .as("the BAS reads the live release, never its form").doesNotContain("signed release.pdf");
    }

    @Test
    void theCentersMeetingsCarryNoContactDetailOfASurvivorReferredToIt() {
        Api api = new Api(port);
        Family f = family(api);
        refer(api, f);
        Map<String, Object> meeting = new java.util.HashMap<>(Map.of("type", "CCR", "title", "CCR " + f.canary(),
                "startsAt", AgencyTime.today().atTime(9, 0).atZone(AgencyTime.ZONE).toOffsetDateTime().toString(),
                "lengthMinutes", 60, "delivery", "ONLINE", "agenda", "Safety plan for the survivor at 1 " + f.canary()
                        + " Lane", "notes", "Call her at (305) 555-0171."));
        long meetings = jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single();
        Api.Response refused = api.post("advocate", "/api/v1/meetings", Api.json(meeting));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"agenda\"", "\"field\":\"notes\"", "street",
                "phone number", "contract managers and program leaders read the center's meetings");
        assertThat(jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single()).isEqualTo(meetings);
        meeting.put("agenda", "Safety plan for the survivor.");
        meeting.put("notes", "Transport found.");
        Api.Response kept = api.post("advocate", "/api/v1/meetings", Api.json(meeting));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        String id = kept.json().get("id").asString();
        // changed on its page: the same
        org.tutela.support.PageSession page = org.tutela.support.PageSession.signIn(port, "advocate");
        java.net.http.HttpResponse<String> edited = page.submit("/meetings/" + id + "/edit", "/meetings/" + id,
                Map.of("type", "CCR", "title", "CCR " + f.canary(), "startsAt", AgencyTime.today().atTime(9, 0)
                                .toString(), "lengthMinutes", "60", "delivery", "ONLINE", "agenda", "Safety plan.",
                        "notes", "She moved to 1 " + f.canary() + " Lane.", "version",
                        kept.json().get("version").asString()));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body()).contains("contract managers and program leaders read the center");
        assertThat(api.get("advocate", "/api/v1/meetings/" + id).json().get("notes").asString())
                .isEqualTo("Transport found.");
        // the weekly meeting's action items and barriers too (carried to every later weekly meeting)
        String weekly = api.post("advocate", "/api/v1/meetings", Api.json(Map.of("type", "BAS_ADVOCATE_WEEKLY",
                "title", "Weekly " + f.canary(), "startsAt", AgencyTime.today().atTime(11, 0).atZone(AgencyTime.ZONE)
                        .toOffsetDateTime().toString(), "lengthMinutes", 60, "delivery", "IN_PERSON", "agenda",
                "Referrals"))).json().get("id").asString();
        Api.Response action = api.post("advocate", "/api/v1/meetings/" + weekly + "/items", Api.json(Map.of(
                "kind", "ACTION", "description", "Drive her to 1 " + f.canary() + " Lane", "owner", "Avery Advocate",
                "dueOn", AgencyTime.today().plusDays(7).toString())));
        assertThat(action.status()).isEqualTo(400);
        assertThat(action.body()).contains("\"field\":\"description\"");
        assertThat(api.post("advocate", "/api/v1/meetings/" + weekly + "/items", Api.json(Map.of("kind", "BARRIER",
                "description", "No phone but 305.555.0171"))).status()).isEqualTo(400);
        assertThat(api.get("bas", "/api/v1/meetings/" + weekly).body()).doesNotContain(f.canary() + " Lane",
                "555.0171");
    }

    @Test
    void aReleaseSharesOnlyWhatOneOfItsPurposesNeeds() {
        Api api = new Api(port);
        Family f = family(api);
        refer(api, f);
        Api.Response r = api.post("advocate", "/api/v1/rois", Api.json(Map.of("survivorId", f.survivorId(),
                "purposes", List.of("CONFIRM_ENROLLMENT"), "scope", List.of("ENROLLMENT_STATUS", "SURVIVOR_DISCUSSION"),
                "signedOn", AgencyTime.today().toString(), "expiresOn", AgencyTime.today().plusDays(90).toString())));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"scope\"");
        assertThat(api.get("advocate", "/api/v1/rois").body()).doesNotContain(f.survivorId());
    }

    @Test
    void aSurvivorIsDiscussedAtTheWeeklyMeetingOnlyUnderALiveReleaseAndHiddenWhenItEnds() {
        Api api = new Api(port);
        Family f = family(api);
        refer(api, f);
        String meeting = api.post("bas", "/api/v1/meetings", Api.json(Map.of("type", "BAS_ADVOCATE_WEEKLY",
                "title", "Weekly " + f.canary(), "startsAt", AgencyTime.today().atTime(10, 0).atZone(AgencyTime.ZONE)
                        .toOffsetDateTime().toString(), "lengthMinutes", 60, "delivery", "IN_PERSON", "agenda",
                "Referrals"))).json().get("id").asString();
        String note = "Zqdiscussed " + f.canary() + ": he bought a gun last month";
        Api.Response without = api.post("bas", "/api/v1/meetings/" + meeting + "/items", Api.json(Map.of("kind",
                "SURVIVOR", "description", note)));
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body()).contains("\"field\":\"releaseId\"");
        String enrollmentOnly = release(api, f, List.of("ENROLLMENT_STATUS"), AgencyTime.today(),
                AgencyTime.today().plusDays(60));
        assertThat(api.post("bas", "/api/v1/meetings/" + meeting + "/items", Api.json(Map.of("kind", "SURVIVOR",
                "description", note, "releaseId", enrollmentOnly))).status()).as("its scope does not name it")
                .isEqualTo(400);
        String release = release(api, f, List.of("SURVIVOR_DISCUSSION"), AgencyTime.today(),
                AgencyTime.today().plusDays(60));
        Api.Response item = api.post("bas", "/api/v1/meetings/" + meeting + "/items", Api.json(Map.of("kind",
                "SURVIVOR", "description", note, "releaseId", release)));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(item.json().get("releaseId").asString()).isEqualTo(release);
        assertThat(api.get("bas", "/api/v1/meetings/" + meeting).body()).contains(note);
        assertThat(api.get("contractmanager", "/api/v1/meetings/" + meeting).body()).doesNotContain("Zqdiscussed");
        assertThat(api.get("leader", "/api/v1/meetings/" + meeting).body()).doesNotContain("Zqdiscussed");
        assertThat(api.get("contractmanager", "/api/v1/meetings?quarter=" + org.tutela.shared.FiscalQuarter
                .containing(AgencyTime.today(), 7).name()).body()).doesNotContain("Zqdiscussed");
        api.post("advocate", "/api/v1/rois/" + release + "/revocation", Api.json(Map.of("revokedOn",
                AgencyTime.today().toString(), "receivedHow", "IN_WRITING")));
        assertThat(api.get("bas", "/api/v1/meetings/" + meeting).body()).as("revoked: hidden from the BAS at once")
                .doesNotContain("Zqdiscussed");
        assertThat(api.get("advocate", "/api/v1/meetings/" + meeting).body()).as("the advocate's own record")
                .contains(note);
    }

    /** An advocate of another DV center of the region. */
    private String advocateOfAnotherCenter() {
        UUID org = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO organization (id, name, type, region_id)
                SELECT ?, ?, 'DV_CENTER', region_id FROM organization WHERE type = 'DV_CENTER' ORDER BY name LIMIT 1""")
                .params(org, "Other Advocacy Center " + org).update();
        String username = "xotheradv" + org.toString().substring(0, 8);
        jdbc.sql("INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash) "
                + "VALUES (?, ?, ?, 'DV_ADVOCATE', ?, ?)").params(UUID.randomUUID(), username, "Other Advocate", org,
                encoder.encode(Api.PASSWORD)).update();
        return username;
    }
}
