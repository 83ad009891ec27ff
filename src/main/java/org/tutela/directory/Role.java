package org.tutela.directory;

/** What a user does in the system; every user has exactly one. */
public enum Role {
    ADMIN, BAS, DV_ADVOCATE, CPI, CASE_MANAGER, SUPERVISOR, BIP_PROVIDER, CONTRACT_MANAGER, PROGRAM_LEADER;

    /**
     * The BAS and the child welfare professionals of a case: who reads consultations, compliance monitoring,
     * staffings and hearings, the timeline and the court brief of the cases they may see.
     */
    public static final java.util.Set<Role> CASE_PRACTICE = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(BAS, CPI, CASE_MANAGER, SUPERVISOR));

    public String authority() {
        return "ROLE_" + name();
    }
}
