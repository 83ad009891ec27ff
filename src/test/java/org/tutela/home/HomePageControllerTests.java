package org.tutela.home;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.QuarterMeasures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;

@WebMvcTest(HomePageController.class)
@Import(WebSliceSecurity.class)
class HomePageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationLog consultations;

    @MockitoBean
    org.tutela.compliance.Obligations obligations;

    @MockitoBean
    org.tutela.directory.UserDirectory directory;

    @Test
    void eachRoleLandsOnAPageThatSaysWhatItCanDo() throws Exception {
        when(consultations.quarter(any(), any())).thenReturn(new QuarterMeasures(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), 4, 3, 10, 9));
        when(consultations.openFollowUps(any())).thenReturn(List.of());
        mvc.perform(get("/").with(as(Role.BAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("never shown to a BAS")))
                .andExpect(content().string(Matchers.containsString("href=\"/cases\"")))
                .andExpect(content().string(Matchers.containsString("75.0%")))
                .andExpect(content().string(Matchers.containsString("90.0%")))
                .andExpect(content().string(Matchers.containsString("3 of 4 CBC/CMO cases")));
        mvc.perform(get("/").with(as(Role.ADMIN)))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/audit\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases\""))));
        mvc.perform(get("/").with(as(Role.CONTRACT_MANAGER)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases\""))));
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
