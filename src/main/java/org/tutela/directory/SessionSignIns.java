package org.tutela.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps a page sign-in in the HTTP session (stored in PostgreSQL by Spring Session) but decides every request with
 * the user as they are now, read by primary key when the request first needs it: their current role, organization
 * and region. A session whose user was disabled, lost their role, or changed role, organization or password since
 * it began (their access version moved on), or that began more than {@code tutela.session.max-lifetime} ago
 * whatever its activity, is ended there and then: the request goes on signed out (a page answers with the sign-in
 * page).
 */
class SessionSignIns implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final Accounts accounts;
    private final Duration maxLifetime;

    SessionSignIns(Accounts accounts, Duration maxLifetime) {
        this.accounts = accounts;
        this.maxLifetime = maxLifetime;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext current;

            @Override
            public SecurityContext get() {
                if (current == null) {
                    current = current(stored.get(), request);
                }
                return current;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    private SecurityContext current(SecurityContext stored, HttpServletRequest request) {
        Authentication signedIn = stored.getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof CurrentUser user)) {
            return stored;
        }
        HttpSession session = request.getSession(false);
        Optional<CurrentUser> now = signedIn.getDetails() instanceof SignIn signIn && session != null
                && System.currentTimeMillis() - session.getCreationTime() <= maxLifetime.toMillis()
                ? accounts.current(user.id(), signIn.accessVersion()) : Optional.empty();
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        if (now.isEmpty()) {
            if (session != null) {
                session.invalidate();
            }
            return context;
        }
        context.setAuthentication(SignIn.authentication(now.get(), signedIn.getDetails()));
        return context;
    }
}
