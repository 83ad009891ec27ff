package org.tutela.courtbrief.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.courtbrief.CourtBrief;
import org.tutela.courtbrief.CourtBriefPdf;
import org.tutela.courtbrief.CourtBriefs;
import org.tutela.courtbrief.PerpetratorTimeline;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;

@WebMvcTest({CourtBriefApiController.class, CourtBriefPageController.class})
@Import({WebSliceSecurity.class, CourtBriefPdf.class})
class CourtBriefControllersTests {

    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CourtBriefs briefs;

    @MockitoBean
    PerpetratorTimeline timeline;

    private static CourtBrief empty() {
        return new CourtBrief(CASE, "2026-T-1", "INVESTIGATION", List.of("Intimate Partner Violence Threatens Child"),
                LocalDate.of(2026, 11, 28), "Bailey", List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    @Test
    void theBasGetsJsonOrAPdf() throws Exception {
        when(briefs.brief(any(), any())).thenReturn(empty());
        mvc.perform(get("/api/v1/cases/" + CASE + "/court-brief").with(as(Role.BAS)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.caseNumber").value("2026-T-1"));
        mvc.perform(get("/api/v1/cases/" + CASE + "/court-brief").header("Accept", "application/pdf").with(as(Role.BAS)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
    }

    @Test
    void rolesWithoutCasesAreForbidden() throws Exception {
        mvc.perform(get("/api/v1/cases/" + CASE + "/court-brief").with(as(Role.CONTRACT_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + CASE + "/court-brief.pdf").with(as(Role.BIP_PROVIDER))).andExpect(status().isForbidden());
        verifyNoInteractions(briefs);
    }

    @Test
    void anonymousIsRefused() throws Exception {
        mvc.perform(get("/api/v1/cases/" + CASE + "/court-brief")).andExpect(status().isUnauthorized());
        mvc.perform(get("/cases/" + CASE + "/court-brief")).andExpect(redirectedUrl("/login"));
    }
}
