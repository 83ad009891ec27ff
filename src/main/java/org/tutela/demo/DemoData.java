package org.tutela.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.calendar.Decision;
import org.tutela.calendar.DecisionData;
import org.tutela.calendar.EventData;
import org.tutela.calendar.EventType;
import org.tutela.calendar.MeetingPlaceData;
import org.tutela.calendar.MeetingPlaces;
import org.tutela.calendar.PlaceKind;
import org.tutela.calendar.StaffingCalendar;
import org.tutela.caseload.Address;
import org.tutela.caseload.CaseData;
import org.tutela.caseload.CaseManagement;
import org.tutela.caseload.CaseStatus;
import org.tutela.caseload.Gender;
import org.tutela.caseload.SpokenLanguage;
import org.tutela.caseload.Maltreatment;
import org.tutela.caseload.PersonData;
import org.tutela.caseload.PersonRole;
import org.tutela.compliance.ComplianceMonitoring;
import org.tutela.compliance.FirearmWorkerContacts;
import org.tutela.compliance.ObligationData;
import org.tutela.compliance.ObligationSource;
import org.tutela.compliance.Obligations;
import org.tutela.compliance.WorkerContactData;
import org.tutela.compliance.WorkerContactOutcome;
import org.tutela.compliance.WorkerContactParty;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;

/**
 * Loads the demo region, organizations, one user per role and about 25 cases into an empty database: by
 * default with the embedded database, with an external one only when {@code TUTELA_DEMO_DATA=true}. It loads
 * before the web server opens its port (a lifecycle phase below the server's), so that the first request, and the
 * first {@code UP} of the health endpoint, find every demo sign-in working.
 */
@Component
class DemoData implements SmartLifecycle {

    /** Before the web server's phase (Integer.MAX_VALUE - 1024 and the like): the port opens after the load. */
    static final int PHASE = 0;

    static final String PASSWORD = "tutela-demo-2026";
    static final List<String> USERNAMES = List.of("admin", "admin2", "bas", "advocate", "cpi", "casemanager",
            "supervisor", "bip", "bip2", "contractmanager", "leader", "newcpi");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final CaseManagement cases;
    private final MeetingPlaces places;
    private final StaffingCalendar calendar;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final ComplianceMonitoring monitoring;
    private final Obligations obligations;
    private final FirearmWorkerContacts workerContacts;
    private final DemoDay day;
    private final DemoContract contract;
    private final DemoBip bip;

    DemoData(JdbcClient jdbc, PasswordEncoder passwordEncoder, CaseManagement cases, MeetingPlaces places,
             StaffingCalendar calendar, TransactionTemplate transactions, Environment environment,
             ComplianceMonitoring monitoring, Obligations obligations, FirearmWorkerContacts workerContacts,
             DemoDay day, DemoContract contract, DemoBip bip) {
        this.bip = bip;
        this.contract = contract;
        this.monitoring = monitoring;
        this.obligations = obligations;
        this.workerContacts = workerContacts;
        this.day = day;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.cases = cases;
        this.places = places;
        this.calendar = calendar;
        this.transactions = transactions;
        this.environment = environment;
    }

    boolean enabled() {
        String setting = environment.getProperty("tutela.demo-data", "");
        if (!setting.isBlank()) {
            return Boolean.parseBoolean(setting.trim());
        }
        return environment.getProperty("tutela.db.url", "").isBlank();
    }

