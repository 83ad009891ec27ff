package org.tutela.directory;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.AuditTrail;

/**
 * Checks a username and password (the sign-in form and HTTP Basic for token creation alike), throttled by
 * {@link SignInThrottle}: an attempt during a delay is refused before its password is looked at. An account that
 * cannot sign in (unknown, disabled, without a password yet, or without a role while one waits for approval) is
 * answered, counted and delayed exactly like a wrong password whatever password is sent, and a password is checked
 * all the same so that timing tells nothing: its right password is worth nothing to someone guessing it.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private record Outcome(Duration delay, Optional<Accounts.Account> account, boolean signsIn,
                           Accounts.Notice notice) {
    }

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final String dummyHash;

    PasswordAuthenticationProvider(Accounts accounts, SignInThrottle throttle, PasswordEncoder passwordEncoder,
                                   TransactionTemplate transactions, AuditTrail audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.audit = audit;
        this.dummyHash = passwordEncoder.encode("a password that no account has");
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = Accounts.normalize(request.getName());
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        // the count and the check in one transaction, under the (account, address) lock; the audit row after it
        Outcome outcome = transactions.execute(tx -> attempt(username, password, address));
        if (!outcome.delay().isZero()) {
            throw new SignIn.Delayed(outcome.delay());
        }
        Optional<Accounts.Account> account = outcome.account();
        String role = account.flatMap(Accounts.Account::user).map(u -> u.role().name()).orElse(null);
        if (!outcome.signsIn()) {
            audit.recordLogin(username, role, false);
            throw new BadCredentialsException("Bad credentials");
        }
        CurrentUser user = account.get().user().get();
        audit.recordLogin(user.username(), role, true);
        return SignIn.authentication(user, new SignIn(account.get().accessVersion(), outcome.notice()));
    }

    private Outcome attempt(String username, String password, String address) {
        SignInThrottle.Key key = SignInThrottle.key(username, address);
        Duration wait = throttle.remaining(key);
        if (!wait.isZero()) {
            return new Outcome(wait, Optional.empty(), false, null);
        }
        Optional<Accounts.Account> account = username.isEmpty() ? Optional.empty() : accounts.byUsername(username);
        String hash = account.map(Accounts.Account::passwordHash).orElse(null);
        boolean right = passwordEncoder.matches(password, hash == null ? dummyHash : hash) && hash != null;
        boolean signsIn = right && account.get().enabled() && account.get().user().isPresent();
        if (!signsIn) {
            throttle.recordFailure(key);
            account.ifPresent(a -> accounts.recordFailure(a.id()));
            return new Outcome(Duration.ZERO, account, false, null);
        }
        throttle.recordSuccess(key);
        return new Outcome(Duration.ZERO, account, true, accounts.signedIn(account.get().id()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
