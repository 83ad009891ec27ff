package org.tutela.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors on pages: a missing or hidden record is the same 404 page. (The API has {@link ApiErrors}.) */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageErrors.class);

    /** Anything else: the error page, and a log line without the exception's message. */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.web.firewall.RequestRejectedException
                || e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.beans.TypeMismatchException
                || e instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            throw e; // security and MVC answer these themselves (403, 404, 405 ...)
        }
        Logs.unexpected(log, e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    /**
     * A multipart form that cannot be read (a file name with a NUL character, which Tomcat refuses): 400, or the
     * status the exception names (413 for too large a file).
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    String multipart(org.springframework.web.multipart.MultipartException e, HttpServletResponse response,
                     Model model) {
        int status = e instanceof org.springframework.web.ErrorResponse error ? error.getStatusCode().value() : 400;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    /** A refusal that a page did not show next to its form: the error page, 403 or 409. */
    @ExceptionHandler(Refused.class)
    String refused(Refused e, HttpServletResponse response, Model model) {
        response.setStatus(e.conflict() ? 409 : 403);
        model.addAttribute("status", e.conflict() ? 409 : 403);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    /**
     * Input a page did not show next to a form (a page number of -1 in the address), or parameters Tomcat cannot read
     * (not UTF-8): the error page, 400.
     */
    @ExceptionHandler({InvalidInput.class, org.apache.tomcat.util.http.InvalidParameterException.class})
    String invalid(HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }

    @ExceptionHandler(RecordNotFound.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("requestId", RequestIds.current());
        return "error";
    }
}
