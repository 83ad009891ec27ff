package org.tutela.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A barrier found, an action item to address one (with its owner and due date), or a survivor discussed at a weekly
 * meeting under the live release that allows it ({@code releaseId}) (C.1.6.1, C.1.6.3).
 */
public record ActionItemData(@NotNull Kind kind, @NotBlank @Size(max = 1000) String description,
                             @Size(max = 120) String owner, LocalDate dueOn, java.util.UUID releaseId) {

    public ActionItemData(Kind kind, String description, String owner, LocalDate dueOn) {
        this(kind, description, owner, dueOn, null);
    }

    public enum Kind {
        BARRIER, ACTION,
        /** C.1.6.1: a specific survivor discussed, under a live release naming the discussion. */
        SURVIVOR
    }
}
