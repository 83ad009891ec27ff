package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class GrantsTests {

    static final UUID DCF = UUID.randomUUID();
    static final UUID CBC = UUID.randomUUID();

    @Test
    void aRoleThatReadsCasesWaitsWhenGivenWidenedOrMoved() {
        assertThat(Grants.needsApproval(Role.SUPERVISOR, DCF, null, DCF)).isTrue();
        assertThat(Grants.needsApproval(Role.SUPERVISOR, DCF, Role.CPI, DCF)).isTrue();
        assertThat(Grants.needsApproval(Role.CPI, DCF, Role.SUPERVISOR, DCF)).as("any change into such a role").isTrue();
        assertThat(Grants.needsApproval(Role.CPI, CBC, Role.CPI, DCF)).as("a move with one").isTrue();
        assertThat(Grants.needsApproval(Role.DV_ADVOCATE, DCF, Role.PROGRAM_LEADER, DCF)).isTrue();
        assertThat(Grants.needsApproval(Role.BAS, DCF, Role.BAS, DCF)).isFalse();
    }

    @Test
    void theAdministratorRoleAlwaysWaitsAndRolesThatReadNoCaseNever() {
        assertThat(Grants.needsApproval(Role.ADMIN, DCF, null, DCF)).isTrue();
        assertThat(Grants.needsApproval(Role.ADMIN, DCF, Role.PROGRAM_LEADER, DCF)).isTrue();
        assertThat(Grants.needsApproval(Role.ADMIN, CBC, Role.ADMIN, DCF)).as("an administrator moved").isFalse();
        assertThat(Grants.needsApproval(Role.BIP_PROVIDER, CBC, Role.SUPERVISOR, DCF)).isFalse();
        assertThat(Grants.needsApproval(Role.CONTRACT_MANAGER, DCF, null, DCF)).isFalse();
    }
}
