package org.tutela.calendar.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.calendar.CalendarFeed;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;

/** The feed is public by route, so "allowed" and "forbidden" depend on the secret alone. */
@WebMvcTest(CalendarFeedController.class)
@Import(WebSliceSecurity.class)
class CalendarFeedControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CalendarFeed feed;

    @Test
    void aKnownSecretGetsTheCalendarWithoutSigningIn() throws Exception {
        when(feed.ics("good")).thenReturn(Optional.of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        mvc.perform(get("/calendar/good.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void anUnknownSecretIsNotFoundWhoeverAsks() throws Exception {
        when(feed.ics(any())).thenReturn(Optional.empty());
        mvc.perform(get("/calendar/revoked.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/revoked.ics").with(as(Role.ADMIN))).andExpect(status().isNotFound());
    }
}
