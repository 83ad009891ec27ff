package org.tutela.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource, logged in as the app role, over the external PostgreSQL when configured, otherwise the
 * embedded server; and Flyway, logged in as the owner.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DatabaseLogins databaseLogins(DatabaseProperties properties) {
        return DatabaseLogins.of(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseLogins logins, DatabaseProperties properties) {
        if (properties.external()) {
            log.info("Using the external PostgreSQL database given by TUTELA_DB_URL as {} (migrations as {})",
                    logins.app(), logins.owner());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("tutela");
        config.setMaximumPoolSize(properties.poolSize() > 0 ? properties.poolSize() : 20);
        // a backstop: no request waits for ever on a lock or holds one while idle
        // plans made for each statement's values, never a generic one: the case search's best plan depends on how common its
        // words are (docs/PERFORMANCE.md), and a generic plan made for an average word would scan every case for a rare one
        config.setConnectionInitSql("SET lock_timeout = '15s'; SET idle_in_transaction_session_timeout = '60s'; "
                + "SET plan_cache_mode = force_custom_plan");
        config.setJdbcUrl(logins.url());
        config.setUsername(logins.app().username());
        config.setPassword(logins.app().password());
        return new HikariDataSource(config);
    }

    /**
     * Migrations run as the owner; afterwards {@code db/migration/afterMigrate__grant_app_role.sql} gives the app
     * role ({@code ${app_role}}) what it may do.
     */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(DatabaseLogins logins) {
        return flyway -> {
            flyway.dataSource(logins.url(), logins.owner().username(), logins.owner().password());
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put("app_role", logins.app().username().replace("'", "''"));
            flyway.placeholders(placeholders);
        };
    }
}
