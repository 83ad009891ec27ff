package org.tutela.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.support.Api;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/**
 * The pickers' searches (issue 9): the assigned-workers search lists only the workers the case form offers (enabled
 * CPIs, case managers and supervisors of the user's region), never another region's, a disabled user, a BAS, an
 * advocate or an administrator, and keeps the ticked ones; the consulted professional's search is the BAS's, over
 * the same professionals at the agencies the consultation form offers. Both refuse the roles that may not use the
 * forms.
 */
@IntegrationTest
class WorkerPickerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static String elsewhere;
    static String disabled;

    /** A CPI of another region and a disabled CPI of the demo region, both named "Casey" like the demo CPI. */
    @BeforeAll
    static void users(@Autowired JdbcClient jdbc) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID region = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(region, "Picker Region " + tag).update();
        // of a type no other test looks its demo organization up by (a second DCF would be found instead of the demo's)
        jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, 'LAW_ENFORCEMENT', ?)")
                .params(organization, "Zz Far Away Sheriff " + tag, region).update();
        elsewhere = "Casey Farawayworker" + tag;
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash)
                VALUES (?, ?, ?, 'CPI', ?, 'x')""").params(UUID.randomUUID(), "far" + tag, elsewhere, organization).update();
        disabled = "Casey Disabledworker" + tag;
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash, enabled)
                SELECT ?, ?, ?, 'CPI', organization_id, 'x', false FROM app_user WHERE username = 'cpi'""")
                .params(UUID.randomUUID(), "off" + tag, disabled).update();
    }

    private String userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(UUID.class).single()
                .toString();
    }

    @Test
    void theWorkerSearchListsOnlyTheWorkersTheCaseFormOffers() {
        PageSession cpi = PageSession.signIn(port, "cpi");
        String all = cpi.get("/cases/assignable-workers?workerQuery=").body();
        assertThat(all).contains("Casey Investigator", "Morgan Manager", "Sam Supervisor")
                .doesNotContain("Bailey Specialist", "Avery Advocate", "Alex Admin", "Blake Provider", "Corey Contracts",
                        "Logan Leader", "Riley Newhire", elsewhere, disabled);
        // what the form itself offers, no more
        String form = cpi.get("/cases/new").body();
        assertThat(form).contains("Casey Investigator", "Morgan Manager", "Sam Supervisor")
                .doesNotContain("Bailey Specialist", elsewhere, disabled);

        String casey = cpi.get("/cases/assignable-workers?workerQuery=CASEY").body();
        assertThat(casey).contains("Casey Investigator", "One worker matches “<span translate=\"no\">CASEY</span>”.")
                .doesNotContain("Morgan Manager", elsewhere, disabled);
        // every word counts, in any case; "a" alone matches anyone with an a, still only the region's workers
        assertThat(cpi.get("/cases/assignable-workers?workerQuery=sam%20super").body()).contains("Sam Supervisor")
                .doesNotContain("Casey Investigator");
        assertThat(cpi.get("/cases/assignable-workers?workerQuery=a").body())
                .doesNotContain("Bailey Specialist", "Alex Admin", elsewhere, disabled);
        // wildcards are text
        assertThat(cpi.get("/cases/assignable-workers?workerQuery=%25").body()).contains("No worker matches")
                .doesNotContain("Casey Investigator");

        // a ticked worker stays (ticked) whatever the search
        String manager = userId("casemanager");
        String kept = cpi.get("/cases/assignable-workers?workerQuery=casey&assignedUserIds=" + manager).body();
        assertThat(kept).contains("Morgan Manager", "Casey Investigator");
        assertThat(kept).containsPattern("<input[^>]*checked[^>]*value=\"" + manager + "\"|<input[^>]*value=\""
                + manager + "\"[^>]*checked");
        // an id that is not a worker of the form is not shown, ticked or not
        String bas = userId("bas");
        assertThat(cpi.get("/cases/assignable-workers?assignedUserIds=" + bas).body()).doesNotContain("Bailey");
        assertThat(cpi.get("/cases/assignable-workers?assignedUserIds=not-an-id").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyTheRolesThatOpenOrChangeCasesSearchWorkers() {
        assertThat(PageSession.signIn(port, "casemanager").get("/cases/assignable-workers?workerQuery=casey")
                .statusCode()).isEqualTo(200);
        assertThat(PageSession.signIn(port, "supervisor").get("/cases/assignable-workers").statusCode()).isEqualTo(200);
        for (String user : new String[] {"bas", "advocate", "bip", "admin", "leader"}) {
            assertThat(PageSession.signIn(port, user).get("/cases/assignable-workers?workerQuery=casey").statusCode())
                    .as(user).isEqualTo(403);
        }
        HttpResponse<String> anonymous = PageSession.anonymous(port).get("/cases/assignable-workers?workerQuery=c");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theBasFindsTheConsultedProfessionalAmongTheRegionsProfessionals() {
        PageSession bas = PageSession.signIn(port, "bas");
        String found = bas.get("/consultations/professionals?professionalQuery=casey").body();
        assertThat(found).contains("Casey Investigator", "Child protective investigator",
                "DCF Suncoast Child Protective Investigations", "data-fill-professional", "One user matches “<span translate=\"no\">casey</span>”.")
                .doesNotContain(elsewhere, disabled);
        assertThat(bas.get("/consultations/professionals?professionalQuery=bailey").body())
                .doesNotContain("Bailey Specialist").contains("No user matches");
        assertThat(bas.get("/consultations/professionals?professionalQuery=").body())
                .doesNotContain("data-fill-professional");
        // the consultation form offers the search, with the free-text fields beside it
        assertThat(bas.get("/consultations/new").body()).contains("id=\"professionalQuery\"", "id=\"professionalName\"");
        for (String user : new String[] {"cpi", "supervisor", "advocate", "admin"}) {
            assertThat(PageSession.signIn(port, user).get("/consultations/professionals?professionalQuery=casey")
                    .statusCode()).as(user).isEqualTo(403);
        }
        // the consultation API is as it was: free text for the professional
        assertThat(new Api(port).get("bas", "/api/v1/consultations").status()).isEqualTo(200);
    }
}
