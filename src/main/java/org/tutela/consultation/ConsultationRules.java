package org.tutela.consultation;

import java.util.ArrayList;
import java.util.List;
import org.tutela.directory.OrganizationType;
import org.tutela.shared.InvalidInput;

/** The E.1.1 and E.1.2 documentation rules of seed 000, checked on every consultation written. */
public final class ConsultationRules {

    /** E.1.1: the sentence a YES must carry in the note. */
    public static final String MONITORING_SENTENCE = "BAS initiated batterer compliance monitoring.";

    /** E.1.2: a YES must carry one of these sentences in the note. */
    public static final List<String> GUIDANCE_SENTENCES = List.of(
            "Guided the child welfare professional in creating safety actions that increase batterer accountability.",
            "Guided child welfare professional in creating case plans that increase batterer accountability.",
            "Guided child welfare professional in creating safety actions and case plans that increase batterer accountability.");

    private ConsultationRules() {
    }

    /** The rules broken by a consultation with a professional of an agency of {@code type}; empty when none. */
    public static List<InvalidInput.FieldError> check(ConsultationData c, OrganizationType type) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String note = c.note() == null ? "" : c.note();
        switch (type) {
            // E.1.1: DCF does not develop dependency case plans: N/A only
            case DCF -> {
                if (c.complianceMonitoring() != ComplianceAnswer.NOT_APPLICABLE) {
                    errors.add(new InvalidInput.FieldError("complianceMonitoring",
                            "invalid.consultation.dcfNotApplicable"));
                }
            }
            // E.1.1: case plans come from the CBC lead agency or its CMO: yes or no
            case CBC, CMO -> {
                if (c.complianceMonitoring() == ComplianceAnswer.NOT_APPLICABLE) {
                    errors.add(new InvalidInput.FieldError("complianceMonitoring",
                            "invalid.consultation.cbcYesNo"));
                }
            }
            default -> errors.add(new InvalidInput.FieldError("organizationId",
                    "invalid.consultation.organizationType"));
        }
        if (c.complianceMonitoring() == ComplianceAnswer.YES && !note.contains(MONITORING_SENTENCE)) {
            errors.add(new InvalidInput.FieldError("note",
                    "invalid.consultation.monitoringSentence", MONITORING_SENTENCE));
        }
        if (c.guidedSafetyActions() == YesNo.YES && GUIDANCE_SENTENCES.stream().noneMatch(note::contains)) {
            errors.add(new InvalidInput.FieldError("note",
                    "invalid.consultation.guidanceSentence", GUIDANCE_SENTENCES.get(0)));
        }
        if (c.followUpOn() != null && c.consultedOn() != null && c.followUpOn().isBefore(c.consultedOn())) {
            errors.add(new InvalidInput.FieldError("followUpOn", "invalid.consultation.followUpBefore"));
        }
        if (c.followUpOn() != null && c.guidedSafetyActions() == YesNo.YES) {
            errors.add(new InvalidInput.FieldError("followUpOn",
                    "invalid.consultation.followUpGuided"));
        }
        return errors;
    }
}
