package org.tutela.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;

/**
 * A signed-in user refused by the security rules (a route their role may not use, a module's role check, a form
 * without its CSRF token): audited on its own, whatever else happens, with the method and path as the entity, then
 * answered as before: a problem document for the API, the error page for pages. Record-level refusals are audited
 * where they are decided (CaseAccess); anonymous requests are sent to sign in and are not audited here.
 */
@Component
class RouteDenials {

    /** The audit action of a refused route; a form post without a valid CSRF token is {@link #CSRF_REFUSED}. */
    static final String ROUTE_DENIED = "ROUTE_DENIED";
    static final String CSRF_REFUSED = "CSRF_REFUSED";
    static final String ENTITY_TYPE = "ROUTE";

    private final AuditTrail audit;
    private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

    RouteDenials(AuditTrail audit) {
        this.audit = audit;
    }

    AccessDeniedHandler api() {
        return (request, response, denied) -> {
            record(request, denied);
            SecurityErrors.writeForbidden(request, response);
        };
    }

    AccessDeniedHandler pages() {
        return (request, response, denied) -> {
            record(request, denied);
            page.handle(request, response, denied);
        };
    }

    private void record(HttpServletRequest request, AccessDeniedException denied) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            // nobody signed in (a form posted without its CSRF token before sign-in): anybody can send one, and the
            // trail, which nothing may shorten, is not theirs to fill
            return;
        }
        audit.recordAlone(denied instanceof CsrfException ? CSRF_REFUSED : ROUTE_DENIED, ENTITY_TYPE,
                request.getMethod() + " " + request.getRequestURI());
    }
}
