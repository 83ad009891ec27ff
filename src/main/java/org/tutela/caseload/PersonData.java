package org.tutela.caseload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Everything recorded about a person in a case, as written by a caseworker (form, POST and PATCH alike). Gender and
 * preferred language are vetted values: with the name and date of birth they reach the BAS. The confirmation is not
 * stored: it answers a refusal that named who would see what (see CaseManagement#updatePerson).
 */
public record PersonData(
        @NotNull PersonRole role,
        @NotBlank @Size(max = 80) String firstName,
        @NotBlank @Size(max = 80) String lastName,
        @PastOrPresent LocalDate dateOfBirth,
        Gender gender,
        SpokenLanguage preferredLanguage,
        @Valid Address address,
        @Pattern(regexp = UsPhone.STORED, message = "{invalid.phone}") String phone,
        @Size(max = 200) @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "{invalid.email}") String email,
        @Size(max = 200) String workplace,
        @Size(max = 200) String schoolOrChildCare,
        @Size(max = 40) String shelterStatus,
        Boolean confirmWiderDisclosure) {

    /** The person without the confirmation, which is never stored. */
    public PersonData(PersonRole role, String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
                      SpokenLanguage preferredLanguage, Address address, String phone, String email, String workplace,
                      String schoolOrChildCare, String shelterStatus) {
        this(role, firstName, lastName, dateOfBirth, gender, preferredLanguage, address, phone, email, workplace,
                schoolOrChildCare, shelterStatus, null);
    }

    /** The same person with the phone number and ZIP code stored in their one format. */
    PersonData normalized() {
        Address a = address == null ? null : new Address(address.line1(), address.line2(), address.city(),
                address.state(), blankToNull(address.postalCode()));
        return new PersonData(role, firstName, lastName, dateOfBirth, gender, preferredLanguage, a,
                UsPhone.normalize(phone), blankToNull(email), workplace, schoolOrChildCare,
                shelterStatus, confirmWiderDisclosure);
    }

    /** A field left empty on a form is not recorded (and so not checked against a format). */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A supervisor confirms a role change that shows the person's contact fields to the BAS. */
    public boolean widerDisclosureConfirmed() {
        return Boolean.TRUE.equals(confirmWiderDisclosure);
    }

}
