package org.tutela.directory;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a password sign-in leaves with its session or token: the user's access version then (a change since ends
 * it) and the failed attempts to tell the user about. The details of the signed-in {@code Authentication}.
 */
record SignIn(int accessVersion, Accounts.Notice notice) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The signed-in user as Spring Security carries them, with their current role as the one authority. */
    static UsernamePasswordAuthenticationToken authentication(CurrentUser user, Object details) {
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(user.role().authority())));
        authentication.setDetails(details);
        return authentication;
    }

    /** An attempt refused during a delay, before its password was looked at. */
    static class Delayed extends AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long seconds;

        Delayed(Duration wait) {
            super("Sign-in delayed");
            this.seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        long seconds() {
            return seconds;
        }
    }
}
