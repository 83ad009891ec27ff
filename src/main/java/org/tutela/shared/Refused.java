package org.tutela.shared;

/**
 * A request that a rule refuses for a reason the caller should read: 403 when the caller may not do it (approving
 * their own request), 409 when the record's state no longer allows it (a grant decided already). Nothing is saved.
 * The reason is a message code, read in the caller's language.
 */
public class Refused extends RuntimeException {

    private final boolean conflict;
    private final String code;
    private final Object[] args;

    private Refused(boolean conflict, String code, Object... args) {
        super(code);
        this.conflict = conflict;
        this.code = code;
        this.args = args;
    }

    /** The caller may not do this (HTTP 403). */
    public static Refused notAllowed(String code, Object... args) {
        return new Refused(false, code, args);
    }

    /** The record's state does not allow it (HTTP 409). */
    public static Refused conflict(String code, Object... args) {
        return new Refused(true, code, args);
    }

    public boolean conflict() {
        return conflict;
    }

    /** The reason, in the current request's language. */
    @Override
    public String getMessage() {
        return Messages.text(code, args);
    }
}
