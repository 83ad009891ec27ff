package org.tutela.directory;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

@WebMvcTest({AdminUsersPageController.class, LoginPageController.class})
@Import({WebSliceSecurity.class, org.tutela.shared.InputValidation.class})
class AdminUsersPageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserDirectory directory;

    @Test
    void theAdminSeesTheUsersPage() throws Exception {
        when(directory.users()).thenReturn(List.of());
        when(directory.organizations()).thenReturn(List.of());
        mvc.perform(get("/admin/users").with(as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void aCaseManagerIsForbidden() throws Exception {
        mvc.perform(get("/admin/users").with(as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousGoesToTheLoginPageWhichIsOpen() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}
