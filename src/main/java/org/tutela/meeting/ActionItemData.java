package org.tutela.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A barrier found, or an action item to address one, with its owner and due date (C.1.6.1, C.1.6.3). */
public record ActionItemData(@NotNull Kind kind, @NotBlank @Size(max = 1000) String description,
                             @Size(max = 120) String owner, LocalDate dueOn) {

    public enum Kind { BARRIER, ACTION }
}
