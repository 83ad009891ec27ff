package org.tutela.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * Problem documents (RFC 9457) written straight to a response, where no controller runs: the security filters, the
 * text filter, Tomcat's error valve. Controllers answer through {@link ApiErrors}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** A problem without field errors. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null, null);
    }

    /** A problem naming one field and what is wrong with it, as ApiErrors names them. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String field,
                             String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"" + (field == null ? ""
                : ",\"errors\":[{\"field\":\"" + json(field) + "\",\"message\":\"" + json(message) + "\"}]") + "}");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
    }
}
