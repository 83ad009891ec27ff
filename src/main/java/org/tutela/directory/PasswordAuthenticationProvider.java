package org.tutela.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditTrail;

/**
 * Checks a username and password (the sign-in form and HTTP Basic for token creation alike). Five failed
 * attempts in a row lock the account for 15 minutes; a locked, disabled or unknown account gets exactly the
 * answer of a wrong password, and the password is checked all the same so that timing tells nothing.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final String dummyHash;

    PasswordAuthenticationProvider(Accounts accounts, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.dummyHash = passwordEncoder.encode("a password that no account has");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<Accounts.Account> found = username.isBlank() ? Optional.empty() : accounts.byUsername(username);
        boolean matches = passwordEncoder.matches(password, found.map(Accounts.Account::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !found.get().enabled() || found.get().locked() || !matches) {
            found.ifPresent(account -> {
                if (!matches) {
                    accounts.recordFailure(account.user().id());
                }
            });
            audit.recordLogin(username, found.map(a -> a.user().role().name()).orElse(null), false);
            throw new BadCredentialsException("Bad credentials");
        }
        CurrentUser user = found.get().user();
        accounts.recordSuccess(user.id());
        audit.recordLogin(user.username(), user.role().name(), true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
