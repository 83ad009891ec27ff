package org.tutela.calendar.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tutela.directory.WebSliceSecurity.as;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tutela.calendar.MeetingPlace;
import org.tutela.calendar.MeetingPlaces;
import org.tutela.calendar.PlaceKind;
import org.tutela.calendar.PlaceStatus;
import org.tutela.directory.Role;
import org.tutela.directory.WebSliceSecurity;
import org.tutela.shared.JsonPatches;

@WebMvcTest({MeetingPlaceApiController.class, MeetingPlacePageController.class})
@Import(WebSliceSecurity.class)
class MeetingPlaceControllersTests {

    static final MeetingPlace COURT = new MeetingPlace(UUID.randomUUID(), UUID.randomUUID(), PlaceKind.COURTROOM,
            "Courtroom 3B", "800 Justice Way", PlaceStatus.ACTIVE, 0);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeetingPlaces places;

    @MockitoBean
    JsonPatches patches;

    @Test
    void everyoneWhoRequestsOrAnswersReadsThePlacesAndASupervisorKeepsThem() throws Exception {
        when(places.list(any(), anyBoolean())).thenReturn(List.of(COURT));
        mvc.perform(get("/api/v1/meeting-places").with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Courtroom 3B"))
                .andExpect(jsonPath("$.items[0].kind").value("COURTROOM"));
        mvc.perform(get("/meeting-places").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Courtroom 3B")))
                .andExpect(content().string(Matchers.containsString("Add a meeting place")));
    }

    @Test
    void caseWorkersAndOthersDoNotKeepThePlaces() throws Exception {
        mvc.perform(post("/api/v1/meeting-places").with(as(Role.CPI)).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/meeting-places/" + COURT.id()).with(as(Role.BAS))
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/meeting-places").with(as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meeting-places").with(as(Role.BIP_PROVIDER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meeting-places").with(as(Role.BAS))).andExpect(status().isForbidden());
        verifyNoInteractions(places);
    }

    @Test
    void anonymousIsTurnedAway() throws Exception {
        mvc.perform(get("/api/v1/meeting-places")).andExpect(status().isUnauthorized());
        mvc.perform(get("/meeting-places")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(places);
    }
}
