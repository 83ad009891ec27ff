package org.tutela.compliance;

/** The kind of an injunction obligation. */
public enum InjunctionKind {
    /** Florida Statutes chapter 39: removes an offender from the home to protect a child */
    CHAPTER_39,
    DOMESTIC_VIOLENCE,
    REPEAT_VIOLENCE,
    DATING_VIOLENCE,
    STALKING,
    OTHER
}
