package org.tutela.access;

/** Groups of a person's fields that are disclosed together. */
public enum FieldGroup {
    /** name, date of birth, gender, preferred language, role in the case */
    IDENTITY,
    /** address, phone, email, workplace, children's school or child care, shelter status */
    PROTECTED_CONTACT
}
