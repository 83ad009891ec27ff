package org.tutela.bip.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.bip.Attendance;
import org.tutela.bip.AttendanceImport;
import org.tutela.bip.BipGroups;
import org.tutela.bip.BipReferral;
import org.tutela.bip.BipReferrals;
import org.tutela.bip.BipReports;
import org.tutela.bip.Decision;
import org.tutela.bip.DecisionData;
import org.tutela.bip.DeclineReason;
import org.tutela.bip.DischargeData;
import org.tutela.bip.DischargeReason;
import org.tutela.bip.Disclosure;
import org.tutela.bip.DueReport;
import org.tutela.bip.EnrollmentData;
import org.tutela.bip.GroupData;
import org.tutela.bip.GroupDetail;
import org.tutela.bip.IntakeData;
import org.tutela.bip.MonthlyReportData;
import org.tutela.bip.ReferralData;
import org.tutela.bip.ReferralDetail;
import org.tutela.bip.ReferralStatus;
import org.tutela.bip.RuleData;
import org.tutela.bip.Screening;
import org.tutela.bip.SessionData;
import org.tutela.caseload.Gender;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.Downloads;
import org.tutela.shared.FormBinder;
import org.tutela.shared.FormState;
import org.tutela.shared.InvalidInput;

/**
 * The BIP pages: the provider's portal (its referrals, groups, attendance and reports) and, for the case's
 * professionals and the BAS, the referrals on their cases, the alerts and the monthly reports to acknowledge.
 */
@Controller
class BipPageController {

    private final BipReferrals referrals;
    private final BipGroups groups;
    private final BipReports reports;
    private final AttendanceImport imports;
    private final FormBinder forms;

    BipPageController(BipReferrals referrals, BipGroups groups, BipReports reports, AttendanceImport imports,
                      FormBinder forms) {
        this.referrals = referrals;
        this.groups = groups;
        this.reports = reports;
        this.imports = imports;
        this.forms = forms;
    }

    // ---- the portal and the referrals ---------------------------------------------------------------------

    @GetMapping("/bip")
    String index(@AuthenticationPrincipal CurrentUser me, Model model) {
        boolean provider = me.is(Role.BIP_PROVIDER);
        model.addAttribute("provider", provider);
        model.addAttribute("referrals", referrals.list(me, null));
        model.addAttribute("due", provider ? reports.due(me, null) : List.of());
        model.addAttribute("groups", provider ? groups.groups(me) : List.of());
        model.addAttribute("sent", provider ? reports.list(me, null).stream().limit(10).toList() : List.of());
        model.addAttribute("alerts", provider ? List.of() : referrals.alerts(me, true));
        model.addAttribute("toAcknowledge", provider ? List.of() : reports.toAcknowledge(me));
        return "bip/index";
    }

    /** What a referral page confirms after a save, by the step saved (nothing for any other value). */
    private static final Map<String, String> SAVED = Map.of("decision", "bip.saved.decision", "intake",
            "bip.saved.intake", "enrollment", "bip.saved.enrollment", "discharge", "bip.saved.discharge");

    @GetMapping("/bip/referrals/{id}")
    String referral(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                    @RequestParam(required = false) String saved, @RequestParam(required = false) String referred,
                    @RequestParam(required = false) String renewed, Model model) {
        model.addAttribute("savedKey", referred != null ? "bip.saved.referred" : renewed != null ? "bip.saved.renewed"
                : saved == null ? null : SAVED.get(saved));
        return referralPage(me, id, null, model);
    }

