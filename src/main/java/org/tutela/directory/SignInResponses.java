package org.tutela.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** How the sign-in form and HTTP Basic token creation answer a sign-in, a refusal, a delay. */
final class SignInResponses {

    /** The flash attribute that carries the failed attempts since the last sign-in to the home page. */
    static final String NOTICE = "signInNotice";

    private SignInResponses() {
    }

    /** To the home page, with the failed attempts since the last sign-in if there were any. */
    static void formSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getDetails() instanceof SignIn signIn && signIn.notice() != null
                && signIn.notice().failures() > 0) {
            FlashMap flash = new FlashMap();
            flash.put(NOTICE, signIn.notice());
            flash.setTargetRequestPath(request.getContextPath() + "/");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Back to the sign-in page: wrong (or cannot sign in), or wait; the same for every username. */
    static void formFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = e instanceof SignIn.Delayed delayed ? "wait=" + delayed.seconds() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    /** HTTP Basic on token creation: 429 with Retry-After during a delay, else 401. */
    static void basic(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignIn.Delayed delayed) {
            response.setHeader("Retry-After", String.valueOf(delayed.seconds()));
            SecurityErrors.writeTooManyRequests(request, response);
        } else {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Tutela\"");
            SecurityErrors.writeUnauthorized(request, response);
        }
    }
}
