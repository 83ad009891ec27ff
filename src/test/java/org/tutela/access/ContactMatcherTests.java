package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tutela.access.ContactMatcher.Kind;

class ContactMatcherTests {

    /** The survivor of the security review: "42 New Hideout Ln, Sampleton 39000, 555-999-1234". */
    static final List<ContactMatcher.Values> SURVIVOR = List.of(new ContactMatcher.Values("42 New Hideout Ln",
            "Sampleton", "39000", "555-999-1234", "maria.alvarez@example.org", "Example Logistics Co.",
            "Sampleton Elementary"));

    @ParameterizedTest
    @ValueSource(strings = {"42 New Hideout Lane", "Home visit: 42 New-Hideout Ln, Sampleton FL 39000",
            "42 NEW HIDEOUT", "new hideout ln", "New Hideout", "the New  Hideout Lane house",
            "42 N. New Hideout Ln"})
    void findsTheStreetHoweverItIsSpelled(String text) {
        assertThat(ContactMatcher.find(text, SURVIVOR)).contains(Kind.STREET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999-1234", "call 555 999 1234", "(555) 999-1234", "+1.555.999.1234", "5559991234",
            "9991234"})
    void findsThePhoneByItsLastSevenDigits(String text) {
        assertThat(ContactMatcher.find(text, SURVIVOR)).contains(Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sampleton Elem. room 4", "sampleton elementary", "Example Logistics", "at example logistics co",
            "SAMPLETON ELEMENTARY SCHOOL gym"})
    void findsASchoolOrWorkplaceByItsDistinctiveName(String text) {
        assertThat(ContactMatcher.find(text, SURVIVOR)).contains(Kind.SCHOOL_OR_WORKPLACE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sampleton 39000", "ZIP 39000-1234", "390001234"})
    void findsTheZipCode(String text) {
        assertThat(ContactMatcher.find(text, SURVIVOR)).contains(Kind.POSTAL_CODE);
    }

    @Test
    void findsTheEmailSpelledOut() {
        assertThat(ContactMatcher.find("write to Maria.Alvarez@Example.org", SURVIVOR)).contains(Kind.EMAIL);
        assertThat(ContactMatcher.find("maria dot alvarez at example dot org", SURVIVOR)).contains(Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Suncoast Circuit Court, Courtroom 3B, 800 Justice Way, Sampleton FL 39001",
            "DCF Suncoast Service Center, Conference Room B", "Video link (Microsoft Teams)", "Sampleton courthouse",
            "Case 2026-SC-01001", "Hideout", "room 42", "New Directions Intervention Program", "1234",
            "the main concern is the new pattern", "Samples"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(ContactMatcher.find(text, SURVIVOR)).isEmpty();
    }

    @Test
    void aOneWordStreetNeedsItsNumberOrItsKind() {
        List<ContactMatcher.Values> main = List.of(new ContactMatcher.Values("17 Main St", "Sampleton", null, null,
                null, null, null));
        assertThat(ContactMatcher.find("the main concern", main)).isEmpty();
        assertThat(ContactMatcher.find("17 Main", main)).containsExactly(Kind.STREET);
        assertThat(ContactMatcher.find("Main Street", main)).containsExactly(Kind.STREET);
        assertThat(ContactMatcher.find("main st.", main)).containsExactly(Kind.STREET);
        List<ContactMatcher.Values> numbered = List.of(new ContactMatcher.Values("42 5th Avenue", null, null, null,
                null, null, null));
        assertThat(ContactMatcher.find("42 5th Ave", numbered)).containsExactly(Kind.STREET);
        assertThat(ContactMatcher.find("5th Avenue courthouse", numbered)).isEmpty();
    }

    @Test
    void inANameAStreetNeedsItsNumberOrItsKind() {
        List<ContactMatcher.Values> delaCruz = List.of(new ContactMatcher.Values("12 De La Cruz Avenue", null, null,
                "555-321-7788", null, null, null));
        assertThat(ContactMatcher.findInName("Maria De La Cruz", delaCruz)).isEmpty();
        assertThat(ContactMatcher.find("Maria De La Cruz", delaCruz)).containsExactly(Kind.STREET);
        assertThat(ContactMatcher.findInName("12 De La Cruz", delaCruz)).containsExactly(Kind.STREET);
        assertThat(ContactMatcher.findInName("De La Cruz Ave", delaCruz)).containsExactly(Kind.STREET);
        assertThat(ContactMatcher.findInName("call 321-7788", delaCruz)).containsExactly(Kind.PHONE);
    }

    @Test
    void aUnitAfterTheStreetAnExtensionAfterThePhoneAndAOneWordWorkplaceAreNoHidingPlace() {
        List<ContactMatcher.Values> survivor = List.of(new ContactMatcher.Values("1250 Harbor Blvd Apt 4", null, null,
                "(555) 867-5309 x204", null, "Publix", null));
        assertThat(ContactMatcher.find("1250 Harbor Blvd Apt 4", survivor)).contains(Kind.STREET);
        assertThat(ContactMatcher.find("1250 Harbor Boulevard", survivor)).contains(Kind.STREET);
        assertThat(ContactMatcher.find("(555) 867-5309 x204", survivor)).contains(Kind.PHONE);
        assertThat(ContactMatcher.find("555-867-5309", survivor)).contains(Kind.PHONE);
        assertThat(ContactMatcher.find("Publix", survivor)).contains(Kind.SCHOOL_OR_WORKPLACE);
        assertThat(ContactMatcher.find("publix.", survivor)).contains(Kind.SCHOOL_OR_WORKPLACE);
        assertThat(ContactMatcher.find("Harbor Light DV Center", survivor)).isEmpty();
        List<ContactMatcher.Values> unitFirst = List.of(new ContactMatcher.Values("455 Gulf Breeze Avenue, Apt 2",
                null, null, null, null, null, null));
        assertThat(ContactMatcher.find("Office, 455 Gulf Breeze Avenue", unitFirst)).contains(Kind.STREET);
    }

    @Test
    void theSecondReviewsSpellings() {
        List<ContactMatcher.Values> survivor = List.of(new ContactMatcher.Values("Apt 4B, 42 Quietwater Ln", null,
                null, "305-555-0177", "ana.lopez@example.org", "Publix", null, "Unit 3, 1210 Harbor Blvd",
                "Harbor Light Shelter, room 5"));
        for (String street : List.of("42 Quietwater Ln", "Unit 4B - 42 Quietwater Lane", "c/o Harbor Light, 42 Quietwater Ln",
                "1210 Harbor Blvd", "1210 Harbor Boulevard Apt 3")) {
            assertThat(ContactMatcher.find(street, survivor)).as(street).contains(Kind.STREET);
        }
        for (String phone : List.of("305\u00a0555\u00a00177", "305\u2013555\u20130177", "305·555·0177", "305_555_0177",
                "305,555,0177", "\uff13\uff10\uff15-\uff15\uff15\uff15-\uff10\uff11\uff17\uff17")) {
            assertThat(ContactMatcher.find(phone, survivor)).as(phone).contains(Kind.PHONE);
        }
        assertThat(ContactMatcher.find("ana.lopez+x@example.org", survivor)).contains(Kind.EMAIL);
        for (String place : List.of("Publix Supermarket", "Publix store #1234", "Harbor Light Shelter",
                "harbor light shelter group room")) {
            assertThat(ContactMatcher.find(place, survivor)).as(place).contains(Kind.SCHOOL_OR_WORKPLACE);
        }
        assertThat(ContactMatcher.find("Suncoast Circuit Court, Courtroom 3B", survivor)).isEmpty();
    }

    /** A workplace or shelter named by its own word after "at" or "works" (the third review). */
    @Test
    void aPlacesOwnWordAfterACueIsThePlace() {
        List<ContactMatcher.Values> survivor = List.of(new ContactMatcher.Values(null, null, null, null, null,
                "Zqcanarywork Diner", "Brightmoor Ridge Academy", null, "ZQSHELTER"));
        for (String note : List.of("works at zqcanarywork", "She works at Zqcanarywork now", "staying at zqshelter",
                "the kids attend Brightmoor Ridge", "attends Brightmoor school", "at Zqcanarywork Diner")) {
            assertThat(ContactMatcher.find(note, survivor)).as(note).contains(Kind.SCHOOL_OR_WORKPLACE);
        }
        for (String note : List.of("met at the courthouse", "works at the court", "a diner downtown",
                "Ridge Road hearing", "at 10 am")) {
            assertThat(ContactMatcher.find(note, survivor)).as(note).isEmpty();
        }
    }

    @Test
    void emptyValuesMatchNothing() {
        List<ContactMatcher.Values> empty = List.of(new ContactMatcher.Values(null, null, null, "12", "", " ", null));
        assertThat(ContactMatcher.find("12 anything", empty)).isEmpty();
        assertThat(ContactMatcher.find(null, SURVIVOR)).isEmpty();
        assertThat(ContactMatcher.find("   ", SURVIVOR)).isEmpty();
    }

    @Test
    void describesTheKindsInPlainWords() {
        assertThat(ContactMatcher.describe(Set.of(Kind.PHONE, Kind.STREET)).items()).extracting(t -> t.code())
                .containsExactly("contactKind.STREET", "contactKind.PHONE");
    }
}
