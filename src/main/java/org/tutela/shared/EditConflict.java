package org.tutela.shared;

/** Someone else changed the record since the caller read it: the second writer never silently overwrites. */
public class EditConflict extends RuntimeException {

    private final boolean precondition;

    /** @param precondition true when the caller's version came in an {@code If-Match} header (HTTP 412) */
    public EditConflict(boolean precondition) {
        super("edit.conflict");
        this.precondition = precondition;
    }

    /** What happened, in the current request's language. */
    @Override
    public String getMessage() {
        return Messages.text("edit.conflict");
    }

    public boolean precondition() {
        return precondition;
    }
}
