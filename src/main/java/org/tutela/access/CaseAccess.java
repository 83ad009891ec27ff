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
 *   <li>DV advocates: survivors enrolled with their DV center (enrollment comes later: none yet).</li>
 *   <li>BIP providers, contract managers, program leaders and administrators: no case content.</li>
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
            case DV_ADVOCATE, BIP_PROVIDER, CONTRACT_MANAGER, PROGRAM_LEADER, ADMIN -> new SqlCondition("false", List.of());
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
     * Whether a free text that the BAS and others will see (an event's place, for example) carries a protected
     * contact value of a survivor, child or other caregiver of the case: an address line, a phone number, an email
     * address, a workplace, a school or child care. C.1.1: survivor-services information never reaches the BAS.
     */
    public boolean mentionsProtectedContact(UUID caseId, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String plain = normal(text);
        String digits = text.replaceAll("\\D", "");
        List<String[]> values = jdbc.sql("""
                SELECT address_line1, address_line2, email, workplace, school_or_child_care, phone FROM person
                WHERE case_id = ? AND role <> 'PERPETRATOR'""").param(caseId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)})
                .list();
        for (String[] v : values) {
            for (int i = 0; i < 5; i++) {
                if (v[i] != null && normal(v[i]).length() >= 5 && plain.contains(normal(v[i]))) {
                    return true;
                }
            }
            String phone = v[5] == null ? "" : v[5].replaceAll("\\D", "");
            if (phone.length() >= 7 && digits.contains(phone)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s,.#]+", " ").trim();
    }

    /** Whether the user may change a case they can see, and add or change its people. */
    public boolean canEditCase(CurrentUser user) {
        return user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR);
    }

    public boolean canCreateCase(CurrentUser user) {
        return user.is(Role.CPI, Role.SUPERVISOR);
    }

    /** The field groups of a person in a visible case that the user may see, given the person's role. */
    public Set<FieldGroup> personFields(CurrentUser user, String personRole) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR, Role.BAS)) {
            return EnumSet.noneOf(FieldGroup.class); // roles that see no case see no person either
        }
        if (user.role() == Role.BAS && !"PERPETRATOR".equals(personRole)) {
            return EnumSet.of(FieldGroup.IDENTITY); // C.1.1: no survivor-services information for the BAS
        }
        return EnumSet.of(FieldGroup.IDENTITY, FieldGroup.PROTECTED_CONTACT);
    }

    public boolean canViewProtectedContact(CurrentUser user, String personRole) {
        return personFields(user, personRole).contains(FieldGroup.PROTECTED_CONTACT);
    }
}
