package org.tutela.directory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ApprovalsPageController.class, PasswordPageController.class})
@Import(WebSliceSecurity.class)
class ApprovalsAndPasswordPageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Grants grants;

    @MockitoBean
    PasswordLinks links;

    @Test
    void supervisorsAndAdministratorsSeeTheApprovalsOthersAreForbidden() throws Exception {
        when(grants.visibleTo(any())).thenReturn(List.of());
        mvc.perform(get("/approvals").with(as(Role.SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No grants.")));
        mvc.perform(get("/approvals").with(as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/approvals").with(as(Role.BAS))).andExpect(status().isForbidden());
        mvc.perform(get("/approvals")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSetPasswordPageIsOpenAndAnUnusableLinkAnswersNeutrally() throws Exception {
        when(links.username(any())).thenReturn(Optional.empty());
        String neutral = "This link cannot be used";
        mvc.perform(get("/account/password?token=pw_unknown")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(neutral)));
        mvc.perform(get("/account/password?token=pw_unknown").with(as(Role.CPI))).andExpect(status().isOk());
        mvc.perform(post("/account/password").with(csrf()).param("token", "pw_used").param("password", "a-long-password")
                        .param("confirmation", "a-long-password"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(neutral)));
        mvc.perform(post("/account/password").param("token", "pw_x")).andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aValidLinkShowsTheFormAndAMismatchIsShownNextToTheField() throws Exception {
        when(links.username("pw_live")).thenReturn(Optional.of("newhire"));
        mvc.perform(get("/account/password?token=pw_live")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("newhire")))
                .andExpect(content().string(Matchers.containsString("type=\"password\"")));
        mvc.perform(post("/account/password").with(csrf()).param("token", "pw_live").param("password", "a-long-password")
                        .param("confirmation", "another-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("confirmation-error")));
        verifyNoInteractions(grants);
    }
}
