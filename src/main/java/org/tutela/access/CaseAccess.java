package org.tutela.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.RecordNotFound;

/**
 * Who may see which case, and which of a person's fields.
 *
 * <ul>
 *   <li>CPIs and case managers: cases of their region assigned to them or to their organization.</li>
 *   <li>Supervisors: cases of their organization.</li>
 *   <li>BAS: cases of their region, but never survivor-services information (C.1.1): the protected contact
 *       fields of survivors, children and other caregivers are not disclosed; the perpetrator's are.</li>
 *   <li>DV advocates: the cases of the survivors referred to their DV center (while the referral is open or the
 *       survivor enrolled), with those survivors' protected contact fields; the other people's identity only.</li>
 *   <li>A BAS learns of a survivor's enrollment in DV center services, or discusses a survivor, only under a live
 *       Release of Information of their center whose scope names it ({@link #liveRelease}); every such reading is
 *       audited.</li>
 *   <li>BIP providers: no case content; of the perpetrators referred to their organization, the identity, and the
 *       contact fields while the referral is live, less any value a protected person shares ({@link #providerSees},
 *       {@link #withholdsSharedContact}).</li>
 *   <li>Contract managers, program leaders and administrators: no case content.</li>
 * </ul>
 *
 * The case rule is written once, as SQL, and used both to filter lists and to decide on one case.
 */
@Service
public class CaseAccess {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CaseAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The cases the user may see, as a condition on {@code case_file} aliased {@code alias}. */
    public SqlCondition visibleCases(CurrentUser user, String alias) {
        String c = alias + ".";
        return switch (user.role()) {
            case CPI, CASE_MANAGER -> new SqlCondition(c + "region_id = ? AND (" + c + "organization_id = ? OR EXISTS ("
                    + "SELECT 1 FROM case_assignment ca WHERE ca.case_id = " + c + "id AND ca.user_id = ?))",
                    List.of(user.regionId(), user.organizationId(), user.id()));
            case SUPERVISOR -> new SqlCondition(c + "organization_id = ?", List.of(user.organizationId()));
            case BAS -> new SqlCondition(c + "region_id = ?", List.of(user.regionId()));
            // C.1.6.1: the survivors referred to the advocate's center, while the referral is open or they enrolled
            case DV_ADVOCATE -> new SqlCondition("EXISTS (SELECT 1 FROM advocate_referral ar WHERE ar.case_id = "
                    + c + "id AND ar.center_id = ? AND " + referralSeen("ar") + ")",
                    List.of(user.organizationId()));
            case BIP_PROVIDER, CONTRACT_MANAGER, PROGRAM_LEADER, ADMIN -> new SqlCondition("false", List.of());
        };
    }

