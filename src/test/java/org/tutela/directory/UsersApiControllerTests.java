package org.tutela.directory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(UsersApiController.class)
@Import(WebSliceSecurity.class)
class UsersApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAdministration administration;

    @MockitoBean
    Grants grants;

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        when(administration.accounts()).thenReturn(List.of());
        mvc.perform(get("/api/v1/users").with(as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/users/" + UUID.randomUUID()).with(as(Role.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + UUID.randomUUID() + "/password-reset").with(as(Role.CPI)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPasswordIsNeverTakenAndNoFieldIsCleared() throws Exception {
        mvc.perform(post("/api/v1/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"newone\",\"displayName\":\"New One\",\"role\":\"BIP_PROVIDER\","
                                + "\"organizationId\":\"" + UUID.randomUUID() + "\",\"password\":\"chosen-by-the-admin\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(patch("/api/v1/users/" + UUID.randomUUID()).with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        verifyNoInteractions(administration);
    }

    @Test
    void supervisorsAndAdministratorsSeeGrantsOthersAreForbidden() throws Exception {
        when(grants.visibleTo(any())).thenReturn(List.of());
        mvc.perform(get("/api/v1/user-approvals").with(as(Role.SUPERVISOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/user-approvals").with(as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/user-approvals").with(as(Role.CPI))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/user-approvals/" + UUID.randomUUID() + "/decision").with(as(Role.BAS))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(administration);
    }

    @Test
    void anonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/user-approvals")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/users/" + UUID.randomUUID() + "/unlock")).andExpect(status().isUnauthorized());
        verifyNoInteractions(administration, grants);
    }
}
