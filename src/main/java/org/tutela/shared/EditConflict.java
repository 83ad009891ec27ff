package org.tutela.shared;

/** Someone else changed the record since the caller read it: the second writer never silently overwrites. */
public class EditConflict extends RuntimeException {

    private final boolean precondition;

    /** @param precondition true when the caller's version came in an {@code If-Match} header (HTTP 412) */
    public EditConflict(boolean precondition) {
        super("The record was changed by someone else; reload it and apply your change again.");
        this.precondition = precondition;
    }

    public boolean precondition() {
        return precondition;
    }
}
