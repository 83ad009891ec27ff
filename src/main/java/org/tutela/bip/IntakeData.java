package org.tutela.bip;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The intake screening (seed 001): what the participant acknowledged of his past and current physical and sexual
 * violence and other abusive behaviors, within and outside intimate relationships; substance use; a history of mental
 * illness or trauma; current threats or ideation of homicide.
 */
public record IntakeData(
        @NotNull @PastOrPresent LocalDate screenedOn,
        @NotNull Disclosure physicalViolence,
        @NotNull Disclosure sexualViolence,
        @NotNull Disclosure otherAbuse,
        @NotNull Disclosure outsideRelationships,
        @NotNull Screening substanceUse,
        @NotNull Screening mentalHealth,
        @NotNull Boolean homicideThreat,
        @NotNull Boolean homicideIdeation,
        @Size(max = 2000) String intakeNote) {
}
