package org.tutela.caseload.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.access.CaseAccess;
import org.tutela.caseload.CaseManagement;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.PageOf;

@WebMvcTest(CasePageController.class)
@Import(WebSliceSecurity.class)
class CasePageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseManagement cases;

    @MockitoBean
    CaseAccess access;

    @MockitoBean
    UserDirectory directory;

    @Test
    void aCpiSeesTheCaseListAndHtmxGetsOnlyTheResults() throws Exception {
        when(cases.search(any(), any(org.tutela.caseload.CaseFilter.class), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 20, 0));
        mvc.perform(get("/cases").with(as(Role.CPI)))
                .andExpect(status().isOk())
                .andExpect(view().name("caseload/list"))
                .andExpect(content().string(Matchers.containsString("id=\"results\"")));
        mvc.perform(get("/cases").header("HX-Request", "true").with(as(Role.CPI)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    }

    @Test
    void anAdminIsForbidden() throws Exception {
        mvc.perform(get("/cases").with(as(Role.ADMIN))).andExpect(status().isForbidden());
        verifyNoInteractions(cases);
    }

    @Test
    void anonymousGoesToTheLoginPage() throws Exception {
        mvc.perform(get("/cases")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
