package org.tutela.home;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.access.CaseAccess;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.Caseloads;
import org.tutela.compliance.Obligations;
import org.tutela.compliance.ObligationsDue;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.ConsultationReason;
import org.tutela.consultation.ConsultationRequest;
import org.tutela.consultation.ConsultationRequests;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.FiscalQuarter;
import org.tutela.reporting.Measure;
import org.tutela.reporting.StopBasReports;
import org.tutela.shared.PageOf;

@WebMvcTest(HomePageController.class)
@Import({WebSliceSecurity.class, Today.class, org.tutela.shared.Messages.class})
class HomePageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationLog consultations;

    @MockitoBean
    org.tutela.consent.Advocacy advocacy;

    @MockitoBean
    org.tutela.bip.BipReferrals bip;

    @MockitoBean
    org.tutela.bip.BipReports bipReports;

    @MockitoBean
    ConsultationRequests requests;

    @MockitoBean
    Obligations obligations;

    @MockitoBean
    ObligationsDue due;

    @MockitoBean
    StaffingCalendar calendar;

    @MockitoBean
    Caseloads caseloads;

    @MockitoBean
    CaseAccess access;

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    StopBasReports reports;

    @MockitoBean
    org.tutela.deadlines.ContractDeadlines deadlines;

    @BeforeEach
    void nothingWaits() {
        when(reports.running(any())).thenReturn(new StopBasReports.RunningMeasures(new FiscalQuarter(2026, 2, 7),
                new Measure(3, 4, new java.math.BigDecimal("75.0"), false, List.of()),
                new Measure(9, 10, new java.math.BigDecimal("90.0"), true, List.of())));
        when(reports.currentQuarter()).thenReturn(new FiscalQuarter(2026, 2, 7));
        when(requests.list(any(), any(), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 20, 0));
        when(requests.openOn(any(), any())).thenReturn(Map.of());
        when(caseloads.assignedTo(any(), anyInt())).thenReturn(new Caseloads.Part<>(List.of(), 0));
        when(caseloads.unassigned(any(), anyInt())).thenReturn(new Caseloads.Part<>(List.of(), 0));
    }

    @Test
    void theBasSeesTheQuartersMeasuresAgainstTheTargetWithTheRateBelowItFlagged() throws Exception {
        mvc.perform(get("/").with(as(Role.BAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("never shown to a BAS")))
                .andExpect(content().string(Matchers.containsString("href=\"/cases\"")))
                .andExpect(content().string(Matchers.containsString("75.0%")))
                .andExpect(content().string(Matchers.containsString("90.0%")))
                .andExpect(content().string(Matchers.containsString("3 of 4 CBC/CMO cases")))
                .andExpect(content().string(Matchers.containsString("the target for each is 90%")))
                // E.1.1 at 75% is flagged; E.1.2 at 90% is not
                .andExpect(content().string(Matchers.containsString("class=\"measure below\"")))
                .andExpect(content().string(Matchers.containsString("Below the target")))
                .andExpect(content().string(Matchers.containsString("No request for a staffing or hearing waits")))
                .andExpect(content().string(Matchers.containsString("No request for a consultation waits for you.")));
    }

    @Test
    void aCpiSeesWhatEachCaseLacksWithLinksToRecordItAndMayOpenACase() throws Exception {
        UUID caseId = UUID.randomUUID();
        when(access.canCreateCase(any())).thenReturn(true);
        when(caseloads.assignedTo(any(), anyInt())).thenReturn(new Caseloads.Part<>(List.of(new Caseloads.OpenCase(
                caseId, "2026-T-1", CaseStatus.INVESTIGATION, LocalDate.of(2026, 11, 2),
                EnumSet.of(Caseloads.Gap.NO_PERPETRATOR, Caseloads.Gap.NO_CHILD))), 25));
        mvc.perform(get("/").with(as(Role.CPI)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/cases/new\"")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/cases/" + caseId + "/people/new?role=PERPETRATOR\"")))
                .andExpect(content().string(Matchers.containsString("No perpetrator recorded")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/cases/" + caseId + "/people/new?role=CHILD\"")))
                .andExpect(content().string(Matchers.containsString(
                        "href=\"/cases/" + caseId + "/consultation-requests/new\"")))
                .andExpect(content().string(Matchers.containsString("Showing 1 of 25.")))
                .andExpect(content().string(Matchers.containsString("<time datetime=\"2026-11-02\">")));
    }

    @Test
    void aCaseManagerMayNotOpenACaseAndSeesTheAnswerToTheirRequest() throws Exception {
        UUID caseId = UUID.randomUUID();
        when(requests.madeBy(any(), anyInt())).thenReturn(List.of(new ConsultationRequest(UUID.randomUUID(), caseId,
                "2026-T-2", ConsultationReason.CASE_PLAN, null, UUID.randomUUID(), "Test CASE_MANAGER",
                OffsetDateTime.now().minusDays(2), UUID.randomUUID(), OffsetDateTime.now(), "Bailey Specialist",
                LocalDate.now())));
        mvc.perform(get("/").with(as(Role.CASE_MANAGER)).param("consultationRequested", caseId.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases/new\""))))
                .andExpect(content().string(Matchers.containsString("tasks in the case plan")))
                .andExpect(content().string(Matchers.containsString("Answered")))
                .andExpect(content().string(Matchers.containsString("Bailey Specialist")))
                .andExpect(content().string(Matchers.containsString("The BAS is asked for a consultation on case")));
    }

    @Test
    void aSupervisorSeesTheCaseloadByWorkerLinkedToTheFilteredCaseList() throws Exception {
        UUID worker = UUID.randomUUID();
        when(caseloads.byWorker(any())).thenReturn(List.of(new Caseloads.WorkerLoad(worker, "Casey Investigator",
                Role.CPI, "DCF Office", 12)));
        mvc.perform(get("/").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/cases?worker=" + worker + "&amp;open=true\"")))
                .andExpect(content().string(Matchers.containsString("12 open cases")))
                .andExpect(content().string(Matchers.containsString("Every open case has a worker.")));
    }

    @Test
    void rolesWhoseWorkComesLaterAreToldWhatWillAppearAndGetNoLinkToAnEmptyList() throws Exception {
        mvc.perform(get("/").with(as(Role.ADMIN)))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/audit\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases\""))));
        mvc.perform(get("/").with(as(Role.CONTRACT_MANAGER)))
                .andExpect(content().string(Matchers.containsString("The STOP BAS report of each DV center")))
                .andExpect(content().string(Matchers.containsString("href=\"/reports/stop-bas?quarter=2026-Q2\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases\""))));
        mvc.perform(get("/").with(as(Role.DV_ADVOCATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("answer each referral")))
                .andExpect(content().string(Matchers.containsString("href=\"/advocacy\"")));
    }

    @Test
    void aSupervisorIsToldOfTheGrantsThatWaitForTheirDecision() throws Exception {
        when(directory.grantsAwaiting(any())).thenReturn(2);
        mvc.perform(get("/").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 grants of a role wait for your decision")))
                .andExpect(content().string(Matchers.containsString("href=\"/approvals\"")));
    }

    @Test
    void anonymousGoesToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void thereIsNoForbiddenRoleForHomeButUnknownPathsAreDenied() throws Exception {
        mvc.perform(get("/no-such-page").with(as(Role.CPI))).andExpect(status().isForbidden());
    }
}
