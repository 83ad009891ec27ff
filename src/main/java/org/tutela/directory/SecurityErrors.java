package org.tutela.directory;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.tutela.shared.Languages;
import org.tutela.shared.Messages;
import org.tutela.shared.ProblemResponses;

/** Problem documents written by the security filters, before any controller runs. */
final class SecurityErrors {

    private SecurityErrors() {
    }

    static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 401, "problem.unauthorized");
    }

    static void writeForbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 403, "problem.forbidden");
    }

    static void writeTooManyRequests(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 429, "problem.tooManyRequests");
    }

    /** Written before Spring MVC chooses the request's language: the Accept-Language header chooses it. */
    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        Locale locale = Languages.fromHeader(request);
        ProblemResponses.write(response, status, Messages.text(locale, code), Messages.text(locale, code + ".detail"));
    }
}
