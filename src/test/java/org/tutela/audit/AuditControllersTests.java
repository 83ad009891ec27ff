package org.tutela.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.PageOf;

@WebMvcTest({AuditApiController.class, AuditPageController.class})
@Import(WebSliceSecurity.class)
class AuditControllersTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditQueries queries;

    @MockitoBean
    AuditTrail trail;

    @Test
    void theAdminVerifiesAndReads() throws Exception {
        when(queries.verify()).thenReturn(new ChainCheck(true, 42, null, null, 42, 3,
                new ChainCheck.LatestCheckpoint(40, "ab".repeat(32), "cd".repeat(32), OffsetDateTime.now()), 0));
        when(queries.search(any(), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 50, 0));
        mvc.perform(get("/api/v1/audit/verify").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checked").value(42))
                .andExpect(jsonPath("$.notYetSealed").value(3))
                .andExpect(jsonPath("$.latestCheckpoint.position").value(40))
                .andExpect(jsonPath("$.forgedCheckpoints").value(0));
        mvc.perform(get("/admin/audit").with(as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void otherRolesAreForbidden() throws Exception {
        mvc.perform(get("/api/v1/audit").with(as(Role.CONTRACT_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as(Role.PROGRAM_LEADER))).andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }

    @Test
    void anonymousIsRefused() throws Exception {
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
    }
}
