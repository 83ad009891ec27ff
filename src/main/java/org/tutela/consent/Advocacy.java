package org.tutela.consent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.access.CaseAccess;
import org.tutela.access.CaseAccess.ReleaseScope;
import org.tutela.access.SqlCondition;
import org.tutela.audit.AuditTrail;
import org.tutela.directory.CurrentUser;
import org.tutela.directory.Role;
import org.tutela.documents.Document;
import org.tutela.documents.DocumentOwner;
import org.tutela.documents.DocumentPurpose;
import org.tutela.documents.Documents;
import org.tutela.documents.Upload;
import org.tutela.shared.AgencyTime;
import org.tutela.shared.InputValidation;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * The consent module's API (C.1.6.1). The case's professionals refer its survivor to a DV center's co-located advocate
 * and see what came of it; the center's advocates answer referrals and record, and revoke, the survivor's Releases of
 * Information; the center's BAS sees a survivor's enrollment, or a release, only while one is live and its scope names
 * it ({@link CaseAccess#liveRelease}), each time audited. Nothing of the survivor's services is kept here.
 */
@Service
public class Advocacy {

    static final String OWNER = "RELEASE";

    private static final String REFERRAL = """
            SELECT r.id, r.case_id, c.case_number, r.survivor_id, p.first_name || ' ' || p.last_name AS survivor_name,
                   r.center_id, o.name AS center_name, r.referred_on, ub.display_name AS referred_by, r.outcome,
                   r.outcome_on, uo.display_name AS outcome_by
            FROM advocate_referral r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.survivor_id
                 JOIN organization o ON o.id = r.center_id JOIN app_user ub ON ub.id = r.referred_by
                 LEFT JOIN app_user uo ON uo.id = r.outcome_by""";

    private static final String RELEASE = """
            SELECT r.id, r.case_id, c.case_number, r.survivor_id, p.first_name || ' ' || p.last_name AS survivor_name,
                   r.center_id, o.name AS center_name, r.purposes, r.scope, r.signed_on, r.expires_on, r.revoked_on,
                   r.revocation_received
            FROM release_of_information r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.survivor_id
                 JOIN organization o ON o.id = r.center_id""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final InputValidation validation;
    private final Documents documents;

    Advocacy(JdbcClient jdbc, CaseAccess access, AuditTrail audit, InputValidation validation, Documents documents) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.validation = validation;
        this.documents = documents;
    }

    // ---- referrals ----------------------------------------------------------------------------------------

    /** Refers a survivor of the case to a DV center's advocate (the case's CPI, case manager or supervisor). */
    @Transactional
    public UUID refer(CurrentUser user, UUID caseId, ReferralData data) {
        if (!access.canEditCase(user)) {
            throw new AccessDeniedException("only the case's professionals refer its survivor");
        }
        access.requireViewCase(user, caseId);
        validation.check(data);
        boolean survivor = jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE id = ? AND case_id = ? AND role = 'SURVIVOR')")
                .params(data.survivorId(), caseId).query(Boolean.class).single();
        if (!survivor) {
            throw new InvalidInput("survivorId", "invalid.referral.survivor");
        }
        List<UUID> centers = centersFor(caseId).stream().map(Center::id).toList();
        UUID center = data.centerId() != null ? data.centerId() : centers.size() == 1 ? centers.get(0) : null;
        if (center == null || !centers.contains(center)) {
            throw new InvalidInput("centerId", "invalid.referral.center");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO advocate_referral (id, case_id, survivor_id, center_id, referred_on, referred_by)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, caseId, data.survivorId(), center, AgencyTime.today(), user.id()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("survivorId", "invalid.referral.open");
        }
        audit.record("CREATE", "ADVOCATE_REFERRAL", id);
        return id;
    }

    /** The advocate records what came of a referral to their center. */
    @Transactional
    public Referral recordOutcome(CurrentUser advocate, UUID referralId, OutcomeData data) {
        Referral r = centerReferral(advocate, referralId);
        validation.check(data);
        if (!r.open()) {
            throw new InvalidInput("outcome", "invalid.referral.answered");
        }
        if (data.on().isBefore(r.referredOn())) {
            throw new InvalidInput("on", "invalid.referral.beforeReferral");
        }
        jdbc.sql("UPDATE advocate_referral SET outcome = ?, outcome_on = ?, outcome_by = ? WHERE id = ?")
                .params(data.outcome().name(), data.on(), advocate.id(), referralId).update();
        audit.record("UPDATE", "ADVOCATE_REFERRAL", referralId);
        return centerReferral(advocate, referralId);
    }

    /**
     * The referrals on a case as the user may see them: all of them for the case's professionals, those to their
     * center for an advocate, none for anyone else (a BAS sees an enrollment only under a release: {@link #enrollments}).
     */
    @Transactional(readOnly = true)
    public List<Referral> referralsOn(CurrentUser user, UUID caseId) {
        access.requireViewCase(user, caseId);
        if (user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR)) {
            return jdbc.sql(REFERRAL + " WHERE r.case_id = ? ORDER BY r.referred_on DESC, r.created_at DESC")
                    .param(caseId).query(Advocacy::referral).list();
        }
        if (user.is(Role.DV_ADVOCATE)) {
            return jdbc.sql(REFERRAL + " WHERE r.case_id = ? AND r.center_id = ? ORDER BY r.referred_on DESC")
                    .params(caseId, user.organizationId()).query(Advocacy::referral).list();
        }
        return List.of();
    }

    /** A survivor of a case, by name, to refer. */
    public record Survivor(UUID id, String name) {
    }

    /** The case's survivors, for the case's professionals to refer (none for anyone else). */
    @Transactional(readOnly = true)
    public List<Survivor> survivorsOf(CurrentUser user, UUID caseId) {
        if (!user.is(Role.CPI, Role.CASE_MANAGER, Role.SUPERVISOR)) {
            return List.of();
        }
        access.requireViewCase(user, caseId);
        return jdbc.sql("""
                SELECT id, first_name || ' ' || last_name AS name FROM person WHERE case_id = ? AND role = 'SURVIVOR'
                ORDER BY last_name, first_name""").param(caseId)
                .query((rs, n) -> new Survivor(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** A DV center a survivor may be referred to. */
    public record Center(UUID id, String name) {
    }

    /** The DV centers of the case's region, to refer its survivor to. */
    @Transactional(readOnly = true)
    public List<Center> centersFor(UUID caseId) {
        return jdbc.sql("""
                SELECT o.id, o.name FROM organization o JOIN case_file c ON c.region_id = o.region_id
                WHERE c.id = ? AND o.type = 'DV_CENTER' ORDER BY o.name""").param(caseId)
                .query((rs, n) -> new Center(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** The referrals to the advocate's center: those awaiting an answer first, then the latest. */
    @Transactional(readOnly = true)
    public List<Referral> referralsOfCenter(CurrentUser advocate) {
        requireAdvocate(advocate);
        return jdbc.sql(REFERRAL + " WHERE r.center_id = ? ORDER BY (r.outcome IS NULL) DESC, r.referred_on DESC,"
                        + " r.created_at DESC LIMIT 500")
                .param(advocate.organizationId()).query(Advocacy::referral).list();
    }

    // ---- releases of information --------------------------------------------------------------------------

    /** The advocate records a release the survivor signed, with its signed form when there is one. */
    @Transactional
    public UUID recordRelease(CurrentUser advocate, ReleaseData data, Optional<Upload> signedForm) {
        requireAdvocate(advocate);
        validation.check(data);
        UUID caseId = jdbc.sql("SELECT r.case_id FROM advocate_referral r WHERE r.survivor_id = ? AND r.center_id = ?"
                        + " AND " + CaseAccess.referralSeen("r") + " ORDER BY r.referred_on DESC LIMIT 1")
                .params(data.survivorId(), advocate.organizationId()).query(UUID.class).optional()
                .orElseThrow(() -> new InvalidInput("survivorId", "invalid.release.notReferred"));
        if (data.expiresOn().isBefore(data.signedOn())) {
            throw new InvalidInput("expiresOn", "invalid.release.expiresBeforeSigned");
        }
        // the BAS learns only what a purpose the survivor signed for needs: the enrollment to confirm it, the
        // discussion to share what the BAS knows of the batterer
        if (data.scope().contains(CaseAccess.ReleaseScope.ENROLLMENT_STATUS)
                && !data.purposes().contains(ReleasePurpose.CONFIRM_ENROLLMENT)
                || data.scope().contains(CaseAccess.ReleaseScope.SURVIVOR_DISCUSSION)
                && !data.purposes().contains(ReleasePurpose.SHARE_BATTERER_INFORMATION)) {
            throw new InvalidInput("scope", "invalid.release.scopeBeyondPurpose");
        }
        if (data.expiresOn().isBefore(AgencyTime.today())) {
            throw new InvalidInput("expiresOn", "invalid.release.expired");
        }
        signedForm.ifPresent(f -> documents.check("file", DocumentPurpose.SIGNED_RELEASE, f));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO release_of_information (id, case_id, survivor_id, center_id, purposes, scope, signed_on,
                                                    expires_on, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, data.survivorId(), advocate.organizationId(),
                        data.purposes().stream().distinct().map(Enum::name).toArray(String[]::new),
                        data.scope().stream().distinct().map(Enum::name).toArray(String[]::new), data.signedOn(),
                        data.expiresOn(), advocate.id())
                .update();
        audit.record("CREATE", "RELEASE", id);
        signedForm.ifPresent(f -> documents.store(advocate, OWNER, id, DocumentPurpose.SIGNED_RELEASE, "file", f));
        return id;
    }

    /** The survivor revoked the release: it ends at once for the BAS. */
    @Transactional
    public Release revoke(CurrentUser advocate, UUID releaseId, RevocationData data) {
        Release r = centerRelease(advocate, releaseId);
        validation.check(data);
        if (r.revokedOn() != null) {
            throw new InvalidInput("revokedOn", "invalid.release.revoked");
        }
        if (data.revokedOn().isBefore(r.signedOn())) {
            throw new InvalidInput("revokedOn", "invalid.release.revokedBeforeSigned");
        }
        jdbc.sql("""
                UPDATE release_of_information SET revoked_on = ?, revocation_received = ?, revoked_by = ?
                WHERE id = ?""").params(data.revokedOn(), data.receivedHow().name(), advocate.id(), releaseId).update();
        audit.record("REVOKE", "RELEASE", releaseId);
        return centerRelease(advocate, releaseId);
    }

    /** Keeps the signed form of a release (the center's advocates). */
    @Transactional
    public UUID addSignedForm(CurrentUser advocate, UUID releaseId, Upload form) {
        centerRelease(advocate, releaseId);
        return documents.store(advocate, OWNER, releaseId, DocumentPurpose.SIGNED_RELEASE, "file", form);
    }

    /**
     * The releases the user may see: all of their center's for an advocate (with their signed forms); for a BAS, the
     * live ones of their center only, each reading audited; none for anyone else.
     */
    @Transactional
    public List<Release> releases(CurrentUser user) {
        if (user.is(Role.DV_ADVOCATE)) {
            return withForms(jdbc.sql(RELEASE + " WHERE r.center_id = ? ORDER BY r.expires_on DESC, r.created_at DESC"
                    + " LIMIT 500").param(user.organizationId()).query(Advocacy::release).list());
        }
        if (user.is(Role.BAS)) {
            SqlCondition live = CaseAccess.live("r", AgencyTime.today());
            List<Release> shown = jdbc.sql(RELEASE + " WHERE r.center_id = ? AND " + live.sql()
                            + " ORDER BY r.expires_on, r.created_at")
                    .param(user.organizationId()).params(live.params()).query(Advocacy::release).list();
            shown.forEach(r -> access.readUnderRelease(r.id()));
            return shown;
        }
        return List.of();
    }

    /** One release: for its center's advocates; for its center's BAS only while live (audited); else 404. */
    @Transactional
    public Release release(CurrentUser user, UUID releaseId) {
        if (user.is(Role.DV_ADVOCATE)) {
            return centerRelease(user, releaseId);
        }
        Release r = jdbc.sql(RELEASE + " WHERE r.id = ?").param(releaseId).query(Advocacy::release).optional()
                .filter(x -> user.is(Role.BAS) && x.centerId().equals(user.organizationId()) && x.live())
                .orElseThrow(RecordNotFound::new);
        access.readUnderRelease(r.id());
        return r;
    }

    /**
     * C.1.6.1: for the BAS of a center, the enrollment of the case's survivors whose live release names
     * {@link ReleaseScope#ENROLLMENT_STATUS}, each reading audited; for a survivor without one, nothing at all.
     */
    @Transactional
    public List<Enrollment> enrollments(CurrentUser bas, UUID caseId) {
        access.requireViewCase(bas, caseId);
        if (!bas.is(Role.BAS)) {
            return List.of();
        }
        List<Enrollment> shown = new ArrayList<>();
        record Survivor(UUID id, String name) {
        }
        List<Survivor> survivors = jdbc.sql("""
                SELECT id, first_name || ' ' || last_name AS name FROM person WHERE case_id = ? AND role = 'SURVIVOR'
                ORDER BY last_name, first_name""").param(caseId)
                .query((rs, n) -> new Survivor(rs.getObject("id", UUID.class), rs.getString("name"))).list();
        for (Survivor s : survivors) {
            Optional<UUID> release = access.liveRelease(bas.organizationId(), s.id(), ReleaseScope.ENROLLMENT_STATUS);
            if (release.isEmpty()) {
                continue;
            }
            access.readUnderRelease(release.get());
            record Row(String center, LocalDate enrolledOn, LocalDate expiresOn) {
            }
            Row row = jdbc.sql("""
                    SELECT o.name, (SELECT max(r.outcome_on) FROM advocate_referral r WHERE r.survivor_id = ?
                                     AND r.center_id = o.id AND r.outcome = 'ENROLLED') AS enrolled_on,
                           (SELECT expires_on FROM release_of_information WHERE id = ?) AS expires_on
                    FROM organization o WHERE o.id = ?""").params(s.id(), release.get(), bas.organizationId())
                    .query((rs, n) -> new Row(rs.getString("name"), rs.getObject("enrolled_on", LocalDate.class),
                            rs.getObject("expires_on", LocalDate.class))).single();
            shown.add(new Enrollment(s.id(), s.name(), row.center(), row.enrolledOn() != null, row.enrolledOn(),
                    release.get(), row.expiresOn()));
        }
        return shown;
    }

    /** The releases of the advocate's center that are live and expire within {@code days} days. */
    @Transactional(readOnly = true)
    public List<Release> expiringWithin(CurrentUser advocate, int days) {
        if (!advocate.is(Role.DV_ADVOCATE)) {
            return List.of();
        }
        LocalDate today = AgencyTime.today();
        SqlCondition live = CaseAccess.live("r", today);
        return jdbc.sql(RELEASE + " WHERE r.center_id = ? AND " + live.sql() + " AND r.expires_on <= ?"
                        + " ORDER BY r.expires_on")
                .param(advocate.organizationId()).params(live.params()).param(today.plusDays(days))
                .query(Advocacy::release).list();
    }

    // ---- rules and rows -----------------------------------------------------------------------------------

    /** A release's signed form is read by its center's advocates only: it bears the survivor's signature. */
    @org.springframework.stereotype.Component
    static class Forms implements DocumentOwner {

        private final JdbcClient jdbc;

        Forms(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String ownerType() {
            return OWNER;
        }

        @Override
        public void requireRead(CurrentUser user, UUID releaseId) {
            if (!user.is(Role.DV_ADVOCATE) || !jdbc.sql("SELECT EXISTS (SELECT 1 FROM release_of_information WHERE"
                    + " id = ? AND center_id = ?)").params(releaseId, user.organizationId()).query(Boolean.class)
                    .single()) {
                throw new RecordNotFound();
            }
        }
    }

    private static void requireAdvocate(CurrentUser user) {
        if (!user.is(Role.DV_ADVOCATE)) {
            throw new AccessDeniedException("only the DV center's advocates answer referrals and keep releases");
        }
    }

    private Referral centerReferral(CurrentUser advocate, UUID id) {
        requireAdvocate(advocate);
        return jdbc.sql(REFERRAL + " WHERE r.id = ? AND r.center_id = ?").params(id, advocate.organizationId())
                .query(Advocacy::referral).optional().orElseThrow(RecordNotFound::new);
    }

    private Release centerRelease(CurrentUser advocate, UUID id) {
        requireAdvocate(advocate);
        return withForms(jdbc.sql(RELEASE + " WHERE r.id = ? AND r.center_id = ?").params(id, advocate.organizationId())
                .query(Advocacy::release).optional().map(List::of).orElseThrow(RecordNotFound::new)).get(0);
    }

    private List<Release> withForms(List<Release> releases) {
        Map<UUID, List<Document>> forms = documents.of(OWNER, releases.stream().map(Release::id).toList());
        return releases.stream().map(r -> new Release(r.id(), r.caseId(), r.caseNumber(), r.survivorId(),
                r.survivorName(), r.centerId(), r.centerName(), r.purposes(), r.scope(), r.signedOn(), r.expiresOn(),
                r.revokedOn(), r.revocationReceived(), r.live(), forms.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Referral referral(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getObject("survivor_id", UUID.class), rs.getString("survivor_name"),
                rs.getObject("center_id", UUID.class), rs.getString("center_name"),
                rs.getObject("referred_on", LocalDate.class), rs.getString("referred_by"),
                outcome == null ? null : ReferralOutcome.valueOf(outcome), rs.getObject("outcome_on", LocalDate.class),
                rs.getString("outcome_by"));
    }

    private static Release release(ResultSet rs, int n) throws SQLException {
        LocalDate today = AgencyTime.today();
        LocalDate signed = rs.getObject("signed_on", LocalDate.class);
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        LocalDate revoked = rs.getObject("revoked_on", LocalDate.class);
        String received = rs.getString("revocation_received");
        boolean live = CaseAccess.live(signed, expires, revoked, today);
        return new Release(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getObject("survivor_id", UUID.class), rs.getString("survivor_name"),
                rs.getObject("center_id", UUID.class), rs.getString("center_name"),
                enums(rs.getArray("purposes"), ReleasePurpose.class), enums(rs.getArray("scope"), ReleaseScope.class),
                signed, expires, revoked, received == null ? null : RevocationReceived.valueOf(received), live,
                List.of());
    }

    private static <E extends Enum<E>> List<E> enums(Array array, Class<E> type) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(v -> Enum.valueOf(type, v)).toList();
    }
}
