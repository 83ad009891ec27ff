package org.tutela.training;

import org.tutela.documents.Delivery;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tutela.documents.DocumentPurpose;
import org.tutela.shared.AgencyTime;

/** C.1.2 and C.2.5.4, case by case: the materials' due date and state, the exceptions, and what makes a training count. */
class TrainingRulesTests {

    /** A training at 10:00 on 15 March 2027 in the agency's zone: materials due 13 February 2027. */
    static final OffsetDateTime AT = LocalDate.of(2027, 3, 15).atTime(10, 0).atZone(AgencyTime.ZONE).toOffsetDateTime();

    static TrainingRules.Facts facts(TrainingStatus status, OffsetDateTime submitted, OffsetDateTime approved,
                                     Delivery delivery, int attendees, Set<DocumentPurpose> files) {
        return new TrainingRules.Facts(AT, 90, delivery, status, submitted, approved, attendees, files);
    }

    @Test
    void theMaterialsAreDueThirtyDaysBeforeTheDayOfTheTraining() {
        assertThat(TrainingRules.materialsDueOn(AT)).isEqualTo(LocalDate.of(2027, 2, 13));
        // 23:30 in the agency's zone is still that day, though it is the next day in UTC
        OffsetDateTime late = LocalDate.of(2027, 3, 15).atTime(23, 30).atZone(AgencyTime.ZONE).toOffsetDateTime();
        assertThat(TrainingRules.materialsDueOn(late)).isEqualTo(LocalDate.of(2027, 2, 13));
    }

    @Test
    void theMaterialsStateFollowsTheCalendarAndTheFirstSubmission() {
        TrainingRules.Facts draft = facts(TrainingStatus.DRAFT, null, null, Delivery.IN_PERSON, 0, Set.of());
        assertThat(TrainingRules.materials(draft, LocalDate.of(2027, 2, 5))).isEqualTo(TrainingRules.Materials.PENDING);
        assertThat(TrainingRules.materials(draft, LocalDate.of(2027, 2, 6))).isEqualTo(TrainingRules.Materials.DUE_SOON);
        assertThat(TrainingRules.materials(draft, LocalDate.of(2027, 2, 13))).isEqualTo(TrainingRules.Materials.DUE_SOON);
        assertThat(TrainingRules.materials(draft, LocalDate.of(2027, 2, 14))).isEqualTo(TrainingRules.Materials.OVERDUE);
        OffsetDateTime onTheDay = LocalDate.of(2027, 2, 13).atTime(17, 0).atZone(AgencyTime.ZONE).toOffsetDateTime();
        OffsetDateTime dayAfter = onTheDay.plusDays(1);
        assertThat(TrainingRules.materials(facts(TrainingStatus.SUBMITTED, onTheDay, null, Delivery.ONLINE, 0, Set.of()),
                LocalDate.of(2027, 3, 1))).isEqualTo(TrainingRules.Materials.ON_TIME);
        assertThat(TrainingRules.materials(facts(TrainingStatus.SUBMITTED, dayAfter, null, Delivery.ONLINE, 0, Set.of()),
                LocalDate.of(2027, 3, 1))).isEqualTo(TrainingRules.Materials.LATE);
    }

    @Test
    void exceptionsAreLateMaterialsAndHoldingBeforeApproval() {
        OffsetDateTime after = AT.plusHours(2);
        OffsetDateTime early = AT.minusDays(40);
        assertThat(TrainingRules.exceptions(facts(TrainingStatus.APPROVED, early, early.plusDays(2), Delivery.IN_PERSON,
                3, Set.of()), after.toLocalDate(), after)).isEmpty();
        assertThat(TrainingRules.exceptions(facts(TrainingStatus.APPROVED, AT.minusDays(10), AT.minusDays(5),
                Delivery.IN_PERSON, 3, Set.of()), after.toLocalDate(), after))
                .containsExactly(TrainingRules.Exception.MATERIALS_LATE);
        assertThat(TrainingRules.exceptions(facts(TrainingStatus.SUBMITTED, early, null, Delivery.IN_PERSON, 3, Set.of()),
                after.toLocalDate(), after)).containsExactly(TrainingRules.Exception.HELD_WITHOUT_APPROVAL);
        assertThat(TrainingRules.exceptions(facts(TrainingStatus.APPROVED, early, AT.plusDays(1), Delivery.IN_PERSON, 3,
                Set.of()), after.toLocalDate(), after.plusDays(2)))
                .as("approved only after it was held").containsExactly(TrainingRules.Exception.HELD_WITHOUT_APPROVAL);
        assertThat(TrainingRules.exceptions(facts(TrainingStatus.SUBMITTED, early, null, Delivery.IN_PERSON, 0, Set.of()),
                AT.toLocalDate(), AT.minusHours(1))).as("not held yet").isEmpty();
    }

    @Test
    void aTrainingCountsWhenApprovedHeldAttendedAndDocumentedForItsDelivery() {
        OffsetDateTime after = AT.plusMinutes(90);
        OffsetDateTime approved = AT.minusDays(31);
        Set<DocumentPurpose> sheet = EnumSet.of(DocumentPurpose.SIGN_IN_SHEET);
        Set<DocumentPurpose> roll = EnumSet.of(DocumentPurpose.ONLINE_ROLL);
        Set<DocumentPurpose> both = EnumSet.of(DocumentPurpose.SIGN_IN_SHEET, DocumentPurpose.ONLINE_ROLL);
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.APPROVED, approved, approved, Delivery.IN_PERSON, 2,
                sheet), after)).isEmpty();
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.APPROVED, approved, approved, Delivery.ONLINE, 2,
                roll), after)).isEmpty();
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.APPROVED, approved, approved, Delivery.HYBRID, 2,
                sheet), after)).containsExactly(TrainingRules.NotCounted.NO_ONLINE_ROLL);
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.APPROVED, approved, approved, Delivery.HYBRID, 2,
                both), after)).isEmpty();
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.APPROVED, approved, approved, Delivery.IN_PERSON, 1,
                sheet), after)).as("C.1.2: more than one attendee")
                .containsExactly(TrainingRules.NotCounted.TOO_FEW_ATTENDEES);
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.APPROVED, approved, approved, Delivery.IN_PERSON, 2,
                sheet), after.minusMinutes(1))).as("still going on").containsExactly(TrainingRules.NotCounted.NOT_HELD);
        assertThat(TrainingRules.notCounted(facts(TrainingStatus.RETURNED, approved, null, Delivery.ONLINE, 0,
                Set.of()), after)).containsExactly(TrainingRules.NotCounted.NOT_APPROVED,
                TrainingRules.NotCounted.TOO_FEW_ATTENDEES, TrainingRules.NotCounted.NO_ONLINE_ROLL);
        assertThat(TrainingRules.notCounted(new TrainingRules.Facts(AT, 44, Delivery.ONLINE, TrainingStatus.APPROVED,
                approved, approved, 5, roll), after)).containsExactly(TrainingRules.NotCounted.TOO_SHORT);
    }
}
