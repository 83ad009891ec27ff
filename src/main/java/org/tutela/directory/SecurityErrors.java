package org.tutela.directory;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tutela.shared.ProblemResponses;

/** Problem documents written by the security filters, before any controller runs. */
final class SecurityErrors {

    private SecurityErrors() {
    }

    static void writeUnauthorized(HttpServletResponse response) throws IOException {
        write(response, 401, "Unauthorized", "Sign in: send Authorization: Bearer <token>.");
    }

    static void writeForbidden(HttpServletResponse response) throws IOException {
        write(response, 403, "Forbidden", "Your role may not use this endpoint.");
    }

    static void writeTooManyRequests(HttpServletResponse response) throws IOException {
        write(response, 429, "Too Many Requests", "Too many sign-in attempts: wait as Retry-After says, then try again.");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        ProblemResponses.write(response, status, title, detail);
    }
}
