package org.tutela.home;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.consultation.ConsultationRequest;
import org.tutela.deadlines.ContractDeadlines;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.directory.UserDirectory;
import org.tutela.reporting.StopBasReports;

/** Each role lands here, on a page that says what needs them today, most urgent first. */
@Controller
class HomePageController {

    private final Today today;
    private final UserDirectory directory;
    private final StopBasReports reports;
    private final ContractDeadlines deadlines;
    private final org.tutela.consent.Advocacy advocacy;
    private final org.tutela.bip.BipReferrals bip;
    private final org.tutela.bip.BipReports bipReports;

    HomePageController(Today today, UserDirectory directory, StopBasReports reports, ContractDeadlines deadlines,
                       org.tutela.consent.Advocacy advocacy, org.tutela.bip.BipReferrals bip,
                       org.tutela.bip.BipReports bipReports) {
        this.bip = bip;
        this.bipReports = bipReports;
        this.advocacy = advocacy;
        this.deadlines = deadlines;
        this.today = today;
        this.directory = directory;
        this.reports = reports;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me,
                @RequestParam(required = false) String consultationRequested, Model model) {
        model.addAttribute("roleKey", "home." + me.role().name());
        // supervisors and administrators: the grants of a role that wait for their decision
        model.addAttribute("grantsAwaiting", directory.grantsAwaiting(me));
        List<ConsultationRequest> requests = List.of();
        switch (me.role()) {
            case BAS -> model.addAttribute("bas", today.bas(me));
            case CPI, CASE_MANAGER -> {
                Today.WorkerDay day = today.worker(me);
                model.addAttribute("worker", day);
                requests = day.consultationRequests();
            }
            case SUPERVISOR -> {
                Today.SupervisorDay day = today.supervisor(me);
                model.addAttribute("supervisor", day);
                requests = day.consultationRequests();
            }
            // E.1: the providers' STOP BAS report of this quarter and the last
            case CONTRACT_MANAGER, PROGRAM_LEADER -> model.addAttribute("reportQuarter", reports.currentQuarter());
            // C.1.6.1: the referrals to the advocate's center that wait for their answer, the oldest first
            case DV_ADVOCATE -> model.addAttribute("awaitingReferrals", advocacy.referralsOfCenter(me).stream()
                    .filter(org.tutela.consent.Referral::open)
                    .sorted(java.util.Comparator.comparing(org.tutela.consent.Referral::referredOn)).toList());
            // seed 001: the referrals to the provider awaiting its answer, the monthly reports it owes
            case BIP_PROVIDER -> {
                model.addAttribute("bipAwaiting", bip.list(me, null).stream()
                        .filter(r -> r.status() == org.tutela.bip.ReferralStatus.SENT).toList());
                model.addAttribute("bipDue", bipReports.due(me, null));
            }
            default -> {
            }
        }
        if (me.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS)) {
            model.addAttribute("bipAlerts", bip.alerts(me, true));
            model.addAttribute("bipReports", bipReports.toAcknowledge(me));
        }
        // issue 10, section 6: the contract's deadlines ahead, for those who keep or judge its records
        if (me.is(Role.BAS, Role.DV_ADVOCATE, Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER)) {
            model.addAttribute("deadlines", deadlines.of(me));
            model.addAttribute("showProvider", me.is(Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER));
            model.addAttribute("today", org.tutela.shared.AgencyTime.today());
        }
        // after a request for a consultation: its case's number, from the requests shown (an id names nothing else)
        UUID asked = uuid(consultationRequested);
        model.addAttribute("requestedCase", asked == null ? null : requests.stream()
                .filter(r -> r.caseId().equals(asked)).map(ConsultationRequest::caseNumber).findFirst().orElse(null));
        return "home/index";
    }

    /** The id in a query parameter, or null when it is none (the parameter only names what to say). */
    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