    private volatile boolean running;

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void start() {
        running = true;
        if (!enabled()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(7305002)").query(Object.class).single(); // one node loads
            if (jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single() > 0) {
                return;
            }
            load();
            log.info("Loaded the demo data");
        });
    }

    /** The last lines of the start: the address and the logins, once the node accepts traffic. */
    @EventListener
    void announce(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("Tutela is running at http://localhost:{}/ (API docs at /swagger-ui.html)", port);
        if (enabled()) {
            log.info("Demo logins (password {}): {}", PASSWORD, String.join(", ", USERNAMES));
        }
    }

    private void load() {
        UUID region = UUID.randomUUID();
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(region, "Suncoast Region").update();
        Map<OrganizationType, UUID> orgs = new java.util.EnumMap<>(OrganizationType.class);
        organization(orgs, region, OrganizationType.DCF, "DCF Suncoast Child Protective Investigations");
        organization(orgs, region, OrganizationType.CBC, "Suncoast Community Based Care");
        organization(orgs, region, OrganizationType.CMO, "Bayside Family Case Management");
        organization(orgs, region, OrganizationType.DV_CENTER, "Harbor Light Domestic Violence Center");
        organization(orgs, region, OrganizationType.BIP_PROVIDER, "New Directions Intervention Program");
        organization(orgs, region, OrganizationType.COURT, "Suncoast Circuit Court, Dependency Division");
        organization(orgs, region, OrganizationType.LAW_ENFORCEMENT, "Suncoast County Sheriff's Office");

        Map<String, UUID> users = new java.util.HashMap<>();
        user(users, "admin", "Alex Admin", Role.ADMIN, orgs.get(OrganizationType.DCF));
        user(users, "bas", "Bailey Specialist", Role.BAS, orgs.get(OrganizationType.DV_CENTER));
        user(users, "advocate", "Avery Advocate", Role.DV_ADVOCATE, orgs.get(OrganizationType.DV_CENTER));
        user(users, "cpi", "Casey Investigator", Role.CPI, orgs.get(OrganizationType.DCF));
        user(users, "casemanager", "Morgan Manager", Role.CASE_MANAGER, orgs.get(OrganizationType.CBC));
        user(users, "supervisor", "Sam Supervisor", Role.SUPERVISOR, orgs.get(OrganizationType.DCF));
        user(users, "bip", "Blake Provider", Role.BIP_PROVIDER, orgs.get(OrganizationType.BIP_PROVIDER));
        user(users, "contractmanager", "Corey Contracts", Role.CONTRACT_MANAGER, orgs.get(OrganizationType.DCF));
        user(users, "leader", "Logan Leader", Role.PROGRAM_LEADER, orgs.get(OrganizationType.DCF));
        user(users, "admin2", "Jordan Admin", Role.ADMIN, orgs.get(OrganizationType.DCF));
        user(users, "newcpi", "Riley Newhire", null, orgs.get(OrganizationType.DCF));
        user(users, "locked", "Jamie Castillo", Role.BIP_PROVIDER, orgs.get(OrganizationType.BIP_PROVIDER));
        user(users, "former", "Drew Hollis", Role.CASE_MANAGER, orgs.get(OrganizationType.CMO));
        // seed 001: a second BIP provider, blind to the first's referrals
        UUID bridges = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, 'BIP_PROVIDER', ?)")
                .params(bridges, "Bridges Accountability Program", region).update();
        user(users, "bip2", "Toni Rivers", Role.BIP_PROVIDER, bridges);
        grants(users, orgs);
        lockedAndDisabled();

        CurrentUser cpi = new CurrentUser(users.get("cpi"), "cpi", "Casey Investigator", Role.CPI,
                orgs.get(OrganizationType.DCF), OrganizationType.DCF, region);
        List<UUID> caseIds = as(cpi, () -> cases(cpi, orgs, users));
        CurrentUser supervisor = new CurrentUser(users.get("supervisor"), "supervisor", "Sam Supervisor",
                Role.SUPERVISOR, orgs.get(OrganizationType.DCF), OrganizationType.DCF, region);
        CurrentUser bas = new CurrentUser(users.get("bas"), "bas", "Bailey Specialist", Role.BAS,
                orgs.get(OrganizationType.DV_CENTER), OrganizationType.DV_CENTER, region);
        staffingsAndHearings(cpi, supervisor, bas, caseIds);
        firearmFollowUps(cpi, bas, caseIds);
        // what needs each role today: see DemoDay
        day.load(caseIds, users, orgs, region);
        contract.load(caseIds, users, orgs, region);
        bip.load(caseIds, users, orgs, region);
    }

    /**
     * Two perpetrators under compliance monitoring, each with a firearm surrender order overdue (C.1.5): on the
     * first, the CPI documented their follow-up with the sheriff's office (unreachable, then a surrender they report,
     * which waits for the BAS to confirm with the receipt); on the second, nobody has documented anything yet.
     */
    private void firearmFollowUps(CurrentUser cpi, CurrentUser bas, List<UUID> caseIds) {
        LocalDate today = AgencyTime.today();
        UUID documented = as(bas, () -> firearmSurrender(bas, caseIds.get(1), today,
                "Surrender every firearm and ammunition to the Suncoast County Sheriff's Office within 10 days"));
        as(cpi, () -> workerContacts.document(cpi, documented, new WorkerContactData(today.minusDays(6),
                WorkerContactParty.LAW_ENFORCEMENT, WorkerContactOutcome.UNABLE_TO_REACH,
                "Left a message for the civil process unit; no answer.")));
        as(cpi, () -> workerContacts.document(cpi, documented, new WorkerContactData(today.minusDays(2),
                WorkerContactParty.LAW_ENFORCEMENT, WorkerContactOutcome.SURRENDER_CONFIRMED,
                "Deputy Alvarez, civil process: two rifles and a handgun surrendered; the receipt is to be faxed.")));
        as(bas, () -> firearmSurrender(bas, caseIds.get(5), today,
                "Surrender all firearms to law enforcement as ordered in the final judgment of injunction"));
    }

    /** Starts monitoring on the case and records a firearm surrender ordered 25 days ago, due 12 days ago. */
    private UUID firearmSurrender(CurrentUser bas, UUID caseId, LocalDate today, String requirement) {
        UUID monitoringId = monitoring.start(bas, caseId, null, today.minusDays(30)).get(0);
        obligations.add(bas, monitoringId, new ObligationData(ObligationSource.BIP, null,
                "New Directions Intervention Program", null, today.minusDays(30),
                "Attend the 26-week batterer intervention program", null, "weekly"));
        return obligations.add(bas, monitoringId, new ObligationData(ObligationSource.FIREARM_SURRENDER, null,
                "Suncoast Circuit Court", "2026-DR-" + caseId.toString().substring(0, 4), today.minusDays(25),
                requirement, today.minusDays(12), null));
    }

    private List<UUID> cases(CurrentUser cpi, Map<OrganizationType, UUID> orgs, Map<String, UUID> users) {
        List<UUID> caseIds = new ArrayList<>();
        Random random = new Random(2026);
        LocalDate today = AgencyTime.today();
        for (int i = 0; i < 25; i++) {
            boolean investigation = i % 5 < 2;
            CaseStatus status = i == 24 ? CaseStatus.CLOSED : investigation ? CaseStatus.INVESTIGATION
                    : CaseStatus.CASE_MANAGEMENT;
            UUID org = investigation ? orgs.get(OrganizationType.DCF)
                    : i % 4 == 0 ? orgs.get(OrganizationType.CMO) : orgs.get(OrganizationType.CBC);
            List<UUID> assigned = investigation ? List.of(users.get("cpi"))
                    : List.of(users.get("cpi"), users.get("casemanager"));
            List<Maltreatment> maltreatments = new ArrayList<>();
            maltreatments.add(i % 3 == 2 ? Maltreatment.HOUSEHOLD_VIOLENCE_THREATENS_CHILD : Maltreatment.IPV_THREATENS_CHILD);
            if (i % 4 == 1) {
                maltreatments.add(Maltreatment.INADEQUATE_SUPERVISION);
            }
            if (i % 7 == 3) {
                maltreatments.add(Maltreatment.SUBSTANCE_MISUSE);
            }
            String caseNumber = String.format("2026-SC-%05d", 1001 + i * 37);
            UUID caseId = cases.create(cpi, new CaseData(caseNumber, today.minusDays(5 + i * 11L), status, org,
                    maltreatments, assigned));
            caseIds.add(caseId);
            String family = LAST[i % LAST.length];
            String perpetratorFamily = LAST[(i + 7) % LAST.length];
            cases.addPerson(cpi, caseId, person(PersonRole.SURVIVOR, FIRST_ADULT[i % FIRST_ADULT.length], family,
                    today.minusYears(24 + random.nextInt(16)).minusDays(random.nextInt(365)), Gender.FEMALE, random, i));
            cases.addPerson(cpi, caseId, person(PersonRole.PERPETRATOR, FIRST_ADULT_2[i % FIRST_ADULT_2.length],
                    perpetratorFamily, today.minusYears(25 + random.nextInt(18)).minusDays(random.nextInt(365)), Gender.MALE,
                    random, i + 51)); // another street than the survivor's
            int children = 1 + i % 3;
            for (int c = 0; c < children; c++) {
                PersonData child = new PersonData(PersonRole.CHILD, FIRST_CHILD[(i * 3 + c) % FIRST_CHILD.length], family,
                        today.minusYears(1 + random.nextInt(15)).minusDays(random.nextInt(365)),
                        c % 2 == 0 ? Gender.FEMALE : Gender.MALE, SpokenLanguage.ENGLISH, null, null, null, null,
                        SCHOOLS[(i + c) % SCHOOLS.length], null);
                cases.addPerson(cpi, caseId, child);
            }
            if (i % 6 == 0) {
                cases.addPerson(cpi, caseId, person(PersonRole.OTHER_CAREGIVER, "Rosa", LAST[(i + 3) % LAST.length],
                        today.minusYears(55), Gender.FEMALE, random, i + 100));
            }
        }
        return caseIds;
    }

    /**
     * The region's meeting places (kept by the supervisor), one place typed before the list existed and waiting for
     * review, and staffings and hearings at them: requests waiting for the BAS, one the BAS attends, one attended.
     */
    private void staffingsAndHearings(CurrentUser cpi, CurrentUser supervisor, CurrentUser bas, List<UUID> caseIds) {
        UUID office = as(supervisor, () -> places.create(supervisor, new MeetingPlaceData(PlaceKind.OFFICE,
                "DCF Suncoast Service Center, Conference Room B", "1200 Harbor Boulevard, Sampleton FL 39001", null)));
        UUID cbc = as(supervisor, () -> places.create(supervisor, new MeetingPlaceData(PlaceKind.OFFICE,
                "Suncoast Community Based Care, Family Meeting Room", "455 Gulf Breeze Avenue, Exampleville FL 39012",
                null)));
        UUID court = as(supervisor, () -> places.create(supervisor, new MeetingPlaceData(PlaceKind.COURTROOM,
                "Suncoast Circuit Court, Courtroom 3B (Dependency)", "800 Justice Way, Sampleton FL 39001", null)));
        UUID video = as(supervisor, () -> places.create(supervisor, new MeetingPlaceData(PlaceKind.VIDEO_LINK,
                "Video link (Microsoft Teams; the requester sends the link)", null, null)));
        as(supervisor, () -> places.create(supervisor, new MeetingPlaceData(PlaceKind.OFFICE,
                "Bayside Family Case Management, Room 12", "17 Pelican Court, Demo Springs FL 39020", null)));
        java.time.OffsetDateTime morning = AgencyTime.today().plusDays(2).atTime(9, 30)
                .atZone(AgencyTime.ZONE).toOffsetDateTime();
        as(cpi, () -> calendar.request(cpi, new EventData(caseIds.get(0), EventType.CASE_STAFFING, morning,
                morning.plusHours(1), office)));
        as(cpi, () -> calendar.request(cpi, new EventData(caseIds.get(3), EventType.CASE_TRANSFER_STAFFING,
                morning.plusMinutes(30), morning.plusMinutes(90), cbc)));
        UUID hearing = as(cpi, () -> calendar.request(cpi, new EventData(caseIds.get(2), EventType.DEPENDENCY_HEARING,
                morning.plusDays(3).plusHours(4), morning.plusDays(3).plusHours(5), court)));
        as(bas, () -> {
            calendar.decide(bas, hearing, new DecisionData(Decision.ATTEND, null));
            return hearing;
        });
        as(cpi, () -> calendar.request(cpi, new EventData(caseIds.get(6), EventType.CASE_STAFFING,
                morning.plusDays(6), morning.plusDays(6).plusHours(1), video)));
        // a place typed before meeting places existed, as migration V10 keeps it with its case: the BAS sees "to be
        // confirmed" until the case's workers move the event to a place of the list
        UUID typed = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO meeting_place (id, region_id, kind, name, status, case_id)
                SELECT ?, region_id, 'OFFICE', 'Sampleton Public Library, study room 2', 'TYPED', id
                FROM case_file WHERE id = ?""").params(typed, caseIds.get(8)).update();
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by, requested_at)
                VALUES (?, ?, 'CASE_STAFFING', ?, ?, ?, ?, now() - interval '20 days')""")
                .params(UUID.randomUUID(), caseIds.get(8), morning.plusDays(8), morning.plusDays(8).plusHours(1), typed,
                        cpi.id())
                .update();
        // a hearing the BAS attended last month, with what they saw of the perpetrator's accountability
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by, requested_at, status,
                                   bas_user_id, decided_at, attended, accountability_notes, attendance_recorded_at)
                VALUES (?, ?, 'DEPENDENCY_HEARING', ?, ?, ?, ?, ?, 'ATTENDED', ?, ?, true, ?, ?)""")
                .params(UUID.randomUUID(), caseIds.get(2), morning.minusDays(26), morning.minusDays(26).plusHours(1),
                        court, cpi.id(), morning.minusDays(40), bas.id(), morning.minusDays(35),
                        "The father acknowledged missing two BIP sessions and agreed to the firearm surrender timeline "
                                + "the judge set.", morning.minusDays(26).plusHours(2))
                .update();
        // a case transfer staffing the BAS attended in the previous fiscal quarter (the STOP BAS report's)
        jdbc.sql("""
                INSERT INTO event (id, case_id, type, starts_at, ends_at, place_id, requested_by, requested_at, status,
                                   bas_user_id, decided_at, attended, accountability_notes, attendance_recorded_at)
                VALUES (?, ?, 'CASE_TRANSFER_STAFFING', ?, ?, ?, ?, ?, 'ATTENDED', ?, ?, true, ?, ?)""")
                .params(UUID.randomUUID(), caseIds.get(3), morning.minusDays(72), morning.minusDays(72).plusHours(1),
                        cbc, cpi.id(), morning.minusDays(80), bas.id(), morning.minusDays(79),
                        "Agreed with the case manager which court orders the case plan must name.",
                        morning.minusDays(72).plusHours(2))
                .update();
    }

    /** Runs {@code work} signed in as {@code user}, so that the audit trail names who did it. */
    static <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static PersonData person(PersonRole role, String first, String last, LocalDate born, Gender gender,
                                     Random random, int n) {
        Address address = new Address((100 + n * 17) + " " + STREETS[n % STREETS.length], null,
                TOWNS[n % TOWNS.length], "FL", String.format("3%04d", (9000 + n) % 10000));
        return new PersonData(role, first, last, born, gender,
                n % 4 == 0 ? SpokenLanguage.SPANISH : n % 9 == 2 ? SpokenLanguage.HAITIAN_CREOLE : SpokenLanguage.ENGLISH,
                address,
                String.format("(305) 555-01%02d", n % 100), null, role == PersonRole.PERPETRATOR ? "Example Logistics Co." : null,
                null, role == PersonRole.SURVIVOR && n % 5 == 0 ? "IN_SHELTER" : null);
    }

    private void organization(Map<OrganizationType, UUID> orgs, UUID region, OrganizationType type, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, ?, ?)")
                .params(id, name, type.name(), region).update();
        orgs.put(type, id);
    }

    /** {@code role} null: the user's first role waits for approval (they cannot sign in yet). */
    private void user(Map<String, UUID> users, String username, String name, Role role, UUID organization) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, username, name, role == null ? null : role.name(), organization,
                        passwordEncoder.encode(PASSWORD)).update();
        users.put(username, id);
    }

    /**
     * An account whose sign-in failed attempts have delayed ("locked": the administrator's page offers to unlock it)
     * and a disabled one (enabling a case manager again waits for a second administrator's approval: the case
     * management organization has no supervisor). The delay is the throttle's own row, from this machine (IPv4 and
     * IPv6) and from a documentation address (203.0.113.7), but lasts seven days rather than the throttle's 15
     * minutes at most, so that the demo shows it after the first start.
     */
    private void lockedAndDisabled() {
        for (String address : List.of("127.0.0.1", "0000000000000000::/64", "203.0.113.7")) {
            jdbc.sql("""
                    INSERT INTO sign_in_throttle (account_key, address_key, failures, last_failure_at, blocked_until)
                    VALUES (sha256(convert_to('locked', 'UTF8')), sha256(convert_to(?, 'UTF8')), 9,
                            now() - interval '10 minutes', now() + interval '7 days')""").param(address).update();
        }
        jdbc.sql("""
                UPDATE app_user SET failed_sign_ins = 27, last_failed_sign_in_at = now() - interval '10 minutes'
                WHERE username = 'locked'""").update();
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'former'").update();
    }

    /**
     * Grants in each state: the supervisor meets newcpi's pending CPI grant to approve; the administrators see it
     * with an approved, a refused and a cancelled one.
     */
    private void grants(Map<String, UUID> users, Map<OrganizationType, UUID> orgs) {
        UUID dcf = orgs.get(OrganizationType.DCF);
        grant(users, "newcpi", Role.CPI, dcf, null, dcf, 1, "PENDING", null, null, "SUPERVISOR");
        grant(users, "cpi", Role.CPI, dcf, null, dcf, 30, "APPROVED", "supervisor", "Casey starts in the Suncoast office.",
                "SUPERVISOR");
        grant(users, "leader", Role.SUPERVISOR, dcf, Role.PROGRAM_LEADER, dcf, 12, "REFUSED", "supervisor",
                "Logan leads the program and has no caseload.", "SUPERVISOR");
        grant(users, "casemanager", Role.SUPERVISOR, orgs.get(OrganizationType.CBC), Role.CASE_MANAGER,
                orgs.get(OrganizationType.CBC), 6, "CANCELLED", "admin", null, "ADMINISTRATOR");
    }

    private void grant(Map<String, UUID> users, String username, Role role, UUID organization, Role fromRole,
                       UUID fromOrganization, int daysAgo, String status, String decidedBy, String reason,
                       String approver) {
        jdbc.sql("""
                INSERT INTO user_grant (id, user_id, role, organization_id, after_password_reset, from_role,
                                        from_organization_id, requested_by, requested_at, status, decided_by,
                                        decided_at, reason, approver)
                VALUES (?, ?, ?, ?, false, ?, ?, ?, now() - make_interval(days => ?), ?, ?,
                        CASE WHEN ? = 'PENDING' THEN NULL ELSE now() - make_interval(days => ?) + interval '2 hours' END, ?,
                        ?)""")
                .params(UUID.randomUUID(), users.get(username), role.name(), organization,
                        fromRole == null ? null : fromRole.name(), fromOrganization, users.get("admin"), daysAgo, status,
                        decidedBy == null ? null : users.get(decidedBy), status, daysAgo, reason, approver)
                .update();
    }

    private static final String[] LAST = {"Álvarez", "Brightwater", "Castellano", "Delacroix", "Everly", "Fairbanks",
            "Galloway", "Hawthorne", "Ibarra", "Jessup", "Kingsley", "Lindqvist", "Montero", "Northcott", "Okafor",
            "Pemberton", "Quintana", "Rosewood", "Stanhope", "Thistle", "Umberland", "Valcourt", "Whitcombe"};
    private static final String[] FIRST_ADULT = {"María", "Tanya", "Jasmine", "Elena", "Keisha", "Lauren", "Sofía",
            "Danielle", "Ana", "Brianna", "Nadia", "Carmen"};
    private static final String[] FIRST_ADULT_2 = {"Derek", "Marcus", "Travis", "Luis", "Brandon", "Kevin", "Andre",
            "Cody", "Victor", "Shane", "Jerome", "Wade"};
    private static final String[] FIRST_CHILD = {"Mia", "Noah", "Liam", "Ava", "Zoe", "Eli", "Luna", "Owen", "Ivy",
            "Leo", "Nora", "Kai", "Ruby", "Theo"};
    private static final String[] STREETS = {"Sample Palm Way", "Example Heron Court", "Placeholder Oak Lane",
            "Fictional Bay Drive", "Demo Mangrove Street"};
    private static final String[] TOWNS = {"Sampleton", "Exampleville", "Demo Springs"};
    private static final String[] SCHOOLS = {"Sampleton Elementary", "Little Sprouts Child Care",
            "Exampleville Middle School"};
}
