package org.tutela.consultation.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.caseload.CaseManagement;
import org.tutela.consultation.ConsultationLog;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.JsonPatches;
import org.tutela.shared.PageOf;

@WebMvcTest({ConsultationApiController.class, ConsultationPageController.class})
@Import(WebSliceSecurity.class)
class ConsultationControllersTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationLog log;

    @MockitoBean
    JsonPatches patches;

    @MockitoBean
    CaseManagement cases;

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    org.tutela.shared.SubmittedPeriods submittedPeriods;

    @Test
    void aSupervisorReadsTheLog() throws Exception {
        when(log.list(any(), any(), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 50, 0));
        mvc.perform(get("/api/v1/consultations").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/consultations").with(as(Role.BAS))).andExpect(status().isOk());
    }

    @Test
    void onlyTheBasLogsAndContractManagersSeeNone() throws Exception {
        mvc.perform(post("/api/v1/consultations").with(as(Role.CPI)).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/consultations").with(as(Role.CONTRACT_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/consultations/new").with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
        verifyNoInteractions(log);
    }

    @Test
    void anonymousIsRefused() throws Exception {
        mvc.perform(get("/api/v1/consultations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/consultations")).andExpect(redirectedUrl("/login"));
    }
}
