package org.tutela.caseload;

/** The maltreatment code list (Florida child welfare allegation maltreatments). */
public enum Maltreatment {
    IPV_THREATENS_CHILD("Intimate Partner Violence Threatens Child"),
    HOUSEHOLD_VIOLENCE_THREATENS_CHILD("Household Violence Threatens Child"),
    PHYSICAL_INJURY("Physical Injury"),
    INADEQUATE_SUPERVISION("Inadequate Supervision"),
    SUBSTANCE_MISUSE("Substance Misuse"),
    ENVIRONMENTAL_HAZARDS("Environmental Hazards"),
    MENTAL_INJURY("Mental Injury"),
    THREATENED_HARM("Threatened Harm"),
    SEXUAL_ABUSE("Sexual Abuse");

    private final String label;

    Maltreatment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the maltreatment is intimate partner or household violence. */
    public boolean violence() {
        return this == IPV_THREATENS_CHILD || this == HOUSEHOLD_VIOLENCE_THREATENS_CHILD;
    }
}
