package org.tutela.compliance.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.isNull;
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
import org.tutela.compliance.ComplianceMonitoring;
import org.tutela.compliance.FirearmWorkerContacts;
import org.tutela.compliance.Obligations;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.FormBinder;

@WebMvcTest({MonitoringApiController.class, ComplianceApiController.class, CompliancePageController.class})
@Import(WebSliceSecurity.class)
class ComplianceControllersTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComplianceMonitoring monitoring;

    @MockitoBean
    Obligations obligations;

    @MockitoBean
    FormBinder forms;

    @MockitoBean
    FirearmWorkerContacts workerContacts;

    @Test
    void aCaseManagerReadsFollowUpsAndMonitoring() throws Exception {
        when(obligations.firearmFollowUps(any(), anyBoolean(), isNull())).thenReturn(List.of());
        when(monitoring.list(any(), any(), isNull())).thenReturn(List.of());
        mvc.perform(get("/api/v1/firearm-followups").param("overdue", "true").with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/monitoring").with(as(Role.BAS))).andExpect(status().isOk());
    }

    @Test
    void onlyTheBasWritesAndOthersSeeNothing() throws Exception {
        mvc.perform(post("/api/v1/obligations/00000000-0000-0000-0000-000000000001/escalations").with(as(Role.CPI))
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/firearm-followups").with(as(Role.PROGRAM_LEADER))).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring").with(as(Role.DV_ADVOCATE))).andExpect(status().isForbidden());
        verifyNoInteractions(obligations);
    }

    @Test
    void anonymousIsRefused() throws Exception {
        mvc.perform(get("/api/v1/monitoring")).andExpect(status().isUnauthorized());
        mvc.perform(get("/monitoring")).andExpect(redirectedUrl("/login"));
    }
}