    public boolean canViewCase(CurrentUser user, UUID caseId) {
        SqlCondition visible = visibleCases(user, "c");
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.id = ? AND " + visible.sql() + ")")
                .param(caseId).params(visible.params()).query(Boolean.class).single();
    }

    /**
     * Throws {@link RecordNotFound} (404, like a missing case) when the user may not see the case, and records
     * the denied access in the audit trail.
     */
    public void requireViewCase(CurrentUser user, UUID caseId) {
        if (!canViewCase(user, caseId)) {
            audit.recordAlone("ACCESS_DENIED", "CASE", caseId);
            throw new RecordNotFound();
        }
    }

    /** Like {@link #canViewCase}, for a case named in a request body: a denial is audited too. */
    public boolean checkViewCase(CurrentUser user, UUID caseId) {
        if (canViewCase(user, caseId)) {
            return true;
        }
        audit.recordAlone("ACCESS_DENIED", "CASE", caseId);
        return false;
    }

    /**
     * The protected contact values of the people of a case whose contact fields the BAS may not see (C.1.1), to find
     * in a free text that would reach the BAS or leave Tutela: see {@link ContactMatcher}. Callers compare only texts
     * whose author may see these values, so that a refusal tells nobody anything new.
     */
    public ContactGuard contactGuard(UUID caseId) {
        List<ContactMatcher.Values> values = jdbc.sql("SELECT p.role, " + CONTACT_COLUMNS
                        + " FROM person p WHERE p.case_id = ?").param(caseId)
                .query((rs, n) -> basSeesContact(rs.getString("role")) ? null : contactValues(rs))
                .list().stream().filter(java.util.Objects::nonNull).toList();
        return new ContactGuard(values);
    }

    /**
     * The protected contact values of the survivors referred to a DV center whose cases its advocates see (the
     * referral open, or the survivor enrolled): what the center's own free texts (its meetings' titles, agendas, notes
     * and items) must not carry, since its BAS, contract managers and program leaders read them. Only the survivors'
     * own values, which the center's advocates see, so that a refusal tells an advocate nothing new.
     */
    public ContactGuard centerGuard(UUID centerId) {
        return new ContactGuard(jdbc.sql("SELECT " + CONTACT_COLUMNS + " FROM person p"
                        + " JOIN advocate_referral ar ON ar.survivor_id = p.id WHERE ar.center_id = ? AND "
                        + referralSeen("ar")).param(centerId)
                .query((rs, n) -> contactValues(rs)).list());
    }

    /** A person's protected contact values, as {@link ContactGuard} looks for them in texts (person aliased p). */
    private static final String CONTACT_COLUMNS = "p.address_line1, p.city, p.postal_code, p.phone, p.email,"
            + " p.workplace, p.school_or_child_care, p.address_line2, p.shelter_status";

    private static ContactMatcher.Values contactValues(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ContactMatcher.Values(rs.getString("address_line1"), rs.getString("city"),
                rs.getString("postal_code"), rs.getString("phone"), rs.getString("email"), rs.getString("workplace"),
                rs.getString("school_or_child_care"), rs.getString("address_line2"), rs.getString("shelter_status"));
    }

    /**
     * Free texts a case's professionals wrote (a firearm follow-up's note, a request's note) as this reader may see
     * them, given the case and the text: whole, unless the reader may not see survivors' contact details and the text
     * holds one of the case's protected values (written before that value was recorded, say), when it is withheld with
     * a sentence saying so. Checked again at every read, since the protected values change after the text is written;
     * each case's values are read once for all the texts of one answer.
     */
    public java.util.function.BiFunction<UUID, String, String> notesAsShownTo(CurrentUser reader) {
        if (canViewProtectedContact(reader, "SURVIVOR")) {
            return (caseId, note) -> note;
        }
        java.util.Map<UUID, ContactGuard> guards = new java.util.HashMap<>();
        return (caseId, note) -> note == null || guards.computeIfAbsent(caseId, this::contactGuard).find(note).isEmpty()
                ? note : org.tutela.shared.Messages.text("note.withheld");
    }

    /** Whether the BAS sees the protected contact fields of a person in this role of a case. */
    private static boolean basSeesContact(String personRole) {
        return "PERPETRATOR".equals(personRole);
    }

    /** Whether the contact fields of a person in this role reach the BAS (a perpetrator's do, C.1.5). */
    public boolean basSeesContactOf(String personRole) {
        return basSeesContact(personRole);
    }

    /**
     * Whether this user sees a perpetrator's contact fields but not the protected people's (the BAS): for them a
     * perpetrator's value that is also a protected person's ({@link ContactGuard#shares}, a household they share, a
     * value copied by mistake) is withheld like the protected person's own, in whatever order the two were recorded.
     */
    public boolean withholdsSharedContact(CurrentUser user, String personRole) {
        return user.is(Role.BIP_PROVIDER) || canViewProtectedContact(user, personRole) && !canViewProtectedContact(user, "SURVIVOR");
    }

    /**
     * Whether changing a person's role would show their protected contact fields to more people: to the BAS, for a
     * survivor, child or caregiver recorded as the perpetrator.
     */
    public boolean widensContactDisclosure(String fromRole, String toRole) {
        return !basSeesContact(fromRole) && basSeesContact(toRole);
    }

    /** Who may make such a change, after a confirmation that names who will then see what: a supervisor. */
    public boolean mayWidenContactDisclosure(CurrentUser user) {
        return user.is(Role.SUPERVISOR);
    }

    /** In words, who sees the protected contact fields of a person in this role of the case, beyond its workers. */
    public org.tutela.shared.Messages.Text whoSeesContactOf(UUID caseId, String personRole) {
        if (!basSeesContact(personRole)) {
            return new org.tutela.shared.Messages.Text("disclosure.workersOnly");
        }
        List<String> bas = jdbc.sql("""
                SELECT u.display_name FROM app_user u JOIN organization o ON o.id = u.organization_id
                JOIN case_file c ON c.region_id = o.region_id
                WHERE c.id = ? AND u.role = 'BAS' AND u.enabled ORDER BY u.display_name""").param(caseId)
                .query(String.class).list();
        return bas.isEmpty() ? new org.tutela.shared.Messages.Text("disclosure.everyBas")
                : new org.tutela.shared.Messages.Text("disclosure.everyBasNamed", String.join(", ", bas));
    }

    /** Whether the user may change a case they can see, and add or change its people. */
    public boolean canEditCase(CurrentUser user) {
        return user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
    }

    public boolean canCreateCase(CurrentUser user) {
        return user.is(Role.CPI, Role.SUPERVISOR);
    }

    /**
     * The field groups of a person in a visible case that the user may see, given the person's role. For a DV advocate
     * the survivor referred to them is a person apart: see {@link #canViewProtectedContactOf}.
     */
    public Set<FieldGroup> personFields(CurrentUser user, String personRole) {
        if (user.is(Role.DV_ADVOCATE)) {
            return EnumSet.of(FieldGroup.IDENTITY);
        }
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS)) {
            return EnumSet.noneOf(FieldGroup.class); // roles that see no case see no person either
        }
        if (user.role() == Role.BAS && !basSeesContact(personRole)) {
            return EnumSet.of(FieldGroup.IDENTITY); // C.1.1: no survivor-services information for the BAS
        }
        return EnumSet.of(FieldGroup.IDENTITY, FieldGroup.PROTECTED_CONTACT);
    }

    public boolean canViewProtectedContact(CurrentUser user, String personRole) {
        return personFields(user, personRole).contains(FieldGroup.PROTECTED_CONTACT);
    }

    /**
     * Whether the user sees this person's protected contact fields: as {@link #canViewProtectedContact} by role, and
     * for a DV advocate, the survivor referred to their center (the referral open, or the survivor enrolled) only.
     */
    public boolean canViewProtectedContactOf(CurrentUser user, UUID personId, String personRole) {
        if (user.is(Role.BIP_PROVIDER)) {
            return "PERPETRATOR".equals(personRole) && providerSees(user, personId, true);
        }
        if (user.is(Role.DV_ADVOCATE)) {
            return "SURVIVOR".equals(personRole) && referredTo(user.organizationId(), personId);
        }
        return canViewProtectedContact(user, personRole);
    }

    /** Whether the survivor is referred to the center and the referral is open or the survivor enrolled. */
    public boolean referredTo(UUID centerId, UUID survivorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM advocate_referral r WHERE r.survivor_id = ? AND r.center_id = ?"
                        + " AND " + referralSeen("r") + ")")
                .params(survivorId, centerId).query(Boolean.class).single();
    }

    /**
     * The one rule of the referrals by which a center's advocates see a case and its survivor's contact fields, as SQL
     * on {@code advocate_referral} aliased {@code alias}: the referral is open, or the survivor enrolled (C.1.6.1).
     */
    public static String referralSeen(String alias) {
        return "(" + alias + ".outcome IS NULL OR " + alias + ".outcome = 'ENROLLED')";
    }

    // ---- BIP providers (seed 001) ------------------------------------------------------------------------

    /**
     * The one rule of the BIP referrals a user sees as their provider's, as SQL on {@code bip_referral} aliased
     * {@code alias}: those made to a BIP provider user's own organization; none for any other role.
     */
    public SqlCondition providerReferrals(CurrentUser user, String alias) {
        // the person referred must still be the case's perpetrator: one recorded again as a survivor or a child (a
        // mistake corrected) is nobody the provider may see
        return user.is(Role.BIP_PROVIDER) ? new SqlCondition(alias + ".provider_id = ? AND EXISTS (SELECT 1 FROM person"
                + " referred WHERE referred.id = " + alias + ".perpetrator_id AND referred.role = 'PERPETRATOR')",
                List.of(user.organizationId())) : new SqlCondition("false", List.of());
    }

    /**
     * The statuses in which a referral is live (the provider may reach the participant) until it expires: the one
     * rule, as SQL on {@code bip_referral} aliased {@code alias}, with today as its parameter.
     */
    public static SqlCondition liveReferral(String alias, java.time.LocalDate today) {
        return new SqlCondition(alias + ".status IN ('SENT', 'ACCEPTED', 'ENROLLED', 'ATTENDING') AND " + alias
                + ".expires_on > ?", List.of(today));
    }

    /**
     * Whether a BIP provider user's organization has a referral of this perpetrator (a live one, when {@code live}):
     * what lets them see the person's identity, and while live their contact fields.
     */
    public boolean providerSees(CurrentUser user, UUID personId, boolean live) {
        SqlCondition mine = providerReferrals(user, "r");
        SqlCondition open = live ? liveReferral("r", org.tutela.shared.AgencyTime.today())
                : new SqlCondition("true", List.of());
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bip_referral r WHERE r.perpetrator_id = ? AND " + mine.sql()
                        + " AND " + open.sql() + ")")
                .param(personId).params(mine.params()).params(open.params()).query(Boolean.class).single();
    }

    /**
     * What a text the case's professionals write for a BIP provider (a referral's reason) must not carry: see
     * {@link ProviderGuard}. Only values and names its writers see, so a refusal tells them nothing new.
     */
    public ProviderGuard providerGuard(UUID caseId) {
        record Name(String first, String last) {
        }
        List<Name> perpetrators = new java.util.ArrayList<>();
        List<Name> others = new java.util.ArrayList<>();
        jdbc.sql("SELECT role, first_name, last_name FROM person WHERE case_id = ?").param(caseId)
                .query((rs, n) -> ("PERPETRATOR".equals(rs.getString("role")) ? perpetrators : others)
                        .add(new Name(rs.getString("first_name"), rs.getString("last_name")))).list();
        java.util.Set<String> perpetratorWords = new java.util.HashSet<>();
        perpetrators.forEach(p -> {
            perpetratorWords.addAll(ContactMatcher.words(p.first()));
            perpetratorWords.addAll(ContactMatcher.words(p.last()));
        });
        // each word of a protected person's first and family names ("Mary Ann", "Ana-Sofia", "the Lopez
        // children"), but for the words of the perpetrator's own name, which the provider knows
        java.util.Set<List<String>> names = new java.util.LinkedHashSet<>();
        for (Name o : others) {
            for (String word : ContactMatcher.words(o.first() + " " + o.last())) {
                if (word.length() > 1 && !perpetratorWords.contains(word)) {
                    names.add(List.of(word));
                }
            }
        }
        // a DV center by its distinctive words ("Harbor Light"), as people shorten it
        List<List<String>> centers = jdbc.sql("SELECT name FROM organization WHERE type = 'DV_CENTER'")
                .query(String.class).list().stream().map(CaseAccess::distinctive).filter(w -> !w.isEmpty()).toList();
        return new ProviderGuard(List.copyOf(names), contactGuard(caseId), centers);
    }

    /** The words of an organization's name that name it, less those any such organization's name has. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("the", "of", "for", "and", "domestic",
            "violence", "dv", "center", "centre", "shelter", "services", "service", "program", "programs", "inc",
            "family", "families", "women", "womens", "s", "safe", "house", "home", "coalition", "agency", "county");

    private static List<String> distinctive(String name) {
        return ContactMatcher.words(name).stream().filter(w -> !GENERIC.contains(w)).toList();
    }

    /** What a Release of Information lets the center and its BAS share (C.1.6.1). */
    public enum ReleaseScope {
        /** The BAS may learn whether the survivor is enrolled in the center's services. */
        ENROLLMENT_STATUS,
        /** The BAS and the advocates may discuss the survivor (batterer information for safety planning). */
        SURVIVOR_DISCUSSION
    }

    /**
     * A release is live on a day when it was signed by then, does not expire before it and is not revoked: the one
     * rule, as SQL on {@code release_of_information} aliased {@code alias}, with the day as its two parameters.
     */
    public static boolean live(java.time.LocalDate signedOn, java.time.LocalDate expiresOn,
                               java.time.LocalDate revokedOn, java.time.LocalDate day) {
        return revokedOn == null && !signedOn.isAfter(day) && !expiresOn.isBefore(day);
    }

    /** {@link #live(java.time.LocalDate, java.time.LocalDate, java.time.LocalDate, java.time.LocalDate)} in SQL. */
    public static SqlCondition live(String alias, java.time.LocalDate day) {
        String r = alias + ".";
        return new SqlCondition(r + "revoked_on IS NULL AND " + r + "signed_on <= ? AND " + r + "expires_on >= ?",
                List.of(day, day));
    }

    /**
     * The live release of the center for the survivor whose scope names {@code scope}, as of today; the latest signed
     * when there are several. Expiry and revocation end it at once: nothing is kept between two readings.
     */
    public java.util.Optional<UUID> liveRelease(UUID centerId, UUID survivorId, ReleaseScope scope) {
        SqlCondition live = live("r", org.tutela.shared.AgencyTime.today());
        return jdbc.sql("SELECT r.id FROM release_of_information r WHERE r.center_id = ? AND r.survivor_id = ?"
                        + " AND ? = ANY (r.scope) AND " + live.sql() + " ORDER BY r.signed_on DESC, r.created_at DESC"
                        + " LIMIT 1")
                .params(centerId, survivorId, scope.name()).params(live.params()).query(UUID.class).optional();
    }

    /** Of these releases, those of the center that are live today and whose scope names {@code scope}. */
    public Set<UUID> liveReleases(UUID centerId, java.util.Collection<UUID> releaseIds, ReleaseScope scope) {
        if (releaseIds.isEmpty()) {
            return Set.of();
        }
        SqlCondition live = live("r", org.tutela.shared.AgencyTime.today());
        return new java.util.HashSet<>(jdbc.sql("SELECT r.id FROM release_of_information r WHERE r.center_id = ?"
                        + " AND r.id = ANY (?) AND ? = ANY (r.scope) AND " + live.sql())
                .params(centerId, releaseIds.toArray(UUID[]::new), scope.name()).params(live.params())
                .query(UUID.class).list());
    }

    /** Records, in the same transaction, that the user was shown something under a release (C.1.6.1). */
    public void readUnderRelease(UUID releaseId) {
        audit.record("READ_UNDER_RELEASE", "RELEASE", releaseId);
    }
}
