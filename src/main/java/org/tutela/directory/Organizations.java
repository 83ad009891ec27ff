package org.tutela.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.shared.EditConflict;
import org.tutela.shared.InvalidInput;
import org.tutela.shared.RecordNotFound;

/**
 * The organizations of the system of care as administrators keep them: their name, kind and region. What a user
 * reads follows from their organization's region (CPIs, case managers and the BAS read the cases of that region):
 * so an organization's region stays as it is while it holds cases, users with a role that reads cases, or grants of
 * such a role that wait, or moving it would hand its people another region's survivors with nobody's approval. Its
 * name and kind change freely. Every creation and change is audited.
 */
@Service
class Organizations {

    /** An organization with how many users belong to it (and how many of them are enabled). */
    record Listing(UUID id, String name, OrganizationType type, UUID regionId, String regionName, int users,
                   int enabledUsers, int version) {
    }

    /** A region that organizations can be in. */
    record Region(UUID id, String name) {
    }

    static final int NAME_MAX = 200;

    private static final String SELECT = """
            SELECT o.id, o.name, o.type, o.region_id, r.name AS region_name, o.version,
                   (SELECT count(*) FROM app_user u WHERE u.organization_id = o.id) AS users,
                   (SELECT count(*) FROM app_user u WHERE u.organization_id = o.id AND u.enabled) AS enabled_users
            FROM organization o JOIN region r ON r.id = o.region_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Organizations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Listing> list() {
        return jdbc.sql(SELECT + " ORDER BY o.name").query(Organizations::listing).list();
    }

    @Transactional(readOnly = true)
    Listing get(UUID id) {
        return find(id).orElseThrow(RecordNotFound::new);
    }

    @Transactional(readOnly = true)
    List<Region> regions() {
        return jdbc.sql("SELECT id, name FROM region ORDER BY lower(name)")
                .query((rs, n) -> new Region(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** The users of an organization, by name. */
    @Transactional(readOnly = true)
    List<UserSummary> users(UUID id) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.role, u.organization_id, o.name AS organization_name
                FROM app_user u JOIN organization o ON o.id = u.organization_id
                WHERE u.organization_id = ? ORDER BY lower(u.display_name), u.username""").param(id)
                .query(UserDirectory::user).list();
    }

    @Transactional
    UUID create(OrganizationData data) {
        check(data, null);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO organization (id, name, type, region_id) VALUES (?, ?, ?, ?)")
                    .params(id, data.name().trim(), data.type().name(), data.regionId()).update();
        } catch (DuplicateKeyException e) {
            throw nameTaken(); // added by someone else since the check
        }
        audit.record("CREATE", "ORGANIZATION", id);
        return id;
    }

    /**
     * Changes an organization's name, kind and region. {@code expectedVersion} is the version the writer read (null:
     * none named); {@code precondition} says it came in an {@code If-Match} header (412 rather than 409). Answers
     * whether anything changed.
     */
    @Transactional
    boolean update(UUID id, OrganizationData data, Integer expectedVersion, boolean precondition) {
        Listing before = jdbc.sql(SELECT + " WHERE o.id = ? FOR UPDATE OF o").param(id)
                .query(Organizations::listing).optional().orElseThrow(RecordNotFound::new);
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new EditConflict(precondition);
        }
        check(data, id);
        if (!data.regionId().equals(before.regionId()) && holdsAccess(id)) {
            throw new InvalidInput("regionId", "organizations.error.regionFixed");
        }
        if (data.name().trim().equals(before.name()) && data.type() == before.type()
                && data.regionId().equals(before.regionId())) {
            return false;
        }
        try {
            jdbc.sql("UPDATE organization SET name = ?, type = ?, region_id = ?, version = version + 1 WHERE id = ?")
                    .params(data.name().trim(), data.type().name(), data.regionId(), id).update();
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        audit.record("UPDATE", "ORGANIZATION", id);
        return true;
    }

    /**
     * Whether moving the organization to another region would change what someone reads: it holds cases, an
     * enabled user with a role that reads cases, or a grant of one that waits.
     */
    private boolean holdsAccess(UUID id) {
        String readers = Role.CASE_READERS.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "));
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM case_file WHERE organization_id = ?)
                    OR EXISTS (SELECT 1 FROM app_user WHERE organization_id = ? AND enabled AND role IN (%s))
                    OR EXISTS (SELECT 1 FROM user_grant WHERE organization_id = ? AND status = 'PENDING')"""
                .formatted(readers))
                .params(id, id, id).query(Boolean.class).single();
    }

    /** Every broken rule of the data at once, each naming what to do. */
    private void check(OrganizationData data, UUID self) {
        if (data == null) {
            throw new InvalidInput("body", "invalid.jsonObject");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String name = data.name() == null ? "" : data.name().trim();
        if (name.isEmpty()) {
            errors.add(new InvalidInput.FieldError("name", "organizations.error.nameBlank"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new InvalidInput.FieldError("name", "organizations.error.nameLong", NAME_MAX));
        } else if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE lower(name) = lower(?) AND id <> ?)")
                .params(name, self == null ? new UUID(0, 0) : self).query(Boolean.class).single()) {
            errors.add(new InvalidInput.FieldError("name", "organizations.error.nameTaken"));
        }
        if (data.type() == null) {
            errors.add(new InvalidInput.FieldError("type", "organizations.error.typeMissing"));
        }
        if (data.regionId() == null) {
            errors.add(new InvalidInput.FieldError("regionId", "organizations.error.regionMissing"));
        } else if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE id = ?)").param(data.regionId())
                .query(Boolean.class).single()) {
            errors.add(new InvalidInput.FieldError("regionId", "organizations.error.regionUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private InvalidInput nameTaken() {
        return new InvalidInput("name", "organizations.error.nameTaken");
    }

    private Optional<Listing> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(Organizations::listing).optional();
    }

    private static Listing listing(ResultSet rs, int n) throws SQLException {
        return new Listing(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), rs.getObject("region_id", UUID.class),
                rs.getString("region_name"), rs.getInt("users"), rs.getInt("enabled_users"), rs.getInt("version"));
    }
}
