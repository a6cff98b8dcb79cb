package org.scrutineer.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.scrutineer.platform.ScrutineerProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, Scrutineer starts a real PostgreSQL whose data
 * folder survives restarts ({@link EmbeddedDatabase}). Kept apart from any bean that needs JdbcClient, or Flyway's
 * set-up goes round in a circle.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(ScrutineerProperties properties) throws IOException {
        boolean temporary = properties.dataDir() == null || properties.dataDir().isBlank();
        return EmbeddedDatabase.start(temporary ? null : Path.of(properties.dataDir()), properties.embeddedPort());
    }

    /** The pool takes the same spring.datasource.hikari.* settings as for an external database (application.properties). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(database.username());
        ds.setPassword(database.password());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("scrutineer");
        return ds;
    }
}
