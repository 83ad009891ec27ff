package org.tutela.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.AccessWithdrawn;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.OrganizationType;
import org.tutela.directory.Role;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.Languages;
import org.tutela.shared.Messages;

/**
 * Each BAS's ICS feed. A calendar app cannot sign in, so the long random secret in the feed's address is the
 * credential: shown once, stored as a SHA-256 hash, revocable and renewable. The feed carries the events the BAS
 * attends with case numbers only, never a person's name.
 */
@Service
public class CalendarFeed {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CalendarFeed.class);

    private final JdbcClient jdbc;
    private final StaffingCalendar calendar;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final java.util.List<FeedDeadline.Source> deadlines;

    CalendarFeed(JdbcClient jdbc, StaffingCalendar calendar, AuditTrail audit,
                 java.util.List<FeedDeadline.Source> deadlines) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** When the BAS's current feed address was made; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> activeSince(CurrentUser bas) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE user_id = ?").param(bas.id())
                .query(OffsetDateTime.class).optional()
                .map(at -> at.atZoneSameInstant(AgencyTime.ZONE).toOffsetDateTime());
    }

    /** Makes a new secret for the BAS's feed (the old address stops working) and returns it; it is not kept. */
    @Transactional
    public String renew(CurrentUser bas) {
        StaffingCalendar.requireBas(bas);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO calendar_feed (id, user_id, secret_hash) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE
                SET id = EXCLUDED.id, secret_hash = EXCLUDED.secret_hash, created_at = now()""")
                .params(id, bas.id(), hash(secret)).update();
        audit.record("CREATE", "CALENDAR_FEED", id);
        return secret;
    }

    /** Revokes the BAS's feed: its address answers 404 from now on. */
    @Transactional
    public void revoke(CurrentUser bas) {
        StaffingCalendar.requireBas(bas);
        jdbc.sql("DELETE FROM calendar_feed WHERE user_id = ? RETURNING id").param(bas.id()).query(UUID.class)
                .optional().ifPresent(id -> audit.record("REVOKE", "CALENDAR_FEED", id));
    }

    /**
     * The user's access was withdrawn (disabled, password reset, role or organization changed): the feed's secret
     * stood in for their sign-in, so it ends for good, in the same transaction. Access given back later does not
     * bring it back: the BAS makes a new feed.
     */
    @EventListener
    void on(AccessWithdrawn withdrawn) {
        jdbc.sql("DELETE FROM calendar_feed WHERE user_id = ? RETURNING id").param(withdrawn.userId()).query(UUID.class)
                .optional().ifPresent(id -> audit.record("REVOKE", "CALENDAR_FEED", id));
    }

    /**
     * The iCalendar text of the feed with this secret; empty for a revoked or unknown secret. Every fetch of a feed's
     * address is audited as its owner's (the secret stands in for their sign-in): a READ of the feed, or an
     * ACCESS_DENIED when its owner may no longer read it (disabled, no longer a BAS). An address that names no feed
     * is logged, not audited: anybody can send one, and the trail, which nothing may shorten, is not theirs to fill.
     */
    @Transactional
    public Optional<String> ics(String secret) {
        Optional<Owner> owner = secret != null && SECRET.matcher(secret).matches() ? owner(secret) : Optional.empty();
        if (owner.isEmpty()) {
            log.info("A calendar feed address that names no feed was fetched");
            return Optional.empty();
        }
        if (owner.get().user() == null) {
            audit.recordAs(owner.get().username(), owner.get().role(), "ACCESS_DENIED", "CALENDAR_FEED",
                    owner.get().feedId());
            return Optional.empty();
        }
        CurrentUser bas = owner.get().user();
        audit.recordAs(bas.username(), bas.role().name(), "READ", "CALENDAR_FEED", owner.get().feedId());
        // the owner's language: a calendar program fetches the feed with no session and no language of its own
        Locale language = Languages.locale(bas.language() == null ? "en" : bas.language());
        java.util.List<Ics.Entry> entries = new java.util.ArrayList<>(calendar.feedEvents(bas).stream()
                .map(e -> entry(e, language)).toList());
        deadlines.forEach(source -> source.deadlines(bas, language).forEach(d -> entries.add(
                Ics.Entry.allDay(d.uid(), d.day(), d.summary(), d.description()))));
        return Optional.of(Ics.calendar(Messages.text(language, "calendar.ics.name"), entries, Instant.now()));
    }

    /** A feed and its owner: {@code user} when they may read it now (an enabled BAS), null when not. */
    private record Owner(UUID feedId, String username, String role, CurrentUser user) {
    }

    private Optional<Owner> owner(String secret) {
        return jdbc.sql("""
                SELECT f.id AS feed_id, u.id, u.username, u.display_name, u.role, u.enabled, u.organization_id,
                       o.type, o.region_id, u.language
                FROM calendar_feed f JOIN app_user u ON u.id = f.user_id JOIN organization o ON o.id = u.organization_id
                WHERE f.secret_hash = ?""")
                .param(hash(secret))
                .query((rs, n) -> new Owner(rs.getObject("feed_id", UUID.class), rs.getString("username"),
                        rs.getString("role"), !rs.getBoolean("enabled") || !Role.BAS.name().equals(rs.getString("role"))
                        ? null : new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), Role.BAS, rs.getObject("organization_id", UUID.class),
                        OrganizationType.valueOf(rs.getString("type")), rs.getObject("region_id", UUID.class),
                        rs.getString("language"))))
                .optional();
    }

    private static Ics.Entry entry(Event e, Locale language) {
        String type = Messages.text(language, "eventType." + e.type());
        return new Ics.Entry(e.id(), e.startsAt().toInstant(), e.endsAt().toInstant(), e.version(),
                Messages.text(language, "calendar.ics.summary", type, e.caseNumber()),
                e.place() != null ? e.place() : Messages.text(language, "calendar.place.unconfirmed"),
                Messages.text(language, "calendar.ics.description", type, e.caseNumber()));
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
