package org.tutela.directory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger keep a user out (OWASP Authentication Cheat Sheet, "Account
 * Lockout"): failed sign-ins are counted per (account, source address) and per source address, each count sets a
 * delay that doubles, and an attempt during a delay is refused without looking at the password and without being
 * counted. Failures from one address never delay the account from another, so once its own delay has passed the
 * right password signs in whatever strangers did elsewhere. An unknown username is counted exactly like a known one.
 * The counts live in PostgreSQL, shared by every node; call these methods inside one transaction per attempt.
 */
@Component
class SignInThrottle {

    /** How failures make a delay: none for the first {@code free}, then doubling from {@code first} to {@code max}. */
    record Rule(int free, Duration first, Duration max, Duration forgetAfter) {
        Duration delayAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            Duration delay = first.multipliedBy(1L << Math.min(failures - free - 1, 30));
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }

    /** One account from one address: a typo is free, then 1 s, 2 s, 4 s ... up to 15 minutes; a sign-in clears it. */
    static final Rule ACCOUNT_FROM_ADDRESS = new Rule(1, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1));
    /** Every account from one address (one password tried on many accounts); an office behind one address shares it. */
    static final Rule ADDRESS = new Rule(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    /** The account key of an address's own count. */
    private static final byte[] ANY_ACCOUNT = new byte[0];
    /** The first half of the advisory lock keys of sign-in attempts (the audit chain uses 7305001). */
    private static final int LOCK_CLASS = 7305011;

    /** Digests of the account (the username as typed, normalized) and of the source address. */
    record Key(byte[] account, byte[] address) {
    }

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Key key(String username, String address) {
        return new Key(Secrets.hash(Accounts.normalize(username)), Secrets.hash(source(address)));
    }

    /**
     * The time still to wait before the account may be tried from the address; zero when it may. Holds the pair's
     * lock to the end of the transaction, so that attempts sent side by side cannot all slip through one opening:
     * an attempt that finds the lock taken waits a second like any other.
     */
    Duration remaining(Key key) {
        int lock = 31 * Arrays.hashCode(key.account()) + Arrays.hashCode(key.address());
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?, ?)").params(LOCK_CLASS, lock).query(Boolean.class).single()) {
            return Duration.ofSeconds(1);
        }
        Double seconds = jdbc.sql("""
                SELECT extract(epoch FROM max(blocked_until) - now()) FROM sign_in_throttle
                WHERE address_key = ? AND account_key IN (?, ?) AND blocked_until > now()""")
                .params(key.address(), key.account(), ANY_ACCOUNT).query(Double.class).optional().orElse(null);
        return seconds == null ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    void recordFailure(Key key) {
        count(key.account(), key.address(), ACCOUNT_FROM_ADDRESS);
        count(ANY_ACCOUNT, key.address(), ADDRESS);
        jdbc.sql("DELETE FROM sign_in_throttle WHERE last_failure_at < now() - interval '1 day' AND blocked_until < now()")
                .update();
    }

    /** The right password: the account's count from this address starts over (the address's own count does not). */
    void recordSuccess(Key key) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE account_key = ? AND address_key = ?")
                .params(key.account(), key.address()).update();
    }

    /**
     * Clears every delay of the account, from every address (an administrator's unlock). The users' list reads the
     * account's delays with the same key, {@code sha256(convert_to(username, 'UTF8'))} ({@link UserAdministration}).
     */
    void clear(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE account_key = ?").param(Secrets.hash(Accounts.normalize(username)))
                .update();
    }

    private void count(byte[] account, byte[] address, Rule rule) {
        int failures = jdbc.sql("""
                INSERT INTO sign_in_throttle AS t (account_key, address_key, failures, last_failure_at, blocked_until)
                VALUES (?, ?, 1, now(), now())
                ON CONFLICT (account_key, address_key) DO UPDATE SET
                  failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => ?) THEN 1 ELSE t.failures + 1 END,
                  last_failure_at = now()
                RETURNING failures""")
                .params(account, address, rule.forgetAfter().toSeconds()).query(Integer.class).single();
        Duration delay = rule.delayAfter(failures);
        if (!delay.isZero()) {
            jdbc.sql("""
                    UPDATE sign_in_throttle SET blocked_until = now() + make_interval(secs => ?)
                    WHERE account_key = ? AND address_key = ?""")
                    .params(delay.toMillis() / 1000.0, account, address).update();
        }
    }

    /**
     * The address that failures are counted against: the client's as the connection (or a trusted proxy) gives it;
     * an IPv6 client by its /64 network, which one client usually holds whole.
     */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal (checked above): no lookup
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
