package org.tutela.shared;

import java.sql.SQLException;
import org.slf4j.Logger;

/**
 * Logs carry ids, never names or addresses: an unexpected error is logged by its class, SQL state and where it
 * happened, not by its message (a database message can quote a whole row).
 */
public final class Logs {

    private Logs() {
    }

    public static void unexpected(Logger log, Throwable e) {
        log.error("Unexpected error in request {}: {}", RequestIds.current(), summary(e));
    }

    /** The error's class, its root cause's class and SQL state, and where it happened; never its message. */
    public static String summary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String sqlState = root instanceof SQLException sql ? " SQLState " + sql.getSQLState() : "";
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getName() + " caused by " + root.getClass().getName() + sqlState + " at " + at;
    }
}
