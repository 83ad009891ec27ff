package org.tutela.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database lives. With {@code url} set (environment {@code TUTELA_DB_URL}) Tutela uses that PostgreSQL
 * with the app role {@code username} and, for migrations, the owner role {@code ownerUsername}; otherwise it starts
 * an embedded server whose files are kept in {@code dataDir}/postgres, with its programs in {@code binariesDir}, a
 * folder only Tutela's user may write. {@code durable} turns fsync and synchronous commit on; {@code fresh} (tests)
 * empties the data folder once per JVM before its first use.
 */
@ConfigurationProperties("tutela.db")
record DatabaseProperties(String url, String username, String password, String ownerUsername, String ownerPassword,
                          String dataDir, String binariesDir, boolean durable, boolean fresh, int poolSize) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
