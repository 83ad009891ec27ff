package org.tutela.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource: the external PostgreSQL when configured, otherwise the embedded server. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tutela");
        config.setMaximumPoolSize(properties.poolSize() > 0 ? properties.poolSize() : 20);
        // a backstop: no request waits for ever on a lock (the audit chain's included) or holds one while idle
        config.setConnectionInitSql("SET lock_timeout = '15s'; SET idle_in_transaction_session_timeout = '60s'");
        if (properties.external()) {
            log.info("Using the external PostgreSQL database given by TUTELA_DB_URL");
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
            return new HikariDataSource(config);
        }
        EmbeddedDatabase embedded = EmbeddedServers.shared(Path.of(properties.dataDir()).toAbsolutePath(),
                properties.durable(), properties.fresh());
        log.info("Using the embedded PostgreSQL server on port {} with data in {}", embedded.port(),
                Path.of(properties.dataDir()).toAbsolutePath());
        config.setJdbcUrl(embedded.jdbcUrl());
        config.setUsername("postgres");
        return new HikariDataSource(config);
    }
}