    @PostMapping("/bip/referrals/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        return act(me, id, "decision", fields, model, () -> referrals.decide(me, id,
                forms.bind(fields, DecisionData.class)));
    }

    @PostMapping("/bip/referrals/{id}/intake")
    String intake(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        try {
            boolean alerted = referrals.intake(me, id, forms.bind(fields, IntakeData.class)).homicideAlert();
            return "redirect:/bip/referrals/" + id + "?saved=intake" + (alerted ? "&alerted" : "");
        } catch (InvalidInput e) {
            return referralPage(me, id, FormState.refused("intake", fields, e.errors()), model);
        }
    }

    @PostMapping("/bip/referrals/{id}/enrollment")
    String enroll(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                  @RequestParam Map<String, String> fields, Model model) {
        return act(me, id, "enrollment", fields, model, () -> referrals.enroll(me, id,
                forms.bind(fields, EnrollmentData.class)));
    }

    @PostMapping("/bip/referrals/{id}/discharge")
    String discharge(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                     @RequestParam Map<String, String> fields, Model model) {
        return act(me, id, "discharge", fields, model, () -> referrals.discharge(me, id,
                forms.bind(fields, DischargeData.class)));
    }

    @PostMapping("/bip/referrals/{id}/monthly-reports")
    String sendReport(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                      @RequestParam Map<String, String> fields, Model model) {
        try {
            UUID report = reports.send(me, id, forms.bind(fields, MonthlyReportData.class)).id();
            return "redirect:/bip/monthly-reports/" + report + "?sent";
        } catch (InvalidInput e) {
            return referralPage(me, id, FormState.refused("report", fields, e.errors()), model);
        }
    }

    /** A worker renews an expired referral: a new one of the same program, with the reason as written again. */
    @PostMapping("/bip/referrals/{id}/renewal")
    String renew(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                 @RequestParam Map<String, String> fields, Model model) {
        BipReferral old = referrals.referral(me, id);
        try {
            Map<String, String> all = new HashMap<>(fields);
            all.put("caseId", String.valueOf(old.caseId()));
            all.put("perpetratorId", old.perpetratorId().toString());
            all.put("providerId", old.providerId().toString());
            all.put("renewsId", id.toString());
            all.putIfAbsent("courtOrdered", String.valueOf(old.courtOrdered()));
            if (old.courtOrdered()) {
                all.putIfAbsent("orderNumber", old.orderNumber() == null ? "" : old.orderNumber());
                all.putIfAbsent("orderedOn", old.orderedOn() == null ? "" : old.orderedOn().toString());
                all.putIfAbsent("obligationId", old.obligationId() == null ? "" : old.obligationId().toString());
            }
            UUID renewal = referrals.refer(me, forms.bind(all, ReferralData.class));
            return "redirect:/bip/referrals/" + renewal + "?renewed";
        } catch (InvalidInput e) {
            return referralPage(me, id, FormState.refused("renewal", fields, e.errors()), model);
        }
    }

    private String act(CurrentUser me, UUID id, String form, Map<String, String> fields, Model model,
                       Runnable action) {
        try {
            action.run();
            return "redirect:/bip/referrals/" + id + "?saved=" + form;
        } catch (InvalidInput e) {
            return referralPage(me, id, FormState.refused(form, fields, e.errors()), model);
        }
    }

    private String referralPage(CurrentUser me, UUID id, FormState failed, Model model) {
        boolean provider = me.is(Role.BIP_PROVIDER);
        List<DueReport> due = provider ? reports.due(me, id) : List.of();
        ReferralDetail d = referrals.detail(me, id, reports.ofReferral(me, id), due);
        model.addAttribute("d", d);
        model.addAttribute("r", d.referral());
        model.addAttribute("provider", provider);
        model.addAttribute("canRenew", me.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR)
                && d.referral().status() == ReferralStatus.EXPIRED && d.referral().renewedById() == null);
        // a group of the participant's own gender (same-gendered groups only); all when it is not recorded
        model.addAttribute("groups", !provider ? List.of() : groups.groups(me).stream()
                .filter(g -> d.participant() == null || d.participant().gender() == null
                        || g.gender() == d.participant().gender()).toList());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        // "attended 26 of 26 sessions" only for a participant who did
        model.addAttribute("dischargeReasons", java.util.Arrays.stream(DischargeReason.values())
                .filter(x -> x != DischargeReason.ATTENDED_26_OF_26 || d.referral().attendedAll()).toList());
        model.addAttribute("disclosures", Disclosure.values());
        model.addAttribute("screenings", Screening.values());
        model.addAttribute("dueMonths", due.stream().map(DueReport::month).toList());
        String today = AgencyTime.today().toString();
        model.addAttribute("decisionForm", form(failed, "decision", Map.of()));
        model.addAttribute("intakeForm", form(failed, "intake", Map.of("screenedOn", today)));
        model.addAttribute("enrollmentForm", form(failed, "enrollment", Map.of("enrolledOn", today)));
        model.addAttribute("dischargeForm", form(failed, "discharge", Map.of("dischargedOn", today)));
        model.addAttribute("reportForm", form(failed, "report", due.isEmpty() ? Map.of()
                : Map.of("month", due.get(0).month())));
        model.addAttribute("renewalForm", form(failed, "renewal", Map.of("reason", d.referral().reason())));
        model.addAttribute("failed", failed);
        return "bip/referral";
    }

    private static FormState form(FormState failed, String name, Map<String, String> values) {
        return failed != null && failed.name().equals(name) ? failed : FormState.of(name, values);
    }

    // ---- monthly reports and alerts -----------------------------------------------------------------------

    @GetMapping("/bip/monthly-reports/{id}")
    String report(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("m", reports.report(me, id));
        model.addAttribute("provider", me.is(Role.BIP_PROVIDER));
        return "bip/report";
    }

    @GetMapping("/bip/monthly-reports/{id}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        org.tutela.bip.MonthlyReport m = reports.report(me, id);
        return Downloads.attachment("bip-monthly-report-" + m.month() + ".pdf", MediaType.APPLICATION_PDF_VALUE,
                reports.pdf(m));
    }

    @PostMapping("/bip/monthly-reports/{id}/acknowledgment")
    String acknowledge(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        reports.acknowledge(me, id);
        return "redirect:/bip/monthly-reports/" + id + "?acknowledged";
    }

    @PostMapping("/bip/alerts/{id}/acknowledgment")
    String acknowledgeAlert(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                            @RequestParam(required = false) String back) {
        referrals.acknowledgeAlert(me, id);
        return "/".equals(back) ? "redirect:/?alertAcknowledged" : "redirect:/bip?alertAcknowledged";
    }

    // ---- the case's section -------------------------------------------------------------------------------

    @GetMapping("/cases/{id}/bip")
    String onCase(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return caseSection(me, id, FormState.of("bipReferral", Map.of("courtOrdered", "false")), model);
    }

    @PostMapping("/cases/{id}/bip-referrals")
    String refer(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                 @RequestParam Map<String, String> fields, Model model) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("caseId", id.toString());
        try {
            UUID referral = referrals.refer(me, forms.bind(all, ReferralData.class));
            return "redirect:/bip/referrals/" + referral + "?referred";
        } catch (InvalidInput e) {
            caseSection(me, id, FormState.refused("bipReferral", fields, e.errors()), model);
            model.addAttribute("refusedPage", true);
            return "bip/refer-refused";
        }
    }

    private String caseSection(CurrentUser me, UUID caseId, FormState form, Model model) {
        boolean canRefer = me.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
        model.addAttribute("caseId", caseId);
        model.addAttribute("canRefer", canRefer);
        List<BipReferral> onCase = referrals.list(me, caseId);
        // a perpetrator with a referral still open is not referred again until it ends
        var perpetrators = referrals.perpetratorsOf(me, caseId).stream().filter(p -> onCase.stream()
                .noneMatch(r -> r.perpetratorId().equals(p.id()) && r.status() != ReferralStatus.DECLINED
                        && r.status() != ReferralStatus.DISCHARGED && r.status() != ReferralStatus.EXPIRED)).toList();
        model.addAttribute("caseReferrals", onCase);
        model.addAttribute("perpetrators", perpetrators);
        model.addAttribute("providers", canRefer ? referrals.providersFor(me, caseId) : List.of());
        List<org.tutela.compliance.Obligation> orders = new ArrayList<>();
        if (canRefer) {
            perpetrators.forEach(p -> orders.addAll(referrals.ordersFor(me, caseId, p.id())));
        }
        model.addAttribute("orders", orders.stream().distinct().toList());
        model.addAttribute("referralForm", form);
        return "bip/for-case :: bip";
    }

    // ---- groups, rules and sessions -----------------------------------------------------------------------

    @GetMapping("/bip/groups")
    String groupsPage(@AuthenticationPrincipal CurrentUser me, Model model) {
        return groupsPage(me, null, model);
    }

    @PostMapping("/bip/groups")
    String addGroup(@AuthenticationPrincipal CurrentUser me, @RequestParam Map<String, String> fields, Model model) {
        try {
            UUID id = groups.addGroup(me, forms.bind(fields, GroupData.class)).id();
            return "redirect:/bip/groups/" + id + "?created";
        } catch (InvalidInput e) {
            return groupsPage(me, FormState.refused("group", fields, e.errors()), model);
        }
    }

    @PostMapping("/bip/rules")
    String addRule(@AuthenticationPrincipal CurrentUser me, @RequestParam Map<String, String> fields, Model model) {
        try {
            groups.addRule(me, forms.bind(fields, RuleData.class));
            return "redirect:/bip/groups?ruleAdded#rules";
        } catch (InvalidInput e) {
            return groupsPage(me, FormState.refused("rule", fields, e.errors()), model);
        }
    }

    private String groupsPage(CurrentUser me, FormState failed, Model model) {
        model.addAttribute("groups", groups.groups(me));
        model.addAttribute("rules", groups.rules(me));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("groupForm", form(failed, "group", Map.of()));
        model.addAttribute("ruleForm", form(failed, "rule", Map.of()));
        return "bip/groups";
    }

    @GetMapping("/bip/groups/{id}")
    String group(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        return groupPage(me, id, null, model);
    }

    @GetMapping("/bip/groups/{id}/attendance-template.csv")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return Downloads.attachment("attendance.csv", "text/csv;charset=UTF-8",
                imports.template(me, id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The attendance grid: for each participant {@code a.<referralId>.attendance}, {@code .feeDue}, {@code .feePaid},
     * {@code .admitted} and the ticked {@code .rules}; a participant left at "not recorded" is not part of it.
     */
    @PostMapping("/bip/groups/{id}/sessions")
    String session(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                   @RequestParam MultiValueMap<String, String> fields, Model model) {
        Map<String, String> single = new HashMap<>(fields.toSingleValueMap());
        // the ticked rules as they were, each participant's as one value (the page looks for each rule in it)
        fields.forEach((k, v) -> {
            if (k.endsWith(".rules")) {
                single.put(k, String.join(",", v));
            }
        });
        List<SessionData.Entry> entries = new ArrayList<>();
        GroupDetail g = groups.detail(me, id);
        try {
            for (GroupDetail.Member m : g.members()) {
                String p = "a." + m.referralId() + ".";
                String attendance = single.get(p + "attendance");
                if (attendance == null || attendance.isBlank()) {
                    continue;
                }
                entries.add(new SessionData.Entry(m.referralId(), parse(p + "attendance", attendance,
                        Attendance.class), money(p + "feeDue", single.get(p + "feeDue")),
                        money(p + "feePaid", single.get(p + "feePaid")),
                        fields.getOrDefault(p + "rules", List.of()).stream().map(v -> uuid(p + "rules", v)).toList(),
                        switch (single.getOrDefault(p + "admitted", "")) {
                            case "true" -> Boolean.TRUE;
                            case "false" -> Boolean.FALSE;
                            default -> null;
                        }));
            }
            groups.recordSession(me, id, new SessionData(date("heldOn", single.get("heldOn")), entries));
            return "redirect:/bip/groups/" + id + "?recorded#sessions";
        } catch (InvalidInput e) {
            // an error of the session's n-th entry is shown at that participant's fields, named by his name
            Map<UUID, String> names = new HashMap<>();
            g.members().forEach(m -> names.put(m.referralId(), m.name()));
            java.util.regex.Pattern entry = java.util.regex.Pattern.compile("attendance\\[(\\d+)]\\.(\\w+)");
            java.util.regex.Pattern typed = java.util.regex.Pattern.compile("a\\.([0-9a-f-]{36})\\.(\\w+)");
            List<InvalidInput.FieldError> shown = e.errors().stream().map(err -> {
                java.util.regex.Matcher m = entry.matcher(err.field());
                java.util.regex.Matcher t = typed.matcher(err.field());
                UUID referral;
                if (m.matches() && Integer.parseInt(m.group(1)) < entries.size()) {
                    referral = entries.get(Integer.parseInt(m.group(1))).referralId();
                } else if (t.matches() && names.containsKey(UUID.fromString(t.group(1)))) {
                    referral = UUID.fromString(t.group(1));
                    m = t;
                } else {
                    return err;
                }
                String sub = m.group(2).equals("referralId") ? "attendance" : m.group(2).equals("rulesBroken")
                        ? "rules" : m.group(2);
                String field = String.join(".", "a", referral.toString(), sub); // the participant's field
                return new InvalidInput.FieldError(field, "bip.session.error",
                        names.get(referral), new org.tutela.shared.Messages.Text("bip.session.field." + sub),
                        new org.tutela.shared.Messages.Text(err.code(), err.args().toArray()));
            }).toList();
            return groupPage(me, id, FormState.refused("session", single, shown), model);
        }
    }

    @PostMapping("/bip/groups/{id}/import")
    String importPreview(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                         @RequestParam(required = false) String heldOn,
                         @RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws java.io.IOException {
        Map<String, String> typed = new HashMap<>();
        typed.put("heldOn", heldOn);
        if (file == null || file.isEmpty()) {
            return groupPage(me, id, FormState.refused("import", typed,
                    List.of(new InvalidInput.FieldError("file", "invalid.bip.import.noFile"))), model);
        }
        LocalDate day;
        try {
            day = date("heldOn", heldOn);
        } catch (InvalidInput e) {
            return groupPage(me, id, FormState.refused("import", typed, e.errors()), model);
        }
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        model.addAttribute("group", groups.group(me, id));
        model.addAttribute("preview", imports.preview(me, id, day, csv));
        model.addAttribute("csv", csv);
        return "bip/import";
    }

    @PostMapping("/bip/groups/{id}/import/save")
    String importSave(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
                      @RequestParam(required = false) String heldOn,
                      @RequestParam(defaultValue = "") String csv, Model model) {
        LocalDate day;
        try {
            day = date("heldOn", heldOn);
        } catch (InvalidInput e) {
            return groupPage(me, id, FormState.refused("import", new HashMap<>(), e.errors()), model);
        }
        AttendanceImport.Preview preview = imports.save(me, id, day, csv);
        if (!preview.valid()) {
            model.addAttribute("group", groups.group(me, id));
            model.addAttribute("preview", preview);
            model.addAttribute("csv", csv);
            return "bip/import";
        }
        return "redirect:/bip/groups/" + id + "?imported#sessions";
    }

    private String groupPage(CurrentUser me, UUID id, FormState failed, Model model) {
        model.addAttribute("g", groups.detail(me, id));
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("sessionForm", form(failed, "session", Map.of("heldOn", AgencyTime.today().toString())));
        model.addAttribute("importForm", form(failed, "import", Map.of("heldOn", AgencyTime.today().toString())));
        return "bip/group";
    }

    // ---- form values --------------------------------------------------------------------------------------

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "invalid.value");
        }
    }

    private static BigDecimal money(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace("$", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "invalid.bip.money");
        }
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "invalid.value");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "invalid.required");
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (!org.tutela.shared.InputValidation.plausibleYear(d.getYear())) {
                throw new InvalidInput(field, org.tutela.shared.InputValidation.DATE_RANGE);
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(field, "invalid.date");
        }
    }
}
