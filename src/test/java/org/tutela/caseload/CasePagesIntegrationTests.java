package org.tutela.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/** The case pages as a form-posting browser uses them: open, edit (with a stale version), people, history. */
@IntegrationTest
class CasePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aCpiOpensACaseThroughTheFormAndSeesFieldErrorsFirst() {
        PageSession cpi = PageSession.signIn(port, "cpi");
        String form = cpi.get("/cases/new").body();
        assertThat(form).contains("name=\"caseNumber\"").contains("IPV_THREATENS_CHILD");
        HttpResponse<String> invalid = cpi.submit("/cases/new", "/cases", Map.of("caseNumber", "",
                "intakeDate", "2026-11-01"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("field-error").contains("Choose at least one and at most 20.");

        String number = Fixtures.uniqueCaseNumber();
        HttpResponse<String> created = cpi.submit("/cases/new", "/cases", Map.of("caseNumber", number,
                "intakeDate", "2026-11-01", "maltreatments", "IPV_THREATENS_CHILD"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String page = cpi.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains(number).contains("Intimate partner violence threatens child");
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndNothingIsOverwritten() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        PageSession cpi = PageSession.signIn(port, "cpi");
        String number = api.get("cpi", "/api/v1/cases/" + id).json().get("caseNumber").asString();
        Map<String, String> edit = new HashMap<>(Map.of("caseNumber", number, "intakeDate", "2026-10-05",
                "maltreatments", "IPV_THREATENS_CHILD", "version", "0"));
        HttpResponse<String> saved = cpi.submit("/cases/" + id + "/edit", "/cases/" + id, edit);
        assertThat(saved.statusCode()).isEqualTo(302);
        edit.put("intakeDate", "2026-10-06");
        HttpResponse<String> stale = cpi.submit("/cases/" + id + "/edit", "/cases/" + id, edit);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this record");
        assertThat(api.get("cpi", "/api/v1/cases/" + id).json().get("intakeDate").asString()).isEqualTo("2026-10-05");
        // the history in the reader's words: the day as the language writes it, the worker by name
        assertThat(cpi.get("/cases/" + id + "/history").body()).contains("Oct 5, 2026").contains("Casey Investigator")
                .doesNotContain(">cpi<");
    }

    @Test
    void aPersonIsAddedAndEditedThroughTheForms() {
        Api api = new Api(port);
        String id = Fixtures.openCase(api, "cpi");
        PageSession cpi = PageSession.signIn(port, "cpi");
        HttpResponse<String> missingName = cpi.submit("/cases/" + id + "/people/new", "/cases/" + id + "/people",
                Map.of("role", "SURVIVOR", "firstName", "", "lastName", "Formfield"));
        assertThat(missingName.statusCode()).isEqualTo(200);
        assertThat(missingName.body()).contains("firstName-error");
        HttpResponse<String> added = cpi.submit("/cases/" + id + "/people/new", "/cases/" + id + "/people",
                Map.of("role", "SURVIVOR", "firstName", "Wren", "lastName", "Formfield", "address.line1",
                        "8 Form Street", "phone", "305-555-0808", "dateOfBirth", "1990-01-02"));
        assertThat(added.statusCode()).isEqualTo(302);
        String personId = api.get("cpi", "/api/v1/cases/" + id).json().get("people").get(0).get("id").asString();
        String editForm = cpi.get("/people/" + personId + "/edit").body();
        assertThat(editForm).contains("8 Form Street");
        HttpResponse<String> edited = cpi.submit("/people/" + personId + "/edit", "/people/" + personId,
                Map.of("role", "SURVIVOR", "firstName", "Wren", "lastName", "Formfield", "address.line1",
                        "9 Moved Street", "phone", "305-555-0808", "version", "0"));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(api.get("cpi", "/api/v1/people/" + personId).json().get("address").get("line1").asString())
                .isEqualTo("9 Moved Street");
        String history = cpi.get("/people/" + personId + "/history").body();
        assertThat(history).contains("8 Form Street").contains("9 Moved Street");
        String basHistory = PageSession.signIn(port, "bas").get("/people/" + personId + "/history").body();
        assertThat(basHistory).doesNotContain("Form Street").doesNotContain("Moved Street");
    }

    @Test
    void theSearchPageAnswersHtmxWithTheResultsAlone() {
        PageSession bas = PageSession.signIn(port, "bas");
        String full = bas.get("/cases?q=alvarez").body();
        assertThat(full).contains("<html").contains("id=\"results\"").containsIgnoringCase("alvarez");
    }
}
