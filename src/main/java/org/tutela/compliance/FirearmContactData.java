package org.tutela.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A contact with law enforcement or the court about a firearm surrender. */
public record FirearmContactData(
        @NotNull @PastOrPresent LocalDate contactedOn,
        @NotNull ContactParty party,
        @NotBlank @Size(max = 200) String agency,
        @NotBlank @Size(max = 120) String contactName,
        @NotBlank @Size(max = 1000) String outcome) {
}
