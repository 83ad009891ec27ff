package org.tutela.calendar.web;

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
import org.tutela.calendar.StaffingCalendar;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.PageOf;

@WebMvcTest(EventApiController.class)
@Import(WebSliceSecurity.class)
class EventApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffingCalendar calendar;

    @Test
    void aCpiListsEventsAndTheBasListsConflicts() throws Exception {
        when(calendar.list(any(), any(), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 50, 0));
        mvc.perform(get("/api/v1/events").with(as(Role.CPI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.total").value(0));
        when(calendar.conflicts(any())).thenReturn(List.of());
        mvc.perform(get("/api/v1/events/conflicts").with(as(Role.BAS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
    }

    @Test
    void onlyTheBasDecidesAndOnlyProfessionalsRequest() throws Exception {
        mvc.perform(post("/api/v1/events/00000000-0000-0000-0000-000000000001/decision").with(as(Role.CPI))
                        .contentType("application/json").content("{\"decision\":\"ATTEND\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/events").with(as(Role.BAS)).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/conflicts").with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events").with(as(Role.DV_ADVOCATE))).andExpect(status().isForbidden());
        verifyNoInteractions(calendar);
    }

    @Test
    void anonymousIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized());
        verifyNoInteractions(calendar);
    }
}
