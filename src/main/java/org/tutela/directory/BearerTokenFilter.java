package org.tutela.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request by its {@code Authorization: Bearer} token, with the token's user as they are now; a bad
 * token, or one whose user was disabled or changed since it was created, is a 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<CurrentUser> user = tokens.authenticate(header.substring(7).trim());
            if (user.isEmpty()) {
                SecurityErrors.writeUnauthorized(request, response);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SignIn.authentication(user.get(), null));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
