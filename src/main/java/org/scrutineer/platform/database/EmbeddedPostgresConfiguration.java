package org.scrutineer.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.scrutineer.platform.ScrutineerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, Scrutineer starts a real PostgreSQL whose data
 * folder survives restarts. Kept apart from any bean that needs JdbcClient, or Flyway's set-up goes round in a circle.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ScrutineerProperties properties) throws IOException {
        boolean temporary = properties.dataDir() == null || properties.dataDir().isBlank();
        Path dir = temporary
                ? Files.createTempDirectory("scrutineer-pg")
                : Path.of(properties.dataDir()).toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(dir.getParent());
        log.info("Starting embedded PostgreSQL with data in {}", dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(temporary)
                .setPort(properties.embeddedPort())
                .setServerConfig("max_connections", "100")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPassword("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("scrutineer");
        return ds;
    }
}
