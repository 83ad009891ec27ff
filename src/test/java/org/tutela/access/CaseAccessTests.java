package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;

class CaseAccessTests {

    private final CaseAccess access = new CaseAccess(null, null);

    private static CurrentUser user(Role role) {
        return new CurrentUser(UUID.randomUUID(), "u", "U", role, UUID.randomUUID(), OrganizationType.DCF,
                UUID.randomUUID());
    }

    @Test
    void theBasSeesThePerpetratorsContactFieldsOnly() {
        CurrentUser bas = user(Role.BAS);
        assertThat(access.canViewProtectedContact(bas, "PERPETRATOR")).isTrue();
        for (String role : new String[] {"SURVIVOR", "CHILD", "OTHER_CAREGIVER"}) {
            assertThat(access.personFields(bas, role)).containsExactly(FieldGroup.IDENTITY);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CPI", "CASE_MANAGER", "SUPERVISOR"})
    void caseworkersSeeEveryFieldOfTheCasesTheyMaySee(Role role) {
        assertThat(access.personFields(user(role), "SURVIVOR"))
                .containsExactlyInAnyOrder(FieldGroup.IDENTITY, FieldGroup.PROTECTED_CONTACT);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "BIP_PROVIDER", "CONTRACT_MANAGER", "PROGRAM_LEADER"})
    void rolesWithoutCasesSeeNone(Role role) {
        assertThat(access.visibleCases(user(role), "c").sql()).isEqualTo("false");
    }

    @Test
    void anAdvocateSeesTheCasesOfTheSurvivorsReferredToTheirCenterAndOnlyTheirIdentityByRole() {
        CurrentUser advocate = user(Role.DV_ADVOCATE);
        SqlCondition c = access.visibleCases(advocate, "c");
        assertThat(c.sql()).contains("advocate_referral").contains("ar.center_id = ?")
                .contains("ar.outcome IS NULL OR ar.outcome = 'ENROLLED'");
        assertThat(c.params()).containsExactly(advocate.organizationId());
        // the referred survivor's contact fields are decided person by person (canViewProtectedContactOf)
        assertThat(access.personFields(advocate, "SURVIVOR")).containsExactly(FieldGroup.IDENTITY);
        assertThat(access.canViewProtectedContact(advocate, "SURVIVOR")).isFalse();
    }

    @Test
    void caseRulesFollowRegionOrganizationAndAssignment() {
        CurrentUser cpi = user(Role.CPI);
        SqlCondition c = access.visibleCases(cpi, "c");
        assertThat(c.sql()).contains("c.region_id = ?").contains("c.organization_id = ?").contains("case_assignment");
        assertThat(c.params()).containsExactly(cpi.regionId(), cpi.organizationId(), cpi.id());
        assertThat(access.visibleCases(user(Role.SUPERVISOR), "x").sql()).isEqualTo("x.organization_id = ?");
        assertThat(access.visibleCases(user(Role.BAS), "c").sql()).isEqualTo("c.region_id = ?");
    }

    @Test
    void onlyCpisAndSupervisorsOpenCases() {
        assertThat(access.canCreateCase(user(Role.CPI))).isTrue();
        assertThat(access.canCreateCase(user(Role.SUPERVISOR))).isTrue();
        assertThat(access.canCreateCase(user(Role.CASE_MANAGER))).isFalse();
        assertThat(access.canCreateCase(user(Role.BAS))).isFalse();
        assertThat(access.canEditCase(user(Role.BAS))).isFalse();
    }
}
