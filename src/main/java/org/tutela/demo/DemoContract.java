package org.tutela.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.Optional;
import org.tutela.access.CaseAccess.ReleaseScope;
import org.tutela.consent.Advocacy;
import org.tutela.consent.OutcomeData;
import org.tutela.consent.ReferralData;
import org.tutela.consent.ReferralOutcome;
import org.tutela.consent.ReleaseData;
import org.tutela.consent.ReleasePurpose;
import org.tutela.consent.RevocationData;
import org.tutela.consent.RevocationReceived;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Upload;
import org.tutela.meeting.ActionItemData;
import org.tutela.meeting.ActionStatus;
import org.tutela.meeting.LeaderKind;
import org.tutela.meeting.Meeting;
import org.tutela.meeting.MeetingData;
import org.tutela.meeting.MeetingPdfs;
import org.tutela.meeting.MeetingType;
import org.tutela.meeting.Meetings;
import org.tutela.meeting.MemberData;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.FiscalQuarter;
import org.tutela.shared.FiscalYear;
import org.tutela.shared.SubmittedPeriods;
import org.tutela.consultation.ComplianceAnswer;
import org.tutela.consultation.ConsultationData;
import org.tutela.consultation.ConsultationLog;
import org.tutela.consultation.ConsultationMode;
import org.tutela.consultation.ConsultationRules;
import org.tutela.consultation.Topic;
import org.tutela.consultation.YesNo;
import org.tutela.reporting.StopBasSubmissions;
import org.tutela.training.AttendeeData;
import org.tutela.documents.Delivery;
import org.tutela.training.Instructor;
import org.tutela.training.ReviewData;
import org.tutela.training.TrainingData;
import org.tutela.training.TrainingPdfs;
import org.tutela.training.TrainingTopic;
import org.tutela.training.Trainings;

/**
 * The contract's records of the demo provider (Harbor Light): trainings in each state (held and counted, held without
 * its sign-in sheet, returned with comments, submitted late and awaiting review, due soon and not submitted, approved
 * and coming up). Dates of past steps are set after the fact, as if each had happened on its day.
 */
@Component
class DemoContract {

    private final Trainings trainings;
    private final TrainingPdfs pdfs;
    private final Meetings meetings;
    private final MeetingPdfs meetingPdfs;
    private final FiscalYear fiscalYear;
    private final JdbcClient jdbc;
    private final StopBasSubmissions submissions;
    private final ConsultationLog consultations;
    private final Advocacy advocacy;

    DemoContract(Trainings trainings, TrainingPdfs pdfs, Meetings meetings, MeetingPdfs meetingPdfs,
                 FiscalYear fiscalYear, JdbcClient jdbc, Advocacy advocacy, StopBasSubmissions submissions,
                 ConsultationLog consultations) {
        this.submissions = submissions;
        this.consultations = consultations;
        this.advocacy = advocacy;
        this.trainings = trainings;
        this.pdfs = pdfs;
        this.meetings = meetings;
        this.meetingPdfs = meetingPdfs;
        this.fiscalYear = fiscalYear;
        this.jdbc = jdbc;
    }

