package org.tutela.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tutela.calendar.EventType;
import org.tutela.compliance.ObligationSource;
import org.tutela.compliance.ObligationStatus;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.Topic;
import org.tutela.consultation.YesNo;
import org.tutela.directory.OrganizationType;
import org.tutela.meeting.Meeting;
import org.tutela.meeting.MeetingType;
import org.tutela.training.TrainingRules;

/**
 * The STOP BAS report (Template 1, seed 000 E.1) of a provider for a period, as computed now: a plain value, so that a
 * submitted report can later be kept as it was (a snapshot beside the current figures). Every number comes with the
 * records behind it. The records hold case numbers, dates, agency types, answers and reasons, never a person's name
 * or a note; the case ids (links to the case pages) only for the provider's own BAS. Trainings (C.1.2) and meetings
 * (C.1.6) come with their titles and the rules' findings, which every reader of the report may read.
 *
 * @param quarter       the fiscal quarter the period is, when it is one ({@code 2026-Q2}); null for a date range
 * @param e11           E.1.1 over the cases with a CBC or CMO consultation in the period
 * @param e12           E.1.2 over the cases with any consultation in the period
 * @param submission    for a fiscal quarter: its submission to the contract manager, the figures submitted beside these
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StopBasReport(LocalDate from, LocalDate to, String quarter, Provider provider, LocalDate computedOn,
                            Measure e11, Measure e12, Consultations consultations, Events events,
                            Monitoring monitoring, Trainings trainings, Meetings meetings,
                            Submission.State submission) {

    /** The same report with its quarter's submission: the submitted figures beside these, amendments, history. */
    StopBasReport withSubmission(Submission.State state) {
        return new StopBasReport(from, to, quarter, provider, computedOn, e11, e12, consultations, events, monitoring,
                trainings, meetings, state);
    }

    /** The DV center whose BAS the report is about. */
    public record Provider(UUID id, String name, String regionName) {
    }

    /** A number of records of one kind ({@code key} is an enum value's name: an agency type, a topic, an event type). */
    public record Count(String key, long count) {
    }

    /**
     * Consultations in the period, by agency type and by topic (one consultation counts under each of its topics), and
     * each consultation ({@code items}: the API lists them only when asked, {@code items=true}; absent otherwise).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consultations(long total, List<Count> byAgencyType, List<Count> byTopic, List<ConsultationLine> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConsultationLine(UUID caseId, String caseNumber, LocalDate consultedOn, OrganizationType agencyType,
                                   List<Topic> topics, ComplianceAnswer complianceMonitoring,
                                   YesNo guidedSafetyActions) {
    }

    /** C.1.3: staffings and hearings the provider's BAS attended in the period, by type. */
    public record Events(long attended, List<Count> byType, List<EventLine> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventLine(UUID caseId, String caseNumber, LocalDate on, EventType type) {
    }

    /**
     * C.1.5: perpetrators under the provider's compliance monitoring at some time in the period, the compliance checks
     * its BAS made in the period, and the firearm surrender follow-ups open at some time in the period, with what they
     * are today: still open, overdue, escalated.
     */
    public record Monitoring(long monitored, List<MonitoringLine> items, long checks, List<CheckLine> checkItems,
                             long firearmFollowUps, long firearmOpen, long firearmOverdue, long firearmEscalated,
                             List<FirearmLine> firearmItems) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MonitoringLine(UUID caseId, String caseNumber, LocalDate startedOn, LocalDate endedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckLine(UUID caseId, String caseNumber, LocalDate checkedOn, ObligationSource source,
                            ObligationStatus finding) {
    }

    /**
     * C.1.2: the trainings that began in the period, {@code held} of them held by today and {@code counted} of them
     * counting (approved, held, at least 45 minutes, more than one attendee, documented); the others with the reasons.
     */
    public record Trainings(long held, long counted, List<TrainingLine> items) {
    }

    public record TrainingLine(UUID trainingId, String title, LocalDate on, int minutes, int attendees, boolean held,
                               boolean counted, List<TrainingRules.NotCounted> notCounted,
                               List<TrainingRules.Exception> exceptions) {
    }

    /** C.1.6: each required meeting against its cadence in the period, and the meetings held. */
    public record Meetings(List<MeetingRequirement> requirements, List<MeetingLine> items) {
    }

    /** {@code slots}: the weeks or quarters the period asks one in (none for CCR, SART, MDT). */
    public record MeetingRequirement(MeetingType type, MeetingType.Cadence cadence, long slots, long held,
                                     long missing, long meetings) {
    }

    public record MeetingLine(UUID meetingId, MeetingType type, String title, LocalDate on, boolean held,
                              List<Meeting.Missing> missing) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FirearmLine(UUID caseId, String caseNumber, LocalDate dueOn, boolean open, boolean overdue,
                              long escalations) {
    }
}
