package org.tutela.bip.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.bip.AttendanceImport;
import org.tutela.bip.BipGroups;
import org.tutela.bip.BipReferral;
import org.tutela.bip.BipReferrals;
import org.tutela.bip.BipReports;
import org.tutela.bip.DecisionData;
import org.tutela.bip.DischargeData;
import org.tutela.bip.DueReport;
import org.tutela.bip.EnrollmentData;
import org.tutela.bip.Group;
import org.tutela.bip.GroupData;
import org.tutela.bip.GroupDetail;
import org.tutela.bip.HomicideAlert;
import org.tutela.bip.IntakeData;
import org.tutela.bip.MonthlyReport;
import org.tutela.bip.MonthlyReportData;
import org.tutela.bip.ReferralData;
import org.tutela.bip.ReferralDetail;
import org.tutela.bip.Rule;
import org.tutela.bip.RuleData;
import org.tutela.bip.SessionData;
import org.tutela.directory.CurrentUser;
import org.tutela.shared.Downloads;
import org.tutela.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1/bip")
@Tag(name = "Batterer Intervention Program", description = "Referrals of a case's perpetrator to a BIP provider, "
        + "intake screening, same-gendered groups of 26 weekly sessions, attendance and monthly reports (seed 001). "
        + "A provider's users see only the referrals made to their organization: anything else answers 404.")
class BipApiController {

    private final BipReferrals referrals;
    private final BipGroups groups;
    private final BipReports reports;
    private final AttendanceImport imports;

    BipApiController(BipReferrals referrals, BipGroups groups, BipReports reports, AttendanceImport imports) {
        this.referrals = referrals;
        this.groups = groups;
        this.reports = reports;
        this.imports = imports;
    }

    // ---- referrals ----------------------------------------------------------------------------------------

    @GetMapping("/referrals")
    @Operation(summary = "The referrals you see: those made to your organization (providers), those on the cases you "
            + "see (CPIs, case managers, supervisors, BAS); optionally of one case")
    Map<String, List<BipReferral>> list(@AuthenticationPrincipal CurrentUser user,
                                        @RequestParam(required = false) UUID caseId) {
        return Map.of("items", referrals.list(user, caseId));
    }