    void load(List<UUID> caseIds, Map<String, UUID> users, Map<OrganizationType, UUID> orgs, UUID region) {
        CurrentUser bas = new CurrentUser(users.get("bas"), "bas", "Bailey Specialist", Role.BAS,
                orgs.get(OrganizationType.DV_CENTER), OrganizationType.DV_CENTER, region);
        CurrentUser manager = new CurrentUser(users.get("contractmanager"), "contractmanager", "Corey Contracts",
                Role.CONTRACT_MANAGER, orgs.get(OrganizationType.DCF), OrganizationType.DCF, region);
        java.time.LocalDate today = AgencyTime.today();
        OffsetDateTime now = OffsetDateTime.now();
        DemoData.as(bas, () -> {
            // last quarter: approved 40 days ahead, held with four attendees and the signed sheet: it counts
            UUID held = plan(bas, "Engaging fathers who use violence", List.of(TrainingTopic.PERPETRATOR_ENGAGEMENT),
                    at(today.minusDays(75), 9), 120, Delivery.IN_PERSON, true);
            approve(bas, manager, held, now.minusDays(118), now.minusDays(112));
            attendees(bas, held, "Casey Investigator", "Morgan Manager", "Jordan Reyes", "Taylor Brooks");
            file(bas, held, DocumentPurpose.SIGN_IN_SHEET, "signed sign-in sheet.pdf");
            // this quarter: held online with three attendees, but its roll is not uploaded yet: it does not count
            UUID noRoll = plan(bas, "Batterer dynamics and the harm to children",
                    List.of(TrainingTopic.BATTERER_DYNAMICS), at(today.minusDays(20), 13), 60, Delivery.ONLINE, true);
            approve(bas, manager, noRoll, now.minusDays(60), now.minusDays(55));
            attendees(bas, noRoll, "Casey Investigator", "Riley Chen", "Sam Ortiz");
            // held in person without its signed sign-in sheet
            UUID noSheet = plan(bas, "Safety actions that hold him accountable",
                    List.of(TrainingTopic.CASE_PLAN_AND_SAFETY_ACTIONS), at(today.minusDays(9), 10), 90,
                    Delivery.IN_PERSON, true);
            approve(bas, manager, noSheet, now.minusDays(45), now.minusDays(41));
            attendees(bas, noSheet, "Morgan Manager", "Avery Lopez");
            // coming up: returned by the contract manager with a comment
            UUID returned = plan(bas, "Case plans that increase batterer accountability",
                    List.of(TrainingTopic.CASE_PLAN_AND_SAFETY_ACTIONS, TrainingTopic.PERPETRATOR_ENGAGEMENT),
                    at(today.plusDays(58), 9), 180, Delivery.HYBRID, true);
            trainings.submit(bas, returned);
            DemoData.as(manager, () -> {
                trainings.review(manager, returned, new ReviewData(ReviewData.Decision.RETURNED,
                        "Please add the case-plan writing exercise and name the BIP co-facilitator's agency."));
                return null;
            });
            // coming up: submitted after the due date, waiting for the contract manager
            UUID late = plan(bas, "Interviewing the perpetrator", List.of(TrainingTopic.PERPETRATOR_ENGAGEMENT),
                    at(today.plusDays(22), 14), 90, Delivery.IN_PERSON, true);
            trainings.submit(bas, late);
            // coming up: materials due in five days, not submitted yet
            plan(bas, "Firearm surrender: what child welfare can do", List.of(TrainingTopic.OTHER),
                    at(today.plusDays(35), 10), 60, Delivery.ONLINE, false);
            // coming up: approved on time
            UUID ready = plan(bas, "Perpetrator pattern-based safety planning",
                    List.of(TrainingTopic.BATTERER_DYNAMICS, TrainingTopic.CASE_PLAN_AND_SAFETY_ACTIONS),
                    at(today.plusDays(50), 9), 75, Delivery.IN_PERSON, true);
            approve(bas, manager, ready, now.minusDays(3), now.minusDays(1));
            return null;
        });
        CurrentUser advocate = new CurrentUser(users.get("advocate"), "advocate", "Avery Advocate", Role.DV_ADVOCATE,
                orgs.get(OrganizationType.DV_CENTER), OrganizationType.DV_CENTER, region);
        CurrentUser cpi = new CurrentUser(users.get("cpi"), "cpi", "Casey Investigator", Role.CPI,
                orgs.get(OrganizationType.DCF), OrganizationType.DCF, region);
        UUID discussion = referralsAndReleases(cpi, advocate, caseIds, orgs.get(OrganizationType.DV_CENTER), today);
        DemoData.as(bas, () -> {
            meetingsOf(bas, fiscalYear.current().previous(), today, false);
            UUID lastWeekly = meetingsOf(bas, fiscalYear.current(), today, true);
            if (lastWeekly != null) {
                // C.1.6.1: a survivor discussed at the weekly meeting, under her live release
                meetings.addItem(bas, lastWeekly, new ActionItemData(ActionItemData.Kind.SURVIVOR,
                        "The BAS shared that the father's BIP attendance stopped in October; the advocate will update "
                                + "the safety plan.", null, null, discussion));
            }
            return null;
        });
        DemoData.as(advocate, () -> {
            roster(advocate);
            return null;
        });
        submittedReport(bas, caseIds, orgs.get(OrganizationType.DCF));
    }

