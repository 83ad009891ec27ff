package org.tutela.home;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tutela.access.CaseAccess;
import org.tutela.calendar.Event;
import org.tutela.calendar.EventStatus;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.caseload.Caseloads;
import org.tutela.compliance.FirearmFollowUps;
import org.tutela.compliance.Obligations;
import org.tutela.compliance.ObligationsDue;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.ConsultationRequest;
import org.tutela.consultation.ConsultationRequests;
import org.tutela.consultation.FollowUp;
import org.tutela.directory.CurrentUser;
import org.tutela.reporting.Measure;
import org.tutela.reporting.StopBasReports;
import org.tutela.shared.AgencyTime;

/**
 * What needs each role today, most urgent first, read through the modules' APIs: every list is limited to the cases
 * the user may see, and none holds a survivor's or a child's contact field. A few statements per page, none per item.
 */
@Component
class Today {

    /** At most this many items of a list on a home page; a link leads to the rest where there is one. */
    static final int SHOWN = 20;

    /** At most this many of the requests waiting for the BAS: each one is somebody's work waiting. */
    static final int WAITING = 50;

    /** How far ahead a worker's calendar looks. */
    static final int CALENDAR_DAYS = 14;

    /**
     * The BAS's day: overdue firearm follow-ups first, then requests for a staffing or hearing awaiting an answer
     * (the soonest first) and events whose attendance is to record, requests for a consultation (the longest waiting
     * first), obligations due or to check this week, follow-up consultations due, and the fiscal quarter's measures of
     * the BAS's organization (the STOP BAS report's own computation).
     */
    record BasDay(List<FirearmFollowUps.Item> firearm, List<Event> eventRequests, List<Event> attendance,
                  List<ConsultationRequest> consultationRequests, long consultationRequestsTotal,
                  List<ObligationsDue.Item> obligations, List<FollowUp> followUps, StopBasReports.RunningMeasures measures,
                  LocalDate today) {

        public java.math.BigDecimal target() {
            return Measure.TARGET;
        }
    }

    /**
     * A CPI's or case manager's day: overdue firearm follow-ups on their cases, their open cases with what each lacks
     * (and the open request for a consultation of each), their requests to the BAS with the answers, and the staffings
     * and hearings of the next days.
     */
    record WorkerDay(List<FirearmFollowUps.Item> firearm, Caseloads.Part<Caseloads.OpenCase> cases,
                     Map<UUID, ConsultationRequest> askedByCase, List<ConsultationRequest> consultationRequests,
                     List<Event> eventRequests, List<Event> calendar, boolean canOpenCase) {

        public int calendarDays() {
            return CALENDAR_DAYS;
        }
    }

    /**
     * A supervisor's day: overdue firearm follow-ups of the unit, requests the BAS has not answered yet, the cases
     * nobody is assigned to, and the caseload by worker.
     */
    record SupervisorDay(List<FirearmFollowUps.Item> firearm, List<Event> eventRequests,
                         List<ConsultationRequest> consultationRequests, Caseloads.Part<Caseloads.OpenCase> unassigned,
                         List<Caseloads.WorkerLoad> caseload, boolean canOpenCase) {
    }

    private final ConsultationLog consultations;
    private final ConsultationRequests requests;
    private final Obligations obligations;
    private final ObligationsDue due;
    private final StaffingCalendar calendar;
    private final Caseloads caseloads;
    private final CaseAccess access;
    private final StopBasReports reports;

    Today(ConsultationLog consultations, ConsultationRequests requests, Obligations obligations, ObligationsDue due,
          StaffingCalendar calendar, Caseloads caseloads, CaseAccess access, StopBasReports reports) {
        this.reports = reports;
        this.consultations = consultations;
        this.requests = requests;
        this.obligations = obligations;
        this.due = due;
        this.calendar = calendar;
        this.caseloads = caseloads;
        this.access = access;
    }

    BasDay bas(CurrentUser bas) {
        OffsetDateTime now = OffsetDateTime.now();
        // a request can be answered until its event begins; after it ends, its attendance is to record
        List<Event> awaiting = calendar.soonest(bas, EventStatus.REQUESTED, false, null, WAITING * 2).stream()
                .filter(e -> e.startsAt().isAfter(now)).limit(WAITING).toList();
        var open = requests.list(bas, true, 0, WAITING);
        LocalDate today = AgencyTime.today();
        return new BasDay(
                obligations.firearmFollowUps(bas, false, null).stream().filter(f -> !f.resolved()).toList(),
                awaiting, calendar.awaitingAttendance(bas).stream().limit(SHOWN).toList(), open.items(), open.total(),
                due.thisWeek(bas), consultations.openFollowUps(bas), reports.running(bas), today);
    }

    WorkerDay worker(CurrentUser me) {
        Caseloads.Part<Caseloads.OpenCase> cases = caseloads.assignedTo(me, SHOWN);
        Map<UUID, ConsultationRequest> asked = requests.openOn(me,
                cases.items().stream().map(Caseloads.OpenCase::id).toList());
        return new WorkerDay(obligations.firearmFollowUps(me, true, null), cases, asked,
                requests.madeBy(me, SHOWN), calendar.soonest(me, null, true, null, SHOWN),
                calendar.soonest(me, null, false, OffsetDateTime.now().plusDays(CALENDAR_DAYS), SHOWN),
                access.canCreateCase(me));
    }

    SupervisorDay supervisor(CurrentUser me) {
        return new SupervisorDay(obligations.firearmFollowUps(me, true, null),
                calendar.soonest(me, EventStatus.REQUESTED, false, null, WAITING),
                requests.list(me, true, 0, WAITING).items(), caseloads.unassigned(me, SHOWN), caseloads.byWorker(me),
                access.canCreateCase(me));
    }
}
