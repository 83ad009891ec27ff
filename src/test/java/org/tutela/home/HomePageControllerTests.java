package org.tutela.home;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import org.hamcrest.Matchers;
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

    @Test
    void eachRoleLandsOnAPageThatSaysWhatItCanDo() throws Exception {
        mvc.perform(get("/").with(as(Role.BAS)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("never shown to a BAS")))
                .andExpect(content().string(Matchers.containsString("href=\"/cases\"")));
        mvc.perform(get("/").with(as(Role.ADMIN)))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/audit\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases\""))));
        mvc.perform(get("/").with(as(Role.CONTRACT_MANAGER)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases\""))));
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
