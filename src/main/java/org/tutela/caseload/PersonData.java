package org.tutela.caseload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Everything recorded about a person in a case, as written by a caseworker (form, POST and PATCH alike). Gender and
 * preferred language are vetted values: with the name and date of birth they reach the BAS.
 */
public record PersonData(
        @NotNull PersonRole role,
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @PastOrPresent LocalDate dateOfBirth,
        Gender gender,
        SpokenLanguage preferredLanguage,
        @Valid Address address,
        @Size(max = 40) String phone,
        @Size(max = 200) String email,
        @Size(max = 200) String workplace,
        @Size(max = 200) String schoolOrChildCare,
        @Size(max = 40) String shelterStatus) {
}
