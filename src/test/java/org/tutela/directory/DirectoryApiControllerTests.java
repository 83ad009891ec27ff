package org.tutela.directory;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DirectoryApiController.class)
@Import(WebSliceSecurity.class)
class DirectoryApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserDirectory directory;

    @Test
    void anySignedInUserListsOrganizations() throws Exception {
        when(directory.organizations()).thenReturn(List.of(new Organization(UUID.randomUUID(), "DCF Office",
                OrganizationType.DCF, WebSliceSecurity.REGION, "Region")));
        mvc.perform(get("/api/v1/organizations").with(as(Role.BIP_PROVIDER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("DCF"));
    }

    @Test
    void noRoleIsForbiddenTheTokenListButUnknownPathsAreDenied() throws Exception {
        mvc.perform(get("/api/v1/tokens").with(as(Role.PROGRAM_LEADER))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/no-such-thing").with(as(Role.ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/organizations")).andExpect(status().isUnauthorized());
        verifyNoInteractions(directory);
    }
}
