package org.tutela.caseload.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.JsonPatches;
import org.tutela.shared.PageOf;

@WebMvcTest(CaseApiController.class)
@Import(WebSliceSecurity.class)
class CaseApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseManagement cases;

    @MockitoBean
    JsonPatches patches;

    @Test
    void aCaseReaderSearches() throws Exception {
        when(cases.search(any(), any(org.tutela.caseload.CaseFilter.class), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 20, 0));
        mvc.perform(get("/api/v1/cases").param("q", "x").with(as(Role.BAS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aBipProviderIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/cases").with(as(Role.BIP_PROVIDER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        verifyNoInteractions(cases);
    }

    @Test
    void aBasMayNotOpenACase() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as(Role.BAS)).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(cases);
    }

    @Test
    void anonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
        verifyNoInteractions(cases);
    }
}