    @PostMapping("/referrals")
    @Operation(summary = "Refer a case's perpetrator to a BIP provider of the case's region (the case's CPI, case "
            + "manager or supervisor): {\"caseId\",\"perpetratorId\",\"providerId\",\"reason\",\"courtOrdered\","
            + "\"obligationId\",\"orderNumber\",\"orderedOn\",\"renewsId\"}. The reason is written for the provider: "
            + "it may name no survivor, child or caregiver, nor their contact details, nor a DV center")
    ResponseEntity<ReferralDetail> refer(@AuthenticationPrincipal CurrentUser user,
                                         @RequestBody ReferralData request) {
        UUID id = referrals.refer(user, request);
        return ResponseEntity.created(URI.create("/api/v1/bip/referrals/" + id)).body(detail(user, id));
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "A referral with its intake, recommendations, the program's attendance and monthly reports; "
            + "for its provider, the participant and the reports due")
    ReferralDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return detail(user, id);
    }

    @PostMapping("/referrals/{id}/decision")
    @Operation(summary = "Accept or decline a referral (its provider): {\"decision\":\"ACCEPTED\"|\"DECLINED\","
            + "\"declineReason\":\"NO_CAPACITY\"|\"OUTSIDE_SERVICE_AREA\"|\"NOT_ELIGIBLE\"|\"LANGUAGE_NOT_OFFERED\"|\"OTHER\","
            + "\"declineNote\"}")
    BipReferral decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestBody DecisionData request) {
        return referrals.decide(user, id, request);
    }

    @PostMapping("/referrals/{id}/intake")
    @Operation(summary = "Record the intake screening (its provider, once accepted): screenedOn; physicalViolence, "
            + "sexualViolence, otherAbuse, outsideRelationships (ACKNOWLEDGED, PARTLY_ACKNOWLEDGED, DENIED); "
            + "substanceUse, mentalHealth (NO_CONCERN, HISTORY_REPORTED, ASSESSMENT_RECOMMENDED); homicideThreat, "
            + "homicideIdeation (either alerts the referring worker, their supervisors and the BAS at once); intakeNote")
    ReferralDetail intake(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                          @RequestBody IntakeData request) {
        referrals.intake(user, id, request);
        return detail(user, id);
    }

    @PostMapping("/referrals/{id}/enrollment")
    @Operation(summary = "Enroll the screened participant in a group of his own gender (its provider): "
            + "{\"groupId\",\"enrolledOn\"}; again to move him to another group")
    BipReferral enroll(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @RequestBody EnrollmentData request) {
        return referrals.enroll(user, id, request);
    }

    @PostMapping("/referrals/{id}/discharge")
    @Operation(summary = "Discharge the participant (its provider): {\"dischargeReason\":\"ATTENDED_26_OF_26\"|"
            + "\"NON_ATTENDANCE\"|\"RULE_VIOLATIONS\"|\"NEW_OFFENSE\"|\"MOVED_AWAY\"|\"OTHER\",\"dischargedOn\",\"dischargeNote\"}")
    BipReferral discharge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                          @RequestBody DischargeData request) {
        return referrals.discharge(user, id, request);
    }

    @PostMapping("/referrals/{id}/monthly-reports")
    @Operation(summary = "Send the participant's report of an ended month (its provider): {\"month\":\"2026-11\","
            + "\"comment\"}; the figures come from the attendance recorded; a comment that predicts or certifies is "
            + "refused (seed 001). It becomes a compliance check of the perpetrator's BIP obligation")
    ResponseEntity<MonthlyReport> send(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                       @RequestBody MonthlyReportData request) {
        MonthlyReport m = reports.send(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/bip/monthly-reports/" + m.id())).body(m);
    }

    // ---- monthly reports ----------------------------------------------------------------------------------

    @GetMapping("/monthly-reports")
    @Operation(summary = "The monthly reports you see, of one month (month=2026-11) or all")
    Map<String, List<MonthlyReport>> monthly(@AuthenticationPrincipal CurrentUser user,
                                             @RequestParam(required = false) String month) {
        return Map.of("items", reports.list(user, month));
    }

    @GetMapping("/monthly-reports/{id}")
    @Operation(summary = "A monthly report, with who acknowledged it")
    MonthlyReport report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return reports.report(user, id);
    }

    @GetMapping("/monthly-reports/{id}/report.pdf")
    @Operation(summary = "A monthly report as a PDF")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        MonthlyReport m = reports.report(user, id);
        return Downloads.attachment("bip-monthly-report-" + m.month() + ".pdf", MediaType.APPLICATION_PDF_VALUE,
                reports.pdf(m));
    }

    @PostMapping("/monthly-reports/{id}/acknowledgment")
    @Operation(summary = "Acknowledge a monthly report sent to you (the referring worker, their supervisors, the BAS)")
    MonthlyReport acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return reports.acknowledge(user, id);
    }

    @GetMapping("/reports-due")
    @Operation(summary = "The monthly reports your organization owes (providers): due by the 10th of the next month, "
            + "missing after that")
    Map<String, List<DueReport>> due(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", reports.due(user, null));
    }

    // ---- alerts -------------------------------------------------------------------------------------------

    @GetMapping("/alerts")
    @Operation(summary = "The homicide threat or ideation alerts sent to you (the referring worker, their supervisors, "
            + "the BAS); all=true for those acknowledged too")
    Map<String, List<HomicideAlert>> alerts(@AuthenticationPrincipal CurrentUser user,
                                            @RequestParam(defaultValue = "false") boolean all) {
        return Map.of("items", referrals.alerts(user, !all));
    }

    @PostMapping("/alerts/{id}/acknowledgment")
    @Operation(summary = "Acknowledge an alert sent to you")
    ResponseEntity<Void> acknowledgeAlert(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        referrals.acknowledgeAlert(user, id);
        return ResponseEntity.noContent().build();
    }

    // ---- groups, rules, sessions --------------------------------------------------------------------------

    @GetMapping("/groups")
    @Operation(summary = "Your organization's groups (providers)")
    Map<String, List<Group>> groups(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", groups.groups(user));
    }

    @PostMapping("/groups")
    @Operation(summary = "Start a group (providers): {\"name\",\"gender\":\"MALE\"|\"FEMALE\"|\"NON_BINARY\"|"
            + "\"ANOTHER_GENDER\",\"meets\",\"feesApply\"}; a participant joins only a group of his own gender")
    ResponseEntity<Group> addGroup(@AuthenticationPrincipal CurrentUser user, @RequestBody GroupData request) {
        Group g = groups.addGroup(user, request);
        return ResponseEntity.created(URI.create("/api/v1/bip/groups/" + g.id())).body(g);
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "A group with its participants, sessions and your rules (providers)")
    GroupDetail group(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return groups.detail(user, id);
    }

    @PostMapping("/groups/{id}/sessions")
    @Operation(summary = "Record a group session with each participant's attendance (providers): {\"heldOn\","
            + "\"attendance\":[{\"referralId\",\"attendance\":\"PRESENT\"|\"ABSENT\"|\"EXCUSED\",\"feeDue\",\"feePaid\","
            + "\"rulesBroken\":[ruleId],\"admittedViolence\"}]}; all saved or nothing")
    ResponseEntity<GroupDetail> session(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                                        @RequestBody SessionData request) {
        UUID session = groups.recordSession(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/bip/groups/" + id + "#" + session))
                .body(groups.detail(user, id));
    }

    @PostMapping(value = "/groups/{id}/sessions/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<AttendanceImport.Preview> importAsJson(@PathVariable UUID id) {
        // the file comes as multipart/form-data; a JSON body (an id's check aside) is a clear 400, not a 415 page
        throw new InvalidInput("file", "invalid.file.multipart");
    }

    @PostMapping(value = "/groups/{id}/sessions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A session's attendance from a CSV file, the part 'file' (providers): columns participant, "
            + "attendance (present, absent, excused), fee_due, fee_paid, rules_broken (the rules' words, "
            + "';'-separated), admitted (yes, no); heldOn=YYYY-MM-DD; preview=true checks every line and saves nothing; "
            + "otherwise one bad line and nothing is saved (400 with every line's errors)")
    ResponseEntity<AttendanceImport.Preview> importFile(@AuthenticationPrincipal CurrentUser user,
                                                        @PathVariable UUID id, @RequestParam LocalDate heldOn,
                                                        @RequestParam(defaultValue = "false") boolean preview,
                                                        @RequestPart("file") MultipartFile file) throws IOException {
        return imported(user, id, heldOn, preview, new String(file.getBytes(), StandardCharsets.UTF_8));
    }

    private ResponseEntity<AttendanceImport.Preview> imported(CurrentUser user, UUID id, LocalDate heldOn,
                                                              boolean preview, String csv) {
        if (!org.tutela.shared.InputValidation.plausibleYear(heldOn.getYear())) {
            throw new InvalidInput("heldOn", org.tutela.shared.InputValidation.DATE_RANGE);
        }
        if (preview) {
            return ResponseEntity.ok(imports.preview(user, id, heldOn, csv));
        }
        AttendanceImport.Preview p = imports.save(user, id, heldOn, csv);
        return p.valid() ? ResponseEntity.created(URI.create("/api/v1/bip/groups/" + id)).body(p)
                : ResponseEntity.badRequest().body(p);
    }

    @GetMapping("/rules")
    @Operation(summary = "Your organization's group rules (providers)")
    Map<String, List<Rule>> rules(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("items", groups.rules(user));
    }

    @PostMapping("/rules")
    @Operation(summary = "Add a group rule (providers): {\"text\"}")
    ResponseEntity<Rule> addRule(@AuthenticationPrincipal CurrentUser user, @RequestBody RuleData request) {
        return ResponseEntity.status(201).body(groups.addRule(user, request));
    }

    private ReferralDetail detail(CurrentUser user, UUID id) {
        return referrals.detail(user, id, reports.ofReferral(user, id),
                user.is(org.tutela.directory.Role.BIP_PROVIDER) ? reports.due(user, id) : List.of());
    }
}
