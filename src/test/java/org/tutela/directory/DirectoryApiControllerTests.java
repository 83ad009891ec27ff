package org.tutela.directory;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

@WebMvcTest(DirectoryApiController.class)
@Import(WebSliceSecurity.class)
class DirectoryApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Organizations organizations;

    @Test
    void anySignedInUserListsOrganizations() throws Exception {
        when(organizations.list()).thenReturn(List.of(new Organizations.Listing(UUID.randomUUID(), "DCF Office",
                OrganizationType.DCF, WebSliceSecurity.REGION, "Region", 3, 2, 0)));
        mvc.perform(get("/api/v1/organizations").with(as(Role.BIP_PROVIDER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("DCF"))
                .andExpect(jsonPath("$[0].version").value(0));
    }

    @Test
    void onlyAnAdministratorAddsOrChangesAnOrganization() throws Exception {
        String body = "{\"name\":\"X\",\"type\":\"COURT\",\"regionId\":\"" + WebSliceSecurity.REGION + "\"}";
        mvc.perform(post("/api/v1/organizations").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organizations/" + UUID.randomUUID()).with(as(Role.CPI))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(organizations);
    }

    @Test
    void noRoleIsForbiddenTheTokenListButUnknownPathsAreDenied() throws Exception {
        mvc.perform(get("/api/v1/tokens").with(as(Role.PROGRAM_LEADER))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/no-such-thing").with(as(Role.ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/organizations")).andExpect(status().isUnauthorized());
        verifyNoInteractions(organizations);
    }
}
