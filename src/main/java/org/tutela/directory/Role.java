package org.tutela.directory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a user does in the system; every user who can sign in has exactly one. */
public enum Role {
    ADMIN, BAS, DV_ADVOCATE, CPI, CASE_MANAGER, SUPERVISOR, BIP_PROVIDER, CONTRACT_MANAGER, PROGRAM_LEADER;

    /**
     * The BAS and the child welfare professionals of a case: who reads consultations, compliance monitoring,
     * staffings and hearings, the timeline and the court brief of the cases they may see.
     */
    public static final Set<Role> CASE_PRACTICE = Collections.unmodifiableSet(
            EnumSet.of(BAS, CPI, CASE_MANAGER, SUPERVISOR));

    /**
     * The roles that read cases, and through them survivors' records: giving one to a user, or moving its holder
     * to another organization, waits for a supervisor's approval.
     */
    public static final Set<Role> CASE_READERS = Collections.unmodifiableSet(
            EnumSet.of(CPI, CASE_MANAGER, SUPERVISOR, BAS, DV_ADVOCATE));

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role stored as {@code name}; null for none (a user whose first role waits for approval). */
    static Role stored(String name) {
        return name == null ? null : valueOf(name);
    }

    /** The column value of a role; null for none. */
    static String column(Role role) {
        return role == null ? null : role.name();
    }
}
