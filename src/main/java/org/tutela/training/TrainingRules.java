package org.tutela.training;

import org.tutela.documents.Delivery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tutela.documents.DocumentPurpose;
import org.tutela.shared.AgencyTime;

/** The C.1.2 and C.2.5.4 rules of a training, checked on its facts as they stand. */
public final class TrainingRules {

    /** C.1.2: materials reach the contract manager at least 30 days before the facilitation date. */
    public static final int MATERIALS_DAYS_AHEAD = 30;

    /** How many days before the materials are due the BAS is warned. */
    public static final int WARN_DAYS = 7;

    /** C.1.2: a training lasts at least 45 minutes. */
    public static final int MIN_MINUTES = 45;

    /** C.1.2: a training has more than one attendee. */
    public static final int MIN_ATTENDEES = 2;

    /** Where the materials stand against their due date. */
    public enum Materials {
        /** Submitted by the due date. */
        ON_TIME,
        /** Not submitted yet; the due date is more than {@link #WARN_DAYS} away. */
        PENDING,
        /** Not submitted yet and due within {@link #WARN_DAYS} days. */
        DUE_SOON,
        /** Not submitted and past the due date: submitting now is a contract exception. */
        OVERDUE,
        /** Submitted after the due date: a contract exception. */
        LATE
    }

    /** A departure from the contract that the report shows, though the training may still count. */
    public enum Exception { MATERIALS_LATE, HELD_WITHOUT_APPROVAL }

    /** Why a training does not count for the report. */
    public enum NotCounted { NOT_APPROVED, NOT_HELD, TOO_SHORT, TOO_FEW_ATTENDEES, NO_SIGN_IN_SHEET, NO_ONLINE_ROLL }

    /** The facts the rules read. */
    public record Facts(OffsetDateTime startsAt, int lengthMinutes, Delivery delivery, TrainingStatus status,
                        OffsetDateTime firstSubmittedAt, OffsetDateTime approvedAt, int attendees,
                        Set<DocumentPurpose> documents) {
    }

    private TrainingRules() {
    }

    /** The day the materials are due: 30 days before the day of the training, in the agency's time zone. */
    public static LocalDate materialsDueOn(OffsetDateTime startsAt) {
        return startsAt.atZoneSameInstant(AgencyTime.ZONE).toLocalDate().minusDays(MATERIALS_DAYS_AHEAD);
    }

    public static Materials materials(Facts f, LocalDate today) {
        LocalDate due = materialsDueOn(f.startsAt());
        if (f.firstSubmittedAt() != null) {
            return f.firstSubmittedAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDate().isAfter(due)
                    ? Materials.LATE : Materials.ON_TIME;
        }
        if (today.isAfter(due)) {
            return Materials.OVERDUE;
        }
        return today.isBefore(due.minusDays(WARN_DAYS)) ? Materials.PENDING : Materials.DUE_SOON;
    }

    /** Held: its time is over. */
    public static boolean held(Facts f, OffsetDateTime now) {
        return !f.startsAt().plusMinutes(f.lengthMinutes()).isAfter(now);
    }

    public static List<Exception> exceptions(Facts f, LocalDate today, OffsetDateTime now) {
        List<Exception> found = new ArrayList<>();
        Materials m = materials(f, today);
        if (m == Materials.LATE || m == Materials.OVERDUE) {
            found.add(Exception.MATERIALS_LATE);
        }
        // C.1.2: held only after approval; holding it earlier is allowed but is an exception
        if (held(f, now) && (f.approvedAt() == null || f.approvedAt().isAfter(f.startsAt()))) {
            found.add(Exception.HELD_WITHOUT_APPROVAL);
        }
        return found;
    }

    /** Why it does not count for the report; empty when it counts. */
    public static List<NotCounted> notCounted(Facts f, OffsetDateTime now) {
        List<NotCounted> reasons = new ArrayList<>();
        if (f.status() != TrainingStatus.APPROVED) {
            reasons.add(NotCounted.NOT_APPROVED);
        }
        if (!held(f, now)) {
            reasons.add(NotCounted.NOT_HELD);
        }
        if (f.lengthMinutes() < MIN_MINUTES) {
            reasons.add(NotCounted.TOO_SHORT);
        }
        if (f.attendees() < MIN_ATTENDEES) {
            reasons.add(NotCounted.TOO_FEW_ATTENDEES);
        }
        // C.2.5.4.3 and C.2.5.4.4: the proof of attendance the delivery calls for
        if (f.delivery().needsSignInSheet() && !f.documents().contains(DocumentPurpose.SIGN_IN_SHEET)) {
            reasons.add(NotCounted.NO_SIGN_IN_SHEET);
        }
        if (f.delivery().needsOnlineRoll() && !f.documents().contains(DocumentPurpose.ONLINE_ROLL)) {
            reasons.add(NotCounted.NO_ONLINE_ROLL);
        }
        return reasons;
    }
}
