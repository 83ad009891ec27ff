package org.tutela.directory;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

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
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
