package org.tutela.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.InvalidInput;

/** Seed 000, E.1.1 and E.1.2: the answers a consultation may give and the sentences its note must carry. */
class ConsultationRulesTests {

    private static ConsultationData consultation(ComplianceAnswer monitoring, YesNo guided, String note) {
        return new ConsultationData(UUID.randomUUID(), LocalDate.of(2026, 11, 2), "Pat Worker", "Case manager",
                UUID.randomUUID(), ConsultationMode.PHONE, List.of(Topic.RISK_FACTORS), note, monitoring, guided, null);
    }

    private static List<String> broken(ConsultationData c, OrganizationType type) {
        return ConsultationRules.check(c, type).stream().map(InvalidInput.FieldError::field).toList();
    }

    @Test
    void aDcfProfessionalWithYesIsRefused() {
        assertThat(broken(consultation(ComplianceAnswer.YES, YesNo.NO,
                "BAS initiated batterer compliance monitoring."), OrganizationType.DCF))
                .containsExactly("complianceMonitoring");
        assertThat(broken(consultation(ComplianceAnswer.NO, YesNo.NO, "n"), OrganizationType.DCF))
                .containsExactly("complianceMonitoring");
    }

    @Test
    void aDcfProfessionalIsNotApplicable() {
        assertThat(broken(consultation(ComplianceAnswer.NOT_APPLICABLE, YesNo.NO, "Talked."), OrganizationType.DCF))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrganizationType.class, names = {"CBC", "CMO"})
    void caseManagementAgenciesAnswerYesOrNo(OrganizationType type) {
        assertThat(broken(consultation(ComplianceAnswer.NOT_APPLICABLE, YesNo.NO, "n"), type))
                .containsExactly("complianceMonitoring");
        assertThat(broken(consultation(ComplianceAnswer.NO, YesNo.NO, "n"), type)).isEmpty();
        assertThat(broken(consultation(ComplianceAnswer.YES, YesNo.NO,
                "Reviewed the plan. BAS initiated batterer compliance monitoring."), type)).isEmpty();
    }

    @Test
    void aCbcYesWithoutTheSentenceIsRefused() {
        assertThat(broken(consultation(ComplianceAnswer.YES, YesNo.NO, "We will monitor him."), OrganizationType.CBC))
                .containsExactly("note");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BAS initiated batterer compliance monitoring",
            "BAS initiated compliance monitoring.", "bas initiated batterer compliance monitoring.",
            "BAS  initiated batterer compliance monitoring.", "BAS initiated batterer-compliance monitoring."})
    void aNearMissOfTheMonitoringSentenceIsRefused(String note) {
        assertThat(broken(consultation(ComplianceAnswer.YES, YesNo.NO, note), OrganizationType.CMO))
                .containsExactly("note");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Guided the child welfare professional in creating safety actions that increase batterer accountability.",
            "Guided child welfare professional in creating case plans that increase batterer accountability.",
            "Guided child welfare professional in creating safety actions and case plans that increase batterer accountability."})
    void eachOfTheThreeGuidanceSentencesCarriesAYes(String sentence) {
        assertThat(broken(consultation(ComplianceAnswer.NOT_APPLICABLE, YesNo.YES, "Met the CPI. " + sentence),
                OrganizationType.DCF)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Guided the child welfare professional in creating safety actions that increase accountability.",
            "Guided child welfare professional in creating case plans that increase batterer accountability",
            "Guided the child welfare professional in creating case plans that increase batterer accountability.",
            "guided child welfare professional in creating safety actions and case plans that increase batterer accountability.",
            "Discussed safety actions."})
    void aGuidanceYesWithoutAnExactSentenceIsRefused(String note) {
        assertThat(broken(consultation(ComplianceAnswer.NOT_APPLICABLE, YesNo.YES, note), OrganizationType.DCF))
                .containsExactly("note");
    }

    @Test
    void bothSentencesAreNeededWhenBothAreYes() {
        String both = "BAS initiated batterer compliance monitoring. Guided child welfare professional in creating case "
                + "plans that increase batterer accountability.";
        assertThat(broken(consultation(ComplianceAnswer.YES, YesNo.YES, both), OrganizationType.CBC)).isEmpty();
        assertThat(broken(consultation(ComplianceAnswer.YES, YesNo.YES, "BAS initiated batterer compliance monitoring."),
                OrganizationType.CBC)).containsExactly("note");
    }

    @Test
    void onlyChildWelfareAgenciesAreConsulted() {
        assertThat(broken(consultation(ComplianceAnswer.NO, YesNo.NO, "n"), OrganizationType.COURT))
                .contains("organizationId");
    }

    @Test
    void aFollowUpComesAfterTheConsultationAndOnlyWhenGuidanceIsNo() {
        ConsultationData before = new ConsultationData(UUID.randomUUID(), LocalDate.of(2026, 11, 2), "P", "R",
                UUID.randomUUID(), ConsultationMode.PHONE, List.of(Topic.RISK_FACTORS), "n",
                ComplianceAnswer.NOT_APPLICABLE, YesNo.NO, LocalDate.of(2026, 11, 1));
        assertThat(broken(before, OrganizationType.DCF)).containsExactly("followUpOn");
    }
}
