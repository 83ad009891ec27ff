package org.tutela.consultation;

/** A yes or no answer (E.1.2). */
public enum YesNo {
    YES, NO
}
