package org.tutela.bip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group session held on a day, with each participant's attendance. */
public record SessionData(@NotNull @PastOrPresent LocalDate heldOn,
                          @NotEmpty @Size(max = 60) List<@Valid @NotNull Entry> attendance) {

    /**
     * One participant at the session: present, absent or excused; fees due and paid where fees apply; the group rules
     * broken (ids of the provider's rules); whether the participant admitted to their violence.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BipAttendanceEntry")
    public record Entry(@NotNull UUID referralId, @NotNull Attendance attendance,
                        @DecimalMin("0") @DecimalMax("9999.99") BigDecimal feeDue,
                        @DecimalMin("0") @DecimalMax("9999.99") BigDecimal feePaid,
                        @Size(max = 20) List<UUID> rulesBroken, Boolean admittedViolence) {
    }
}
