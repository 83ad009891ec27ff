package org.tutela.access;

import java.util.List;

/** A condition to put in a WHERE clause, with its parameters in order. */
public record SqlCondition(String sql, List<Object> params) {
}