    /**
     * E.1: the previous quarter's STOP BAS report, submitted by the BAS ten days after the quarter ended and waiting for
     * the contract manager; then a consultation of that quarter entered late, with its reason, so that the report
     * shows the submitted and the current figures apart (one consultation more, its measures unchanged).
     */
    private void submittedReport(CurrentUser bas, List<UUID> caseIds, UUID dcf) {
        FiscalQuarter previous = fiscalYear.current().previous();
        DemoData.as(bas, () -> {
            UUID id = submissions.submit(bas, previous.name());
            jdbc.sql("UPDATE stop_bas_submission SET submitted_at = ? WHERE id = ?")
                    .params(previous.to().plusDays(10).atTime(16, 20).atZone(AgencyTime.ZONE).toOffsetDateTime(), id)
                    .update();
            consultations.log(bas, new ConsultationData(caseIds.get(6), previous.from().plusDays(70),
                    "Casey Investigator", "CPI", dcf, ConsultationMode.PHONE, List.of(Topic.SAFETY_ACTIONS),
                    "Follow-up call on the mother's safety plan and the father's contact with the children. "
                            + ConsultationRules.GUIDANCE_SENTENCES.get(0),
                    ComplianceAnswer.NOT_APPLICABLE, YesNo.YES, null, SubmittedPeriods.AmendmentReason.LATE_ENTRY));
            return null;
        });
    }

