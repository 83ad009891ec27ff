package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.directory.Role;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/**
 * A CPI writes a unique survivor address, phone and child's school; none of them appears in any page or API
 * response for the roles that must never see survivor-services information (C.1.1), whatever endpoint of the
 * authorization matrix they call with the canary's ids, while the BAS still sees the case and the perpetrator.
 */
@IntegrationTest
class SurvivorCanaryIntegrationTests {

    static final List<Role> MUST_NOT_SEE = List.of(Role.BAS, Role.ADMIN, Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER,
            Role.BIP_PROVIDER, Role.DV_ADVOCATE);

    static String canary;
    static String caseId;
    static String survivorId;
    static String childId;
    static String perpetratorId;
    static String surname;

    @LocalServerPort
    int port;

    @BeforeAll
    static void writeCanary(@LocalServerPort int port) {
        Api api = new Api(port);
        canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        caseId = Fixtures.openCase(api, "cpi");
        survivorId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1 " + canary + " Street", "555-" + canary);
        childId = Fixtures.addPerson(api, "cpi", caseId, "CHILD", "2 " + canary + " Street", "556-" + canary);
        Fixtures.addPerson(api, "cpi", caseId, "OTHER_CAREGIVER", "3 " + canary + " Street", "557-" + canary);
        perpetratorId = Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "9 Perp Visible Road", "555-9999");
        surname = api.get("cpi", "/api/v1/people/" + survivorId).json().get("lastName").asString();
        // a change of address, so that the change history holds the canary too
        Api.Response changed = api.patch("cpi", "/api/v1/people/" + survivorId,
                "{\"address\":{\"line1\":\"4 " + canary + " Avenue\"},\"shelterStatus\":\"IN_SHELTER_" + canary + "\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("4 " + canary + " Avenue");
    }

    @Test
    void theCanaryIsNowhereForRolesThatMustNotSeeIt() {
        Api api = new Api(port);
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Role role : MUST_NOT_SEE) {
            String user = AuthorizationMatrixIntegrationTests.DEMO_USERS.get(role);
            PageSession session = PageSession.signIn(port, user);
            for (String path : paths()) {
                String body = path.startsWith("/api/") ? api.get(user, path).body() : session.get(path).body();
                checked++;
                if (body != null && body.contains(canary)) {
                    leaks.add(role + " " + path);
                }
            }
        }
        assertThat(checked).isGreaterThan(MUST_NOT_SEE.size() * 10);
        assertThat(leaks).as("responses that reveal survivor-services information").isEmpty();
    }

    @Test
    void theBasSeesTheCaseAndThePerpetratorButNoSurvivorContactField() {
        Api api = new Api(port);
        Api.Response response = api.get("bas", "/api/v1/cases/" + caseId);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains(surname).contains("9 Perp Visible Road").doesNotContain(canary);
        for (var person : response.json().get("people")) {
            boolean perpetrator = person.get("role").asString().equals("PERPETRATOR");
            for (String field : List.of("address", "phone", "email", "workplace", "schoolOrChildCare", "shelterStatus")) {
                if (!perpetrator) {
                    assertThat(person.has(field)).as(field + " of a " + person.get("role")).isFalse();
                }
            }
        }
        assertThat(api.get("bas", "/api/v1/people/" + survivorId).json().has("address")).isFalse();
        assertThat(api.get("bas", "/api/v1/people/" + perpetratorId).json().has("address")).isTrue();
        String page = PageSession.signIn(port, "bas").get("/cases/" + caseId).body();
        assertThat(page).contains(surname).contains("9 Perp Visible Road").doesNotContain(canary);
    }

    @Test
    void theCpiWhoWroteItSeesIt() {
        Api api = new Api(port);
        assertThat(api.get("cpi", "/api/v1/cases/" + caseId).body()).contains(canary);
        assertThat(PageSession.signIn(port, "cpi").get("/cases/" + caseId).body()).contains(canary);
        assertThat(PageSession.signIn(port, "cpi").get("/people/" + survivorId + "/history").body()).contains(canary);
    }

    /** Every GET endpoint of the matrix with the canary's ids, and the searches that could find it. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, AuthorizationMatrix.Rule> e : AuthorizationMatrix.RULES.entrySet()) {
            String[] parts = e.getKey().split(" ");
            if (!parts[0].equals("GET")) {
                continue;
            }
            for (String person : List.of(survivorId, childId)) {
                paths.add(AuthorizationMatrixIntegrationTests.concrete(parts[1], caseId, person));
            }
        }
        paths.add("/cases?q=" + surname);
        paths.add("/api/v1/cases?q=" + surname);
        paths.add("/api/v1/cases?q=" + canary);
        paths.add("/admin/audit?entityId=" + survivorId);
        paths.add("/api/v1/audit?entityId=" + survivorId);
        return paths.stream().distinct().toList();
    }
}
