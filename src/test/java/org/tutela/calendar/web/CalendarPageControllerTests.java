package org.tutela.calendar.web;

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
import java.util.Optional;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.calendar.CalendarFeed;
import org.tutela.calendar.MeetingPlaces;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.PageOf;

@WebMvcTest(CalendarPageController.class)
@Import(WebSliceSecurity.class)
class CalendarPageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffingCalendar calendar;

    @MockitoBean
    CalendarFeed feed;

    @MockitoBean
    MeetingPlaces places;

    @MockitoBean
    org.tutela.shared.SubmittedPeriods submitted;

    @Test
    void theBasSeesTheCalendar() throws Exception {
        when(calendar.upcoming(any())).thenReturn(List.of());
        when(calendar.conflicts(any())).thenReturn(List.of());
        when(calendar.awaitingAttendance(any())).thenReturn(List.of());
        when(feed.activeSince(any())).thenReturn(Optional.empty());
        mvc.perform(get("/calendar").with(as(Role.BAS)))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/calendar"))
                .andExpect(content().string(Matchers.containsString("Create a feed address")));
    }

    @Test
    void aCaseManagerGetsTheRequestFormAndTheCaseFragment() throws Exception {
        UUID caseId = UUID.randomUUID();
        when(calendar.caseNumber(any(), any())).thenReturn("T-42");
        mvc.perform(get("/cases/" + caseId + "/events/new").with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Request the BAS for case T-42")))
                .andExpect(content().string(Matchers.containsString("meeting places")));
        when(calendar.list(any(), any(), anyInt(), anyInt())).thenReturn(new PageOf<>(List.of(), 0, 100, 0));
        mvc.perform(get("/cases/" + caseId + "/events").with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    }

    @Test
    void othersAreForbidden() throws Exception {
        mvc.perform(get("/calendar").with(as(Role.CPI))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + UUID.randomUUID() + "/events/new").with(as(Role.BAS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/calendar").with(as(Role.ADMIN))).andExpect(status().isForbidden());
        verifyNoInteractions(calendar, feed, places);
    }

    @Test
    void anonymousGoesToTheLoginPage() throws Exception {
        mvc.perform(get("/calendar")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(calendar, feed, places);
    }
}
