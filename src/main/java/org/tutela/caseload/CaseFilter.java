package org.tutela.caseload;

import java.util.UUID;

/**
 * Which of the cases a user may see to list: words to search ({@code q}), a maltreatment, the cases assigned to one
 * worker or to nobody, open cases only. Every part is optional (null or false).
 */
public record CaseFilter(String q, Maltreatment maltreatment, UUID worker, boolean unassigned, boolean openOnly) {

    /** Whether the filter narrows the list by worker or state, beyond words and a maltreatment. */
    public boolean narrowed() {
        return worker != null || unassigned || openOnly;
    }
}