    /**
     * A quarter of meetings up to today: the weekly meeting with the advocates on Tuesdays, the STOP BAS call, the
     * leadership meeting with its barriers and action items, a CCR meeting; in the current quarter one week is
     * missed, one weekly sheet is not uploaded yet and the FLDVC call is not held yet (the cadence warns).
     */
    private UUID meetingsOf(CurrentUser bas, FiscalQuarter quarter, java.time.LocalDate today, boolean current) {
        java.time.LocalDate tuesday = quarter.from().with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.TUESDAY));
        int week = 0;
        UUID lastWeekly = null;
        for (java.time.LocalDate d = tuesday; !d.isAfter(quarter.to()) && d.isBefore(today); d = d.plusWeeks(1)) {
            week++;
            if (current && week == 8) {
                continue; // a week missed (C.1.6.1 asks for every week)
            }
            lastWeekly = meeting(bas, MeetingType.BAS_ADVOCATE_WEEKLY, "Weekly check-in with the DV advocates",
                    at(d, 10), 60, Delivery.IN_PERSON, "Current referrals; batterer information for safety planning; "
                            + "training ideas; leadership meeting agenda.", !(current && week == 2),
                    "Bailey Specialist", "Avery Advocate");
            if (week == 3) {
                meetings.addItem(bas, lastWeekly, new ActionItemData(ActionItemData.Kind.BARRIER,
                        "Case managers do not know the BAS can attend case transfer staffings.", null, null));
                meetings.addItem(bas, lastWeekly, new ActionItemData(ActionItemData.Kind.ACTION,
                        "Send the staffing request how-to to the CBC supervisors.", "Bailey Specialist", d.plusDays(14)));
            }
        }
        meeting(bas, MeetingType.STOP_BAS_CALL, "STOP BAS quarterly call", at(quarter.from().plusDays(14), 14), 60,
                Delivery.ONLINE, "Contract updates; measures of the quarter; questions.", true, "Bailey Specialist",
                "Pat Nguyen");
        if (!current) {
            meeting(bas, MeetingType.FLDVC_INITIATIVE_CALL, "Partners in Protection initiative call",
                    at(quarter.from().plusDays(30), 13), 60, Delivery.ONLINE, "Initiative news; peer exchange.", true,
                    "Bailey Specialist", "Avery Advocate");
        }
        UUID leadership = meeting(bas, MeetingType.LEADERSHIP, "Partners in Protection leadership meeting",
                at(quarter.from().plusDays(42), 9), 90, Delivery.HYBRID, "Barriers to collaboration since last "
                        + "quarter; firearm surrender follow-up across systems; next steps.", true, "Bailey Specialist",
                "Avery Advocate", "Dr. Renee Powell", "Captain Luis Ortega");
        meetings.addItem(bas, leadership, new ActionItemData(ActionItemData.Kind.BARRIER,
                "Firearm surrender orders reach the sheriff's office days late.", null, null));
        UUID action = meetings.addItem(bas, leadership, new ActionItemData(ActionItemData.Kind.ACTION,
                "Agree a same-day notice from the clerk to the sheriff's office.", "Captain Luis Ortega",
                quarter.from().plusDays(70)));
        if (!current) {
            meetings.setStatus(bas, action, ActionStatus.DONE);
        }
        meeting(bas, MeetingType.CCR, "Coordinated community response team", at(quarter.from().plusDays(21), 12),
                90, Delivery.IN_PERSON, "Protective injunction process; BIP capacity.", true, "Bailey Specialist",
                "Jordan Reyes");
        return lastWeekly;
    }

    private UUID meeting(CurrentUser bas, MeetingType type, String title, OffsetDateTime at, int minutes,
                         Delivery delivery, String agenda, boolean documented, String... attendees) {
        UUID id = meetings.create(bas, new MeetingData(type, title, at, minutes, delivery, agenda, null));
        for (String name : attendees) {
            meetings.addAttendee(bas, id, new org.tutela.meeting.AttendeeData(name, name.startsWith("Bailey")
                    ? "Batterer Accountability Specialist" : "Partner", "Suncoast Region"));
        }
        if (documented) {
            Meeting m = meetings.get(bas, id);
            if (delivery.needsSignInSheet()) {
                meetings.addDocument(bas, id, DocumentPurpose.SIGN_IN_SHEET,
                        new Upload("signed sign-in sheet.pdf", meetingPdfs.signInSheet(m)), null);
            }
            if (delivery.needsOnlineRoll()) {
                meetings.addDocument(bas, id, DocumentPurpose.ONLINE_ROLL,
                        new Upload("attendee roll.pdf", meetingPdfs.agenda(m)), null);
            }
        }
        return id;
    }

    /**
     * C.1.6.1: referrals of six cases' survivors to the center, in each state (waiting, enrolled three times, declined,
     * unable to reach), and releases in each state: live with both scopes (expiring within the month), live for the
     * enrollment only, expired, revoked. Returns the release that allows a survivor's discussion.
     */
    private UUID referralsAndReleases(CurrentUser cpi, CurrentUser advocate, List<UUID> caseIds, UUID center,
                                      java.time.LocalDate today) {
        UUID[] referrals = new UUID[6];
        UUID[] survivors = new UUID[6];
        DemoData.as(cpi, () -> {
            for (int i = 0; i < 6; i++) {
                UUID caseId = caseIds.get(i * 2);
                survivors[i] = jdbc.sql("SELECT id FROM person WHERE case_id = ? AND role = 'SURVIVOR' LIMIT 1")
                        .param(caseId).query(UUID.class).single();
                referrals[i] = advocacy.refer(cpi, caseId, new ReferralData(survivors[i], center));
            }
            return null;
        });
        ReferralOutcome[] outcomes = {null, ReferralOutcome.ENROLLED, ReferralOutcome.ENROLLED,
                ReferralOutcome.ENROLLED, ReferralOutcome.DECLINED, ReferralOutcome.UNABLE_TO_REACH};
        UUID[] released = new UUID[1];
        DemoData.as(advocate, () -> {
            for (int i = 1; i < 6; i++) {
                advocacy.recordOutcome(advocate, referrals[i], new OutcomeData(outcomes[i], today));
            }
            List<ReleasePurpose> both = List.of(ReleasePurpose.CONFIRM_ENROLLMENT,
                    ReleasePurpose.SHARE_BATTERER_INFORMATION);
            released[0] = advocacy.recordRelease(advocate, new ReleaseData(survivors[1], both,
                    List.of(ReleaseScope.ENROLLMENT_STATUS, ReleaseScope.SURVIVOR_DISCUSSION), today.minusDays(70),
                    today.plusDays(20)), Optional.of(new Upload("signed release.pdf", releaseForm())));
            advocacy.recordRelease(advocate, new ReleaseData(survivors[2], List.of(ReleasePurpose.CONFIRM_ENROLLMENT),
                    List.of(ReleaseScope.ENROLLMENT_STATUS), today.minusDays(30), today.plusDays(150)), Optional.empty());
            UUID expired = advocacy.recordRelease(advocate, new ReleaseData(survivors[3], both,
                    List.of(ReleaseScope.ENROLLMENT_STATUS), today.minusDays(20), today.plusDays(1)), Optional.empty());
            UUID revoked = advocacy.recordRelease(advocate, new ReleaseData(survivors[2], both,
                    List.of(ReleaseScope.SURVIVOR_DISCUSSION), today.minusDays(40), today.plusDays(300)),
                    Optional.empty());
            advocacy.revoke(advocate, revoked, new RevocationData(today.minusDays(5), RevocationReceived.BY_PHONE));
            // expired: signed a year ago for eleven months (no request may record a release already expired)
            jdbc.sql("UPDATE release_of_information SET signed_on = ?, expires_on = ? WHERE id = ?")
                    .params(today.minusDays(400), today.minusDays(35), expired).update();
            return null;
        });
        // the referrals and their answers on their days
        for (int i = 0; i < 6; i++) {
            jdbc.sql("UPDATE advocate_referral SET referred_on = ?, outcome_on = CASE WHEN outcome IS NULL THEN NULL"
                    + " ELSE ? END WHERE id = ?").params(today.minusDays(90 - i * 14L), today.minusDays(80 - i * 14L),
                    referrals[i]).update();
        }
        return released[0];
    }

    /** A stand-in for the scan of a signed release: a one-page PDF that says it is one. */
    private static byte[] releaseForm() {
        return org.tutela.shared.PdfLayout.pdf("Release of information (demo)", d -> d.add(new com.lowagie.text.Paragraph(
                "Demo stand-in for a scanned, signed Release of Information.", org.tutela.shared.PdfLayout.TEXT)));
    }

    /** C.1.6.3: the committee's roster, kept with the advocates. */
    private void roster(CurrentUser advocate) {
        meetings.addMember(advocate, new MemberData("Dr. Renee Powell", "DCF Suncoast Region",
                "Regional child welfare director", LeaderKind.SYSTEM_LEADER));
        meetings.addMember(advocate, new MemberData("Captain Luis Ortega", "Suncoast County Sheriff's Office",
                "Domestic violence unit", LeaderKind.SYSTEM_LEADER));
        meetings.addMember(advocate, new MemberData("Pastor Mae Johnson", "Eastside Community Church",
                "Faith leader", LeaderKind.UNDERSERVED_COMMUNITY_LEADER));
        meetings.addMember(advocate, new MemberData("Rosa Delgado", "Familias Unidas", "Executive director",
                LeaderKind.UNDERSERVED_COMMUNITY_LEADER));
        UUID left = meetings.addMember(advocate, new MemberData("Dana Reyes", "New Directions Intervention Program",
                "Program director", LeaderKind.PARTNER));
        meetings.setActive(advocate, left, false);
    }

    /** A time of day in the agency's zone. */
    private static OffsetDateTime at(java.time.LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(AgencyTime.ZONE).toOffsetDateTime();
    }

    private UUID plan(CurrentUser bas, String title, List<TrainingTopic> topics, OffsetDateTime startsAt, int minutes,
                      Delivery delivery, boolean materials) {
        List<Instructor> instructors = topics.contains(TrainingTopic.PERPETRATOR_ENGAGEMENT)
                ? List.of(new Instructor("Bailey Specialist", "Batterer Accountability Specialist", false),
                new Instructor("Dana Reyes", "Group facilitator, New Directions Intervention Program", true))
                : List.of(new Instructor("Bailey Specialist", "Batterer Accountability Specialist", false));
        UUID id = trainings.create(bas, new TrainingData(title, topics,
                topics.contains(TrainingTopic.OTHER) ? "Court-ordered firearm surrender follow-up" : null,
                "For child protective investigators and case managers of the Suncoast Region: what the research and "
                        + "our cases show, and how to use it in the next contact with the family.",
                "Name the perpetrator's behaviors and their impact on the children; write one safety action or case "
                        + "plan task that holds him accountable.",
                startsAt, minutes, delivery, instructors, "CPIs, case managers and their supervisors"));
        if (materials) {
            file(bas, id, DocumentPurpose.TRAINING_MATERIALS, "training plan.pdf");
        }
        return id;
    }

    /** Submitted and approved on those days (the steps are dated after the fact). */
    private void approve(CurrentUser bas, CurrentUser manager, UUID id, OffsetDateTime submittedAt,
                         OffsetDateTime approvedAt) {
        trainings.submit(bas, id);
        DemoData.as(manager, () -> {
            trainings.review(manager, id, new ReviewData(ReviewData.Decision.APPROVED, null));
            return null;
        });
        jdbc.sql("UPDATE training SET first_submitted_at = ?, approved_at = ? WHERE id = ?")
                .params(submittedAt, approvedAt, id).update();
        jdbc.sql("UPDATE training_step SET done_at = CASE kind WHEN 'SUBMITTED' THEN ? ELSE ? END WHERE training_id = ?")
                .params(submittedAt, approvedAt, id).update();
    }

    private void attendees(CurrentUser bas, UUID id, String... names) {
        String[][] roles = {{"Child protective investigator", "DCF Suncoast Child Protective Investigations"},
                {"Case manager", "Suncoast Community Based Care"}, {"Case manager", "Bayside Family Case Management"},
                {"Supervisor", "DCF Suncoast Child Protective Investigations"}};
        for (int i = 0; i < names.length; i++) {
            trainings.addAttendee(bas, id, new AttendeeData(names[i], roles[i % roles.length][0],
                    roles[i % roles.length][1]));
        }
    }

    /** A real PDF for the demo's files: the training's own agenda stands in for its materials and scans. */
    private void file(CurrentUser bas, UUID id, DocumentPurpose purpose, String name) {
        trainings.addDocument(bas, id, purpose, new Upload(name, pdfs.agenda(trainings.get(bas, id))), null);
    }
}
