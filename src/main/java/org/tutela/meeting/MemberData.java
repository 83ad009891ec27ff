package org.tutela.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member of the leadership committee's roster (C.1.6.3): who, from where, in what role, which kind of leader. */
public record MemberData(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 200) String organization,
                         @NotBlank @Size(max = 120) String role, @NotNull LeaderKind kind) {
}
