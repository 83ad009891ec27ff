package org.tutela.caseload.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.tutela.caseload.Address;
import org.tutela.caseload.Gender;
import org.tutela.caseload.SpokenLanguage;
import org.tutela.caseload.PersonRole;
import org.tutela.caseload.PersonView;

/** A person in the API. The protected contact fields are absent (not null, not blank) when not disclosed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonResponse(UUID id, UUID caseId, PersonRole role, String firstName, String lastName, LocalDate dateOfBirth,
                      Gender gender, SpokenLanguage preferredLanguage, Address address, String phone, String email,
                      String workplace, String schoolOrChildCare, String shelterStatus, int version) {

    static PersonResponse of(PersonView p) {
        PersonView.Contact c = p.contact().orElse(null);
        return new PersonResponse(p.id(), p.caseId(), p.role(), p.firstName(), p.lastName(), p.dateOfBirth(),
                p.gender(), p.preferredLanguage(), c == null ? null : c.address(), c == null ? null : c.phone(),
                c == null ? null : c.email(), c == null ? null : c.workplace(),
                c == null ? null : c.schoolOrChildCare(), c == null ? null : c.shelterStatus(), p.version());
    }
}
