package org.tutela.directory;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
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

    @MockitoBean
    UserAdministration administration;

    @Test
    void theAdminSeesTheUsersAndOneUsersPendingGrant() throws Exception {
        UUID id = UUID.randomUUID();
        UserAccount waiting = new UserAccount(id, "newhire", "New Hire", null, WebSliceSecurity.ORGANIZATION,
                "DCF Office", true, false, null, 1, new UserAccount.PendingGrant(UUID.randomUUID(), Role.SUPERVISOR,
                WebSliceSecurity.ORGANIZATION, "DCF Office", false, OffsetDateTime.now(), Grants.Approver.ADMINISTRATOR));
        when(administration.accounts()).thenReturn(List.of(waiting));
        when(administration.account(id)).thenReturn(waiting);
        when(directory.organizations()).thenReturn(List.of());
        mvc.perform(get("/admin/users").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Supervisor at <span translate=\"no\">DCF Office</span>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("type=\"password\""))));
        mvc.perform(get("/admin/users/" + id).with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No role yet")))
                .andExpect(content().string(Matchers.containsString("Waiting for a second administrator&#39;s approval")))
                .andExpect(content().string(Matchers.containsString("action=\"/admin/users/" + id + "/disable\"")));
    }

    @Test
    void aCaseManagerIsForbidden() throws Exception {
        mvc.perform(get("/admin/users").with(as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/" + UUID.randomUUID()).with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousGoesToTheLoginPageWhichIsOpen() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/login?wait=12")).andExpect(content().string(Matchers.containsString("Wait 12 seconds")));
    }
}
