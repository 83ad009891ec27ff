package org.tutela.caseload;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person as disclosed to one user: {@code contact} is empty when the user may not see the protected contact
 * fields, so that they are absent from every page and response built from it. {@code version} is the version this
 * user sees: it moves only with what they can see (a change of protected fields alone does not move the BAS's).
 */
public record PersonView(UUID id, UUID caseId, PersonRole role, String firstName, String lastName,
                         LocalDate dateOfBirth, Gender gender, SpokenLanguage preferredLanguage,
                         Optional<Contact> contact,
                         int version) {

    /** The protected contact fields. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PersonContact")
    public record Contact(Address address, String phone, String email, String workplace, String schoolOrChildCare,
                          String shelterStatus) {

        /** The phone number as people write it: (305) 555-0123. */
        public String phoneShown() {
            return UsPhone.shown(phone);
        }
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
