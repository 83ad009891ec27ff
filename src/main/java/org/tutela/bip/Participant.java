package org.tutela.bip;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.tutela.caseload.Gender;
import org.tutela.caseload.PersonView;
import org.tutela.caseload.SpokenLanguage;

/**
 * The participant as his provider sees him (seed 001): name, date of birth, gender, preferred language, and while the
 * referral is live his address, phone and e-mail, less any value someone else of the case shares. Nothing of his case:
 * not its id, not its number.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Participant(String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
                          SpokenLanguage preferredLanguage, PersonView.Contact contact) {

    /** How to reach him, when shown: his address, phone and e-mail only. */
    static Participant of(PersonView p) {
        return new Participant(p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.preferredLanguage(),
                p.contact().map(c -> new PersonView.Contact(c.address(), c.phone(), c.email(), null, null, null))
                        .orElse(null));
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
