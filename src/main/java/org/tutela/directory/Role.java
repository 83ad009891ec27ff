package org.tutela.directory;

/** What a user does in the system; every user has exactly one. */
public enum Role {
    ADMIN, BAS, DV_ADVOCATE, CPI, CASE_MANAGER, SUPERVISOR, BIP_PROVIDER, CONTRACT_MANAGER, PROGRAM_LEADER;

    public String authority() {
        return "ROLE_" + name();
    }
}
