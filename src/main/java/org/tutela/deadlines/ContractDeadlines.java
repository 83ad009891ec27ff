package org.tutela.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tutela.calendar.FeedDeadline;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.meeting.Cadence;
import org.tutela.meeting.MeetingType;
import org.tutela.meeting.Meetings;
import org.tutela.reporting.StopBasSubmissions;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.FiscalYear;
import org.tutela.shared.Messages;
import org.tutela.training.Training;
import org.tutela.training.TrainingStatus;
import org.tutela.training.Trainings;

/**
 * The deadlines of a user's contract work, soonest first, read through the modules' APIs with the user's own access:
 * the BAS's and advocates' provider, or the region's providers for a contract manager or program leader.
 * <ul>
 *   <li>training materials due within {@link #AHEAD_DAYS} days or overdue, not submitted yet (the BAS);</li>
 *   <li>trainings whose materials wait for review (the BAS: awaiting the contract manager; the contract manager: theirs
 *       to review);</li>
 *   <li>meetings the current week or quarter still requires (C.1.6.1 to C.1.6.3), due at the week's or quarter's
 *       end;</li>
 *   <li>the survivors' releases of information that expire within {@link #AHEAD_DAYS} days (the advocates);</li>
 *   <li>the STOP BAS report of the quarter that ended, until submitted, and of the current one in its last
 *       {@link #AHEAD_DAYS} days (the BAS); submitted reports waiting for the contract manager's review, for
 *       {@link #AHEAD_DAYS} days after they came (the contract manager).</li>
 * </ul>
 */
@Service
public class ContractDeadlines implements FeedDeadline.Source {

    /** How far ahead a deadline shows. */
    public static final int AHEAD_DAYS = 30;

    private final Trainings trainings;
    private final Meetings meetings;
    private final FiscalYear fiscalYear;

    private final org.tutela.consent.Advocacy advocacy;

    private final StopBasSubmissions submissions;

    ContractDeadlines(Trainings trainings, Meetings meetings, FiscalYear fiscalYear,
                      org.tutela.consent.Advocacy advocacy, StopBasSubmissions submissions) {
        this.submissions = submissions;
        this.advocacy = advocacy;
        this.trainings = trainings;
        this.meetings = meetings;
        this.fiscalYear = fiscalYear;
    }

    public List<Deadline> of(CurrentUser user) {
        if (!user.is(Role.BAS, Role.DV_ADVOCATE, Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER)) {
            return List.of();
        }
        LocalDate today = AgencyTime.today();
        List<Deadline> found = new ArrayList<>();
        for (Training t : trainings.list(user, today)) {
            if (t.held()) {
                continue;
            }
            String href = "/trainings/" + t.id();
            if (user.is(Role.BAS) && t.editable() && !t.materialsDueOn().isAfter(today.plusDays(AHEAD_DAYS))) {
                found.add(new Deadline(Deadline.Kind.MATERIALS_DUE, t.materialsDueOn(), t.title(), t.providerName(),
                        href, uid("materials", t.id())));
            }
            if (user.is(Role.BAS, Role.CONTRACT_MANAGER) && t.status() == TrainingStatus.SUBMITTED) {
                LocalDate day = t.startsAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDate();
                found.add(new Deadline(Deadline.Kind.AWAITING_APPROVAL, day, t.title(), t.providerName(), href,
                        uid("approval", t.id())));
            }
        }
        FiscalQuarter quarter = fiscalYear.current();
        for (Meetings.Provider provider : meetings.providers(user)) {
            Cadence cadence = meetings.cadence(user, provider.id(), quarter.from(), quarter.to());
            for (Cadence.Requirement r : cadence.requirements()) {
                r.slots().stream().filter(s -> s.state() == Cadence.State.UPCOMING && !s.from().isAfter(today)
                                && !s.to().isAfter(today.plusDays(AHEAD_DAYS)))
                        .forEach(s -> found.add(new Deadline(Deadline.Kind.MEETING_REQUIRED, s.to(),
                                r.type().name(), provider.name(), "/meetings?providerId=" + provider.id(),
                                uid("meeting-" + r.type() + "-" + s.from(), provider.id()))));
            }
        }
        submissions.due(user, AHEAD_DAYS).forEach(d -> found.add(new Deadline(Deadline.Kind.REPORT_DUE, d.dueOn(),
                d.quarter(), d.providerName(), "/reports/stop-bas?quarter=" + d.quarter(),
                uid("report-" + d.quarter(), d.providerId()))));
        submissions.awaitingReview(user).forEach(s -> found.add(new Deadline(Deadline.Kind.REPORT_AWAITING_REVIEW,
                s.submittedAt().atZoneSameInstant(AgencyTime.ZONE).toLocalDate().plusDays(AHEAD_DAYS), s.quarter(),
                s.providerName(), "/reports/stop-bas?providerId=" + s.providerId() + "&quarter=" + s.quarter(),
                uid("report-review", s.id()))));
        advocacy.expiringWithin(user, AHEAD_DAYS).forEach(r -> found.add(new Deadline(Deadline.Kind.RELEASE_EXPIRING,
                r.expiresOn(), r.survivorName(), r.centerName(), "/advocacy#releases", uid("release", r.id()))));
        found.sort(Comparator.comparing(Deadline::day).thenComparing(Deadline::kind));
        return found;
    }

    /** The BAS's deadlines as all-day entries of their ICS feed, in the feed owner's language. */
    @Override
    public List<FeedDeadline> deadlines(CurrentUser owner, Locale language) {
        return of(owner).stream().map(d -> new FeedDeadline(d.uid(), d.day(),
                Messages.text(language, "deadline.ics." + d.kind(), about(d, language)),
                Messages.text(language, "deadline.ics.description", d.providerName()))).toList();
    }

    /** What a deadline is about, in words: a record's title, or a meeting type's label. */
    public static String about(Deadline d, Locale language) {
        return d.kind() == Deadline.Kind.MEETING_REQUIRED
                ? Messages.text(language, "meetingType." + MeetingType.valueOf(d.about())) : d.about();
    }

    /** The same id for the same deadline at every fetch, so that a calendar program updates it in place. */
    private static UUID uid(String what, UUID of) {
        return UUID.nameUUIDFromBytes((what + ":" + of).getBytes(StandardCharsets.UTF_8));
    }
}
