package org.tutela.shared;

/**
 * A record that does not exist, or that the caller may not see: both answer the same way (404), because
 * whether a survivor's record exists is itself protected.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound() {
        super("Not found");
    }
}
