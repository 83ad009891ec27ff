package org.tutela.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database lives. With {@code url} set (environment {@code TUTELA_DB_URL}) Tutela uses
 * that PostgreSQL; otherwise it starts an embedded server whose files are kept in {@code dataDir}. {@code durable}
 * turns fsync and synchronous commit on; {@code fresh} (tests) empties the folder first.
 */
@ConfigurationProperties("tutela.db")
record DatabaseProperties(String url, String username, String password, String dataDir, boolean durable,
                          boolean fresh, int poolSize) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
