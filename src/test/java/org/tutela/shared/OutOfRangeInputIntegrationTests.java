package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/** Values that parse but that no record can hold: dates far off, offsets PostgreSQL refuses, pages below zero. */
@IntegrationTest
class OutOfRangeInputIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aDateOutsideTheCenturiesOfPracticeIsRefusedInEveryJsonFieldAndForm() {
        Api api = new Api(port);
        String caseId = Fixtures.openCase(api, "cpi");
        Fixtures.addPerson(api, "cpi", caseId, "PERPETRATOR", "4 Range Road", "305-555-4444");
        for (String date : new String[] {"+5874898-01-01", "-5000-01-01", "+999999999-12-31", "1899-12-31"}) {
            Api.Response r = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring",
                    "{\"startedOn\":\"" + date + "\"}");
            assertThat(r.status()).as(date).isEqualTo(400);
            assertThat(r.body()).as(date).contains("startedOn").contains("between 1900 and 2199");
        }
        Api.Response started = api.post("bas", "/api/v1/cases/" + caseId + "/monitoring", "{}");
        assertThat(started.status()).isEqualTo(201);
        String monitoringId = started.json().get("id").asString();
        Api.Response end = api.post("bas", "/api/v1/monitoring/" + monitoringId + "/end",
                "{\"endedOn\":\"+999999999-12-31\",\"reason\":\"x\"}");
        assertThat(end.status()).isEqualTo(400);
        assertThat(end.body()).contains("endedOn");

        var page = PageSession.signIn(port, "bas").submit("/monitoring/" + monitoringId,
                "/monitoring/" + monitoringId + "/end", Map.of("endedOn", "+5874898-01-01", "reason", "x"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("between 1900 and 2199");
        assertThat(api.get("bas", "/api/v1/monitoring/" + monitoringId).json().get("endedOn").isNull()).isTrue();
    }

    @Test
    void anOffsetPostgreSqlCannotHoldIsReadAsTheSameInstant() {
        Api api = new Api(port);
        assertThat(api.get("admin", "/api/v1/audit?from=2026-01-01T00:00:00%2B18:00").status()).isEqualTo(200);
        Api.Response far = api.get("admin", "/api/v1/audit?from=%2B50000-01-01T00:00:00Z");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.body()).contains("from");
    }

    @Test
    void aPageBelowZeroInAPageAddressIsABadRequestNotAnError() {
        assertThat(PageSession.signIn(port, "bas").get("/cases?page=-1").statusCode()).isEqualTo(400);
        assertThat(PageSession.signIn(port, "bas").get("/consultations?page=-1").statusCode()).isEqualTo(400);
        assertThat(PageSession.signIn(port, "admin").get("/admin/audit?page=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void parametersThatAreNotUtf8AreABadRequest() {
        // %ED%A0%80 is half of a surrogate pair in UTF-8: Tomcat cannot read the parameters at all
        assertThat(PageSession.signIn(port, "bas").get("/cases?q=%ED%A0%80").statusCode()).isEqualTo(400);
        assertThat(PageSession.signIn(port, "bas").get("/consultations?q=%ED%A0%80").statusCode()).isEqualTo(400);
        Api.Response r = new Api(port).get("bas", "/api/v1/cases?q=%ED%A0%80");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("parameters");
    }
}
