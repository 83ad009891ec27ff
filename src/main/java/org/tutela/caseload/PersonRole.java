package org.tutela.caseload;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A person's role in a case, in the order a case lists its people: the survivor first (the practice partners with
 * her), then the children and other caregivers, and the perpetrator last; never alphabetically by code.
 */
public enum PersonRole {
    /** the adult victim, usually the non-offending parent */
    SURVIVOR,
    CHILD,
    OTHER_CAREGIVER,
    PERPETRATOR;

    /** The listing order in SQL, for a person table aliased {@code p}. */
    static final String SQL_ORDER = "array_position(ARRAY[" + Arrays.stream(values()).map(r -> "'" + r.name() + "'")
            .collect(Collectors.joining(", ")) + "]::varchar[], p.role::varchar)";
}
