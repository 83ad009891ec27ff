package org.tutela.bip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.caseload.Gender;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * A provider's groups (seed 001: same-gendered, group the only method), its own group rules, and the weekly sessions
 * with each participant's attendance. Only the provider's own users see or keep them.
 */
@Service
public class BipGroups {

    private static final String GROUP = """
            SELECT g.id, g.name, g.gender, g.meets, g.fees_apply,
                   (SELECT count(*) FROM bip_referral r WHERE r.group_id = g.id
                      AND r.status IN ('ENROLLED', 'ATTENDING') AND r.expires_on > ?) AS participants,
                   (SELECT count(*) FROM bip_session s WHERE s.group_id = g.id) AS sessions
            FROM bip_group g""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final BipReferrals referrals;

    BipGroups(JdbcClient jdbc, AuditTrail audit, InputValidation validation, BipReferrals referrals) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validation = validation;
        this.referrals = referrals;
    }

    // ---- rules --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Rule> rules(CurrentUser provider) {
        requireProvider(provider);
        return jdbc.sql("SELECT id, text FROM bip_rule WHERE provider_id = ? ORDER BY created_at, text")
                .param(provider.organizationId())
                .query((rs, n) -> new Rule(rs.getObject("id", UUID.class), rs.getString("text"))).list();
    }

    @Transactional
    public Rule addRule(CurrentUser provider, RuleData data) {
        requireProvider(provider);
        validation.check(data);
        referrals.checkProviderText("text", data.text()); // a broken rule is named in the monthly report
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO bip_rule (id, provider_id, text, created_by) VALUES (?, ?, ?, ?)")
                    .params(id, provider.organizationId(), data.text().strip(), provider.id()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("text", "invalid.bip.ruleExists");
        }
        audit.record("CREATE", "BIP_RULE", id);
        return new Rule(id, data.text().strip());
    }

    // ---- groups -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Group> groups(CurrentUser provider) {
        requireProvider(provider);
        return jdbc.sql(GROUP + " WHERE g.provider_id = ? ORDER BY g.name").param(org.tutela.shared.AgencyTime.today())
                .param(provider.organizationId()).query((rs, n) -> group(rs)).list();
    }

    @Transactional
    public Group addGroup(CurrentUser provider, GroupData data) {
        requireProvider(provider);
        validation.check(data);
        referrals.checkProviderText("name", data.name()); // the case's professionals read the group's name
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO bip_group (id, provider_id, name, gender, meets, fees_apply, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, provider.organizationId(), data.name().strip(), data.gender().name(),
                            data.meets().strip(), Boolean.TRUE.equals(data.feesApply()), provider.id()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "invalid.bip.groupExists");
        }
        audit.record("CREATE", "BIP_GROUP", id);
        return group(provider, id);
    }

    /** A group of the provider's own; a 404 for anyone else. */
    @Transactional(readOnly = true)
    public Group group(CurrentUser provider, UUID id) {
        requireProvider(provider);
        return jdbc.sql(GROUP + " WHERE g.id = ? AND g.provider_id = ?").param(org.tutela.shared.AgencyTime.today())
                .params(id, provider.organizationId()).query((rs, n) -> group(rs)).optional()
                .orElseThrow(() -> {
                    audit.recordAlone("ACCESS_DENIED", "BIP_GROUP", id);
                    return new RecordNotFound();
                });
    }

    /** A group with its participants, its sessions and the provider's rules. */
    @Transactional(readOnly = true)
    public GroupDetail detail(CurrentUser provider, UUID id) {
        Group g = group(provider, id);
        List<GroupDetail.Member> members = members(provider, id)
                .map(r -> new GroupDetail.Member(r.id(), r.participantName(), r.status(), r.attended(),
                        r.expiresOn(), r.takesSessions() && !r.attendedAll()))
                .sorted(java.util.Comparator.comparing(GroupDetail.Member::takesSessions).reversed()
                        .thenComparing(GroupDetail.Member::name))
                .toList();
        List<GroupDetail.Session> sessions = jdbc.sql("""
                SELECT s.id, s.held_on, count(a.*) FILTER (WHERE a.attendance = 'PRESENT') AS present,
                       count(a.*) AS recorded
                FROM bip_session s LEFT JOIN bip_attendance a ON a.session_id = s.id
                WHERE s.group_id = ? GROUP BY s.id, s.held_on ORDER BY s.held_on DESC""").param(id)
                .query((rs, n) -> new GroupDetail.Session(rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), rs.getInt("present"), rs.getInt("recorded")))
                .list();
        return new GroupDetail(g, members, sessions, rules(provider));
    }

    // ---- sessions -----------------------------------------------------------------------------------------

    /**
     * Records a session the group held, with each participant's attendance: all of it or nothing. Each participant
     * must take sessions in this group on that day (enrolled by then, not discharged, the referral not expired), and
     * no more than 26 sessions count: a participant who attended 26 of 26 takes no more.
     */
    @Transactional
    public UUID recordSession(CurrentUser provider, UUID groupId, SessionData data) {
        // the group's referrals locked: two sessions recorded at once cannot both count a 26th
        jdbc.sql("SELECT r.id FROM bip_referral r JOIN bip_group g ON g.id = r.group_id WHERE g.id = ?"
                + " AND g.provider_id = ? FOR UPDATE OF r").params(groupId, provider.organizationId())
                .query(UUID.class).list();
        List<InvalidInput.FieldError> errors = sessionErrors(provider, groupId, data);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO bip_session (id, group_id, held_on, recorded_by) VALUES (?, ?, ?, ?)")
                    .params(id, groupId, data.heldOn(), provider.id()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("heldOn", "invalid.bip.session.exists");
        }
        for (SessionData.Entry e : data.attendance()) {
            jdbc.sql("""
                    INSERT INTO bip_attendance (session_id, referral_id, attendance, fee_due, fee_paid, rules_broken,
                                                admitted) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, e.referralId(), e.attendance().name(), e.feeDue(), e.feePaid(),
                            (e.rulesBroken() == null ? List.<UUID>of() : e.rulesBroken()).stream().distinct()
                                    .toArray(UUID[]::new), e.admittedViolence())
                    .update();
            if (e.attendance() == Attendance.PRESENT) {
                jdbc.sql("UPDATE bip_referral SET status = 'ATTENDING', version = version + 1"
                        + " WHERE id = ? AND status = 'ENROLLED'").param(e.referralId()).update();
            }
        }
        audit.record("CREATE", "BIP_SESSION", id);
        return id;
    }

    /** What is wrong with a session before anything is saved: every error, each on its participant's line. */
    @Transactional(readOnly = true)
    public List<InvalidInput.FieldError> sessionErrors(CurrentUser provider, UUID groupId, SessionData data) {
        Group g = group(provider, groupId);
        List<InvalidInput.FieldError> errors = new ArrayList<>(validation.violations(data));
        if (!errors.isEmpty()) {
            return errors;
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM bip_session WHERE group_id = ? AND held_on = ?)")
                .params(groupId, data.heldOn()).query(Boolean.class).single()) {
            errors.add(new InvalidInput.FieldError("heldOn", "invalid.bip.session.exists"));
        }
        // same-gendered groups only, also when a participant's gender was recorded otherwise after he joined
        Set<UUID> otherGender = new HashSet<>(jdbc.sql("SELECT r.id FROM bip_referral r JOIN person p"
                        + " ON p.id = r.perpetrator_id WHERE r.group_id = ? AND p.gender IS DISTINCT FROM ?")
                .params(groupId, g.gender().name()).query(UUID.class).list());
        Set<UUID> ruleIds = rules(provider).stream().map(Rule::id).collect(Collectors.toSet());
        Map<UUID, BipReferral> members = members(provider, groupId)
                .collect(Collectors.toMap(BipReferral::id, r -> r));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < data.attendance().size(); i++) {
            SessionData.Entry e = data.attendance().get(i);
            String at = "attendance[" + i + "].";
            BipReferral r = members.get(e.referralId());
            if (!seen.add(e.referralId())) {
                errors.add(new InvalidInput.FieldError(at + "referralId", "invalid.bip.session.twice"));
            } else if (r == null) {
                errors.add(new InvalidInput.FieldError(at + "referralId", "invalid.bip.session.notMember"));
            } else if (r.status() == ReferralStatus.EXPIRED || !data.heldOn().isBefore(r.expiresOn())) {
                errors.add(new InvalidInput.FieldError(at + "referralId", "invalid.bip.session.expired",
                        r.participantName(), new org.tutela.shared.Messages.Day(r.expiresOn())));
            } else if (!r.takesSessions() || data.heldOn().isBefore(r.enrolledOn())) {
                errors.add(new InvalidInput.FieldError(at + "referralId", "invalid.bip.session.notTaking",
                        r.participantName()));
            } else if (otherGender.contains(r.id())) {
                errors.add(new InvalidInput.FieldError(at + "referralId", "invalid.bip.session.gender",
                        r.participantName()));
            } else if (e.attendance() == Attendance.PRESENT && r.attendedAll()) {
                errors.add(new InvalidInput.FieldError(at + "attendance", "invalid.bip.session.all26",
                        r.participantName()));
            }
            if (!g.feesApply() && e.feeDue() != null) {
                errors.add(new InvalidInput.FieldError(at + "feeDue", "invalid.bip.session.noFees"));
            }
            if (!g.feesApply() && e.feePaid() != null) {
                errors.add(new InvalidInput.FieldError(at + "feePaid", "invalid.bip.session.noFees"));
            }
            if (e.rulesBroken() != null && !ruleIds.containsAll(e.rulesBroken())) {
                errors.add(new InvalidInput.FieldError(at + "rulesBroken", "invalid.bip.session.rule"));
            }
        }
        return errors;
    }

    /** The group's participants, as the provider may see them (the one rule of {@link BipReferrals#visible}). */
    private java.util.stream.Stream<BipReferral> members(CurrentUser provider, UUID groupId) {
        org.tutela.access.SqlCondition mine = referrals.visible(provider);
        return jdbc.sql(BipReferrals.SELECT + " WHERE r.group_id = ? AND " + mine.sql()).param(groupId)
                .params(mine.params()).query(referrals.rows(provider)).list().stream();
    }

    private static Group group(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Group(rs.getObject("id", UUID.class), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getString("meets"), rs.getBoolean("fees_apply"), rs.getInt("participants"), rs.getInt("sessions"));
    }

    static void requireProvider(CurrentUser user) {
        if (!user.is(Role.BIP_PROVIDER)) {
            throw new AccessDeniedException("only a BIP provider's users keep its groups");
        }
    }
}
