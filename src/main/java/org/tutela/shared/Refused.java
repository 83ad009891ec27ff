package org.tutela.shared;

/**
 * A request that a rule refuses for a reason the caller should read: 403 when the caller may not do it (approving
 * their own request), 409 when the record's state no longer allows it (a grant decided already). Nothing is saved.
 */
public class Refused extends RuntimeException {

    private final boolean conflict;

    private Refused(boolean conflict, String message) {
        super(message);
        this.conflict = conflict;
    }

    /** The caller may not do this (HTTP 403). */
    public static Refused notAllowed(String message) {
        return new Refused(false, message);
    }

    /** The record's state does not allow it (HTTP 409). */
    public static Refused conflict(String message) {
        return new Refused(true, message);
    }

    public boolean conflict() {
        return conflict;
    }
}
