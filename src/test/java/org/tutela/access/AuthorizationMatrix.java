package org.tutela.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tutela.directory.Role;

/**
 * Who may call each handler, role by role: the expected answer the authorization tests check, and the list of
 * endpoints the canary test walks. Every request mapping in the application must be listed here.
 */
final class AuthorizationMatrix {

    /** Who may use an endpoint: nobody signed in needed, any signed-in user, or the listed roles. */
    record Rule(boolean isPublic, boolean anySignedIn, Set<Role> roles) {
        boolean allows(Role role) {
            return isPublic || anySignedIn || roles.contains(role);
        }
    }

    static final Set<Role> CASE_READERS = EnumSet.of(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS,
            Role.DV_ADVOCATE);
    static final Set<Role> CASE_WRITERS = EnumSet.of(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
    static final Set<Role> CASE_CREATORS = EnumSet.of(Role.CPI, Role.SUPERVISOR);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> BAS = EnumSet.of(Role.BAS);
    static final Set<Role> CONSULTATION_READERS = EnumSet.of(Role.BAS, Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
    static final Set<Role> EVENT_READERS = EnumSet.of(Role.BAS, Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
    static final Set<Role> EVENT_REQUESTERS = EnumSet.of(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
    static final Set<Role> PLACE_READERS = EnumSet.of(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> PLACE_KEEPERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> GRANT_APPROVERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> TRAINING_READERS = EnumSet.of(Role.BAS, Role.DV_ADVOCATE, Role.CONTRACT_MANAGER,
            Role.PROGRAM_LEADER);
    static final Set<Role> CONTRACT_MANAGER = EnumSet.of(Role.CONTRACT_MANAGER);
    static final Set<Role> RECORD_KEEPERS = EnumSet.of(Role.BAS, Role.DV_ADVOCATE);
    static final Set<Role> ADVOCATE = EnumSet.of(Role.DV_ADVOCATE);
    static final Set<Role> REPORT_READERS = EnumSet.of(Role.BAS, Role.CONTRACT_MANAGER, Role.PROGRAM_LEADER);
    static final Set<Role> BIP_READERS = EnumSet.of(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS,
            Role.BIP_PROVIDER);
    static final Set<Role> BIP_RECIPIENTS = EnumSet.of(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS);
    static final Set<Role> BIP_PROVIDER = EnumSet.of(Role.BIP_PROVIDER);

    /** "METHOD pattern" of every handler, as Spring MVC reports it, with its rule. */
    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    /** Public endpoints whose path holds a secret that is the credential: an unknown secret answers 404. */
    static final Set<String> SECRET_PATHS = new java.util.HashSet<>();

    static {
        // pages
        open("GET /login");
        open("GET /account/password");
        open("POST /account/password");
        open("POST /language");
        signedIn("GET /");
        roles("GET /cases", CASE_READERS);
        roles("GET /cases/new", CASE_CREATORS);
        roles("POST /cases", CASE_CREATORS);
        roles("GET /cases/{id}", CASE_READERS);
        roles("GET /cases/{id}/edit", CASE_WRITERS);
        roles("POST /cases/{id}", CASE_WRITERS);
        roles("GET /cases/{id}/history", CASE_READERS);
        roles("GET /cases/{id}/people/new", CASE_WRITERS);
        roles("POST /cases/{id}/people", CASE_WRITERS);
        roles("GET /people/{id}/edit", CASE_WRITERS);
        roles("POST /people/{id}", CASE_WRITERS);
        roles("GET /people/{id}/history", CASE_READERS);
        roles("GET /consultations", CONSULTATION_READERS);
        roles("GET /consultations/new", BAS);
        roles("POST /consultations", BAS);
        roles("GET /consultations/{id}", CONSULTATION_READERS);
        roles("GET /consultations/{id}/edit", BAS);
        roles("POST /consultations/{id}", BAS);
        roles("GET /cases/{id}/consultations", CONSULTATION_READERS);
        roles("GET /monitoring", CONSULTATION_READERS);
        roles("GET /monitoring/{id}", CONSULTATION_READERS);
        roles("GET /obligations/{id}", CONSULTATION_READERS);
        roles("GET /checks/{id}/attachment", CONSULTATION_READERS);
        signedIn("GET /documents/{id}");
        roles("GET /trainings", TRAINING_READERS);
        roles("GET /trainings/{id}", TRAINING_READERS);
        roles("GET /trainings/{id}/agenda.pdf", TRAINING_READERS);
        roles("GET /trainings/{id}/sign-in-sheet.pdf", TRAINING_READERS);
        roles("GET /trainings/new", BAS);
        roles("GET /trainings/{id}/edit", BAS);
        roles("GET /trainings/materials-due", BAS);
        roles("POST /trainings", BAS);
        roles("POST /trainings/{id}", BAS);
        roles("POST /trainings/{id}/submission", BAS);
        roles("POST /trainings/{id}/attendees", BAS);
        roles("POST /trainings/{id}/attendees/{attendeeId}/removal", BAS);
        roles("POST /trainings/{id}/documents", BAS);
        roles("POST /trainings/{id}/review", CONTRACT_MANAGER);
        roles("GET /cases/{id}/advocacy", CASE_READERS);
        roles("POST /cases/{id}/advocate-referrals", CASE_WRITERS);
        roles("GET /advocacy", RECORD_KEEPERS);
        roles("POST /advocate-referrals/{id}/outcome", ADVOCATE);
        roles("POST /advocacy/releases", ADVOCATE);
        roles("POST /advocacy/releases/{id}/revocation", ADVOCATE);
        roles("GET /meetings", TRAINING_READERS);
        roles("GET /meetings/{id}", TRAINING_READERS);
        roles("GET /meetings/{id}/agenda.pdf", TRAINING_READERS);
        roles("GET /meetings/{id}/sign-in-sheet.pdf", TRAINING_READERS);
        roles("GET /leadership-committee", TRAINING_READERS);
        roles("GET /meetings/new", RECORD_KEEPERS);
        roles("GET /meetings/{id}/edit", RECORD_KEEPERS);
        roles("POST /meetings", RECORD_KEEPERS);
        roles("POST /meetings/{id}", RECORD_KEEPERS);
        roles("POST /meetings/{id}/attendees", RECORD_KEEPERS);
        roles("POST /meetings/{id}/attendees/{attendeeId}/removal", RECORD_KEEPERS);
        roles("POST /meetings/{id}/documents", RECORD_KEEPERS);
        roles("POST /meetings/{id}/items", RECORD_KEEPERS);
        roles("POST /meeting-items/{id}/status", RECORD_KEEPERS);
        roles("POST /leadership-committee/members", RECORD_KEEPERS);
        roles("POST /leadership-committee/members/{id}/active", RECORD_KEEPERS);
        roles("GET /cases/{id}/compliance", CONSULTATION_READERS);
        roles("POST /cases/{id}/monitoring", BAS);
        roles("POST /monitoring/{id}/obligations", BAS);
        roles("POST /monitoring/{id}/end", BAS);
        roles("POST /obligations/{id}/checks", BAS);
        roles("POST /obligations/{id}/firearm-contacts", BAS);
        roles("POST /obligations/{id}/firearm-outcome", BAS);
        roles("POST /obligations/{id}/escalations", BAS);
        roles("POST /escalations/{id}/response", BAS);
        roles("GET /monitoring/{id}/obligations/new", BAS);
        roles("GET /monitoring/{id}/end", BAS);
        roles("GET /obligations/{id}/checks/new", BAS);
        roles("GET /obligations/{id}/firearm-contacts/new", BAS);
        roles("GET /obligations/{id}/firearm-outcome", BAS);
        roles("GET /obligations/{id}/escalations/new", BAS);
        roles("GET /escalations/{id}/response", BAS);
        roles("GET /obligations/{id}/firearm-worker-contacts/new", CASE_WRITERS);
        roles("POST /obligations/{id}/firearm-worker-contacts", CASE_WRITERS);
        roles("GET /consultations/{id}/obligations/new", BAS);
        roles("GET /consultations/professionals", BAS);
        roles("GET /cases/assignable-workers", CASE_WRITERS);
        roles("GET /calendar", BAS);
        roles("POST /calendar/events/{id}/decision", BAS);
        roles("POST /calendar/events/{id}/attendance", BAS);
        roles("POST /calendar/feed", BAS);
        roles("POST /calendar/feed/revoke", BAS);
        secretPath("GET /calendar/{secret}.ics");
        roles("GET /cases/{id}/events", EVENT_READERS);
        roles("GET /cases/{id}/events/new", EVENT_REQUESTERS);
        roles("POST /cases/{id}/events", EVENT_REQUESTERS);
        roles("GET /events/{id}/place", EVENT_REQUESTERS);
        roles("POST /events/{id}/place", EVENT_REQUESTERS);
        roles("GET /meeting-places", PLACE_KEEPERS);
        roles("POST /meeting-places", PLACE_KEEPERS);
        roles("POST /meeting-places/{id}", PLACE_KEEPERS);
        roles("GET /cases/{id}/consultation-requests/new", CASE_WRITERS);
        roles("POST /cases/{id}/consultation-requests", CASE_WRITERS);
        roles("GET /cases/{id}/court-brief", CONSULTATION_READERS);
        roles("GET /cases/{id}/court-brief.pdf", CONSULTATION_READERS);
        roles("GET /perpetrators/{id}/timeline", CONSULTATION_READERS);
        roles("GET /admin/users", ADMIN);
        roles("POST /admin/users", ADMIN);
        roles("GET /admin/users/{id}", ADMIN);
        roles("POST /admin/users/{id}", ADMIN);
        roles("POST /admin/users/{id}/unlock", ADMIN);
        roles("POST /admin/users/{id}/password-reset", ADMIN);
        roles("POST /admin/users/{id}/disable", ADMIN);
        roles("POST /admin/users/{id}/enable", ADMIN);
        roles("GET /admin/organizations", ADMIN);
        roles("POST /admin/organizations", ADMIN);
        roles("GET /admin/organizations/{id}", ADMIN);
        roles("POST /admin/organizations/{id}", ADMIN);
        roles("GET /approvals", GRANT_APPROVERS);
        roles("GET /approvals/{id}", GRANT_APPROVERS);
        roles("POST /approvals/{id}/decision", GRANT_APPROVERS);
        roles("GET /admin/audit", ADMIN);
        roles("GET /reports/stop-bas", REPORT_READERS);
        roles("GET /reports/stop-bas.xlsx", REPORT_READERS);
        roles("GET /reports/stop-bas.pdf", REPORT_READERS);
        roles("POST /reports/stop-bas/submissions", BAS);
        roles("POST /reports/stop-bas/submissions/{id}/review", CONTRACT_MANAGER);
        // API
        signedIn("POST /api/v1/tokens");
        signedIn("GET /api/v1/tokens");
        signedIn("DELETE /api/v1/tokens/{id}");
        signedIn("GET /api/v1/organizations");
        roles("POST /api/v1/organizations", ADMIN);
        roles("PUT /api/v1/organizations/{id}", ADMIN);
        roles("GET /api/v1/users", ADMIN);
        roles("POST /api/v1/users", ADMIN);
        roles("PATCH /api/v1/users/{id}", ADMIN);
        roles("POST /api/v1/users/{id}/unlock", ADMIN);
        roles("POST /api/v1/users/{id}/password-reset", ADMIN);
        roles("GET /api/v1/user-approvals", GRANT_APPROVERS);
        roles("POST /api/v1/user-approvals/{id}/decision", GRANT_APPROVERS);
        roles("GET /api/v1/audit", ADMIN);
        roles("GET /api/v1/audit/verify", ADMIN);
        roles("GET /api/v1/cases", CASE_READERS);
        roles("POST /api/v1/cases", CASE_CREATORS);
        roles("GET /api/v1/cases/{id}", CASE_READERS);
        roles("PATCH /api/v1/cases/{id}", CASE_WRITERS);
        roles("POST /api/v1/cases/{id}/people", CASE_WRITERS);
        roles("GET /api/v1/people/{id}", CASE_READERS);
        roles("PATCH /api/v1/people/{id}", CASE_WRITERS);
        roles("GET /api/v1/consultations", CONSULTATION_READERS);
        roles("POST /api/v1/consultations", BAS);
        roles("GET /api/v1/consultations/{id}", CONSULTATION_READERS);
        roles("PATCH /api/v1/consultations/{id}", BAS);
        roles("POST /api/v1/cases/{caseId}/monitoring", BAS);
        roles("GET /api/v1/monitoring", CONSULTATION_READERS);
        roles("GET /api/v1/monitoring/{id}", CONSULTATION_READERS);
        roles("POST /api/v1/monitoring/{id}/end", BAS);
        roles("POST /api/v1/monitoring/{id}/obligations", BAS);
        roles("GET /api/v1/monitoring/{id}/obligations", CONSULTATION_READERS);
        roles("GET /api/v1/obligations/{id}", CONSULTATION_READERS);
        roles("POST /api/v1/obligations/{id}/checks", BAS);
        roles("GET /api/v1/checks/{id}/attachment", CONSULTATION_READERS);
        signedIn("GET /api/v1/documents/{id}");
        roles("GET /api/v1/trainings", TRAINING_READERS);
        roles("GET /api/v1/trainings/{id}", TRAINING_READERS);
        roles("GET /api/v1/trainings/{id}/agenda.pdf", TRAINING_READERS);
        roles("GET /api/v1/trainings/{id}/sign-in-sheet.pdf", TRAINING_READERS);
        roles("POST /api/v1/trainings", BAS);
        roles("POST /api/v1/trainings/{id}/submission", BAS);
        roles("POST /api/v1/trainings/{id}/attendees", BAS);
        roles("POST /api/v1/trainings/{id}/documents", BAS);
        roles("POST /api/v1/trainings/{id}/review", CONTRACT_MANAGER);
        roles("POST /api/v1/cases/{caseId}/advocate-referrals", CASE_WRITERS);
        roles("GET /api/v1/cases/{caseId}/advocacy", CASE_READERS);
        roles("GET /api/v1/advocate-referrals", ADVOCATE);
        roles("POST /api/v1/advocate-referrals/{id}/outcome", ADVOCATE);
        roles("GET /api/v1/rois", RECORD_KEEPERS);
        roles("GET /api/v1/rois/{id}", RECORD_KEEPERS);
        roles("POST /api/v1/rois", ADVOCATE);
        roles("POST /api/v1/rois/{id}/revocation", ADVOCATE);
        roles("GET /api/v1/meetings", TRAINING_READERS);
        roles("GET /api/v1/meetings/{id}", TRAINING_READERS);
        roles("GET /api/v1/meetings/cadence", TRAINING_READERS);
        roles("GET /api/v1/leadership-committee/members", TRAINING_READERS);
        roles("POST /api/v1/meetings", RECORD_KEEPERS);
        roles("POST /api/v1/meetings/{id}/attendees", RECORD_KEEPERS);
        roles("POST /api/v1/meetings/{id}/documents", RECORD_KEEPERS);
        roles("POST /api/v1/meetings/{id}/items", RECORD_KEEPERS);
        roles("POST /api/v1/meeting-items/{id}/status", RECORD_KEEPERS);
        roles("POST /api/v1/leadership-committee/members", RECORD_KEEPERS);
        roles("POST /api/v1/obligations/{id}/firearm-contacts", BAS);
        roles("POST /api/v1/obligations/{id}/firearm-outcome", BAS);
        roles("POST /api/v1/obligations/{id}/escalations", BAS);
        roles("POST /api/v1/escalations/{id}/response", BAS);
        roles("POST /api/v1/obligations/{id}/firearm-worker-contacts", CASE_WRITERS);
        roles("GET /api/v1/firearm-followups", CONSULTATION_READERS);
        roles("GET /api/v1/events", EVENT_READERS);
        roles("POST /api/v1/events", EVENT_REQUESTERS);
        roles("GET /api/v1/events/conflicts", BAS);
        roles("GET /api/v1/events/{id}", EVENT_READERS);
        roles("POST /api/v1/events/{id}/decision", BAS);
        roles("POST /api/v1/events/{id}/attendance", BAS);
        roles("PATCH /api/v1/events/{id}", EVENT_REQUESTERS);
        roles("GET /api/v1/meeting-places", PLACE_READERS);
        roles("GET /api/v1/meeting-places/{id}", PLACE_READERS);
        roles("POST /api/v1/meeting-places", PLACE_KEEPERS);
        roles("PATCH /api/v1/meeting-places/{id}", PLACE_KEEPERS);
        roles("POST /api/v1/cases/{id}/consultation-requests", CASE_WRITERS);
        roles("GET /api/v1/consultation-requests", CONSULTATION_READERS);
        roles("GET /api/v1/consultation-requests/{id}", CONSULTATION_READERS);
        roles("GET /api/v1/cases/{caseId}/court-brief", CONSULTATION_READERS);
        roles("GET /api/v1/perpetrators/{id}/timeline", CONSULTATION_READERS);
        roles("GET /api/v1/reports/stop-bas", REPORT_READERS);
        roles("GET /api/v1/reports/stop-bas.xlsx", REPORT_READERS);
        roles("GET /api/v1/reports/stop-bas.pdf", REPORT_READERS);
        roles("GET /api/v1/reports/stop-bas/submissions", REPORT_READERS);
        roles("GET /api/v1/reports/stop-bas/submissions/{id}", REPORT_READERS);
        roles("POST /api/v1/reports/stop-bas/submissions", BAS);
        roles("POST /api/v1/reports/stop-bas/submissions/{id}/review", CONTRACT_MANAGER);
        // seed 001: the BIP portal and API
        roles("GET /bip", BIP_READERS);
        roles("GET /bip/referrals/{id}", BIP_READERS);
        roles("GET /bip/monthly-reports/{id}", BIP_READERS);
        roles("GET /bip/monthly-reports/{id}/report.pdf", BIP_READERS);
        roles("GET /cases/{id}/bip", CONSULTATION_READERS);
        roles("POST /cases/{id}/bip-referrals", CASE_WRITERS);
        roles("POST /bip/referrals/{id}/renewal", CASE_WRITERS);
        roles("POST /bip/monthly-reports/{id}/acknowledgment", BIP_RECIPIENTS);
        roles("POST /bip/alerts/{id}/acknowledgment", BIP_RECIPIENTS);
        roles("POST /bip/referrals/{id}/decision", BIP_PROVIDER);
        roles("POST /bip/referrals/{id}/intake", BIP_PROVIDER);
        roles("POST /bip/referrals/{id}/enrollment", BIP_PROVIDER);
        roles("POST /bip/referrals/{id}/discharge", BIP_PROVIDER);
        roles("POST /bip/referrals/{id}/monthly-reports", BIP_PROVIDER);
        roles("GET /bip/groups", BIP_PROVIDER);
        roles("POST /bip/groups", BIP_PROVIDER);
        roles("POST /bip/rules", BIP_PROVIDER);
        roles("GET /bip/groups/{id}", BIP_PROVIDER);
        roles("POST /bip/groups/{id}/sessions", BIP_PROVIDER);
        roles("GET /bip/groups/{id}/attendance-template.csv", BIP_PROVIDER);
        roles("POST /bip/groups/{id}/import", BIP_PROVIDER);
        roles("POST /bip/groups/{id}/import/save", BIP_PROVIDER);
        roles("GET /api/v1/bip/referrals", BIP_READERS);
        roles("POST /api/v1/bip/referrals", CASE_WRITERS);
        roles("GET /api/v1/bip/referrals/{id}", BIP_READERS);
        roles("POST /api/v1/bip/referrals/{id}/decision", BIP_PROVIDER);
        roles("POST /api/v1/bip/referrals/{id}/intake", BIP_PROVIDER);
        roles("POST /api/v1/bip/referrals/{id}/enrollment", BIP_PROVIDER);
        roles("POST /api/v1/bip/referrals/{id}/discharge", BIP_PROVIDER);
        roles("POST /api/v1/bip/referrals/{id}/monthly-reports", BIP_PROVIDER);
        roles("GET /api/v1/bip/monthly-reports", BIP_READERS);
        roles("GET /api/v1/bip/monthly-reports/{id}", BIP_READERS);
        roles("GET /api/v1/bip/monthly-reports/{id}/report.pdf", BIP_READERS);
        roles("POST /api/v1/bip/monthly-reports/{id}/acknowledgment", BIP_RECIPIENTS);
        roles("GET /api/v1/bip/reports-due", BIP_PROVIDER);
        roles("GET /api/v1/bip/alerts", BIP_RECIPIENTS);
        roles("POST /api/v1/bip/alerts/{id}/acknowledgment", BIP_RECIPIENTS);
        roles("GET /api/v1/bip/groups", BIP_PROVIDER);
        roles("POST /api/v1/bip/groups", BIP_PROVIDER);
        roles("GET /api/v1/bip/groups/{id}", BIP_PROVIDER);
        roles("POST /api/v1/bip/groups/{id}/sessions", BIP_PROVIDER);
        roles("POST /api/v1/bip/groups/{id}/sessions/import", BIP_PROVIDER);
        roles("GET /api/v1/bip/rules", BIP_PROVIDER);
        roles("POST /api/v1/bip/rules", BIP_PROVIDER);
        // API documentation and the error page: public
        open("GET /v3/api-docs");
        open("GET /v3/api-docs.yaml");
        open("GET /v3/api-docs/swagger-config");
        open("GET /swagger-ui.html");
        open("ANY /error");
    }

    private static void open(String key) {
        RULES.put(key, new Rule(true, false, Set.of()));
    }

    private static void secretPath(String key) {
        open(key);
        SECRET_PATHS.add(key);
    }

    private static void signedIn(String key) {
        RULES.put(key, new Rule(false, true, Set.of()));
    }

    private static void roles(String key, Set<Role> roles) {
        RULES.put(key, new Rule(false, false, roles));
    }

    private AuthorizationMatrix() {
    }
}
