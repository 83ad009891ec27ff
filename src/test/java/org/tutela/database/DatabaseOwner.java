package org.tutela.database;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Tests: one connection as the database's owner, the role that migrates (the embedded superuser, or
 * TUTELA_DB_OWNER_USERNAME), to do what the app role may not, such as tampering with the audit trail. The same
 * session throughout, so that temporary tables and session locks last until {@link #close()}.
 */
public final class DatabaseOwner implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;

    private DatabaseOwner(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static DatabaseOwner connect(ApplicationContext context) {
        DatabaseLogins logins = context.getBean(DatabaseLogins.class);
        return new DatabaseOwner(new SingleConnectionDataSource(logins.url(), logins.owner().username(),
                logins.owner().password(), true));
    }

    /** False when an external database is used with one role for everything (TUTELA_DB_OWNER_USERNAME unset). */
    public static boolean separateFromTheApp(ApplicationContext context) {
        return context.getBean(DatabaseLogins.class).separateRoles();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
