package org.tutela.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and users: the directory's module API. */
@Service
public class UserDirectory {

    private static final String ORGANIZATION_SELECT = """
            SELECT o.id, o.name, o.type, o.region_id, r.name AS region_name
            FROM organization o JOIN region r ON r.id = o.region_id""";

    private static final String USER_SELECT = """
            SELECT u.id, u.username, u.display_name, u.role, u.organization_id, o.name AS organization_name
            FROM app_user u JOIN organization o ON o.id = u.organization_id""";

    private final JdbcClient jdbc;
    private final Grants grants;

    UserDirectory(JdbcClient jdbc, Grants grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations() {
        return jdbc.sql(ORGANIZATION_SELECT + " ORDER BY o.name").query(UserDirectory::organization).list();
    }

    @Transactional(readOnly = true)
    public Optional<Organization> organization(UUID id) {
        return jdbc.sql(ORGANIZATION_SELECT + " WHERE o.id = ?").param(id).query(UserDirectory::organization)
                .optional();
    }

    /** Every user; {@code role} is null for one whose first role waits for approval. */
    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return jdbc.sql(USER_SELECT + " ORDER BY u.username").query(UserDirectory::user).list();
    }

    /** Child welfare workers of a region who can be assigned to a case. */
    @Transactional(readOnly = true)
    public List<UserSummary> workersInRegion(UUID regionId) {
        return jdbc.sql(USER_SELECT + " " + """
                WHERE o.region_id = ? AND u.role IN ('CPI', 'CASE_MANAGER', 'SUPERVISOR') AND u.enabled
                ORDER BY u.display_name""").param(regionId).query(UserDirectory::user).list();
    }

    /**
     * The child welfare workers of a region who can be assigned to a case (as {@link #workersInRegion}) whose name
     * holds every word of {@code query}, whatever the case; all of them when the query is blank.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> workersInRegion(UUID regionId, String query) {
        List<String> words = query == null ? List.of() : java.util.Arrays.stream(query.trim().toLowerCase().split("\\s+"))
                .filter(w -> !w.isBlank()).limit(5).toList();
        StringBuilder sql = new StringBuilder(USER_SELECT)
                .append(" WHERE o.region_id = ? AND u.role IN ('CPI', 'CASE_MANAGER', 'SUPERVISOR') AND u.enabled");
        List<Object> params = new java.util.ArrayList<>(List.of(regionId));
        for (String word : words) {
            sql.append(" AND lower(u.display_name) LIKE ? ESCAPE '\\'");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY u.display_name");
        return jdbc.sql(sql.toString()).params(params).query(UserDirectory::user).list();
    }

    /** How many grants of a role wait for this user's decision (a supervisor's or an administrator's). */
    public int grantsAwaiting(CurrentUser user) {
        return user.is(Role.SUPERVISOR, Role.ADMIN) ? grants.awaiting(user) : 0;
    }

    static UserSummary user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.stored(rs.getString("role")),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"));
    }

    static Organization organization(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), rs.getObject("region_id", UUID.class),
                rs.getString("region_name"));
    }
}
