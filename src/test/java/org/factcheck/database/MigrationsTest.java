package org.factcheck.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsTest {

    private static final Path WRITTEN = Path.of("db-migrations");

    /** The build packages db-migrations/ as classpath:db/migration, where the app (and its jar) reads them. */
    @Test
    void the_packaged_migrations_are_exactly_the_written_ones() throws IOException {
        Map<String, String> written = new TreeMap<>();
        try (Stream<Path> files = Files.list(WRITTEN)) {
            for (Path file : files.toList()) {
                written.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        Map<String, String> packaged = new TreeMap<>();
        for (String name : written.keySet()) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                if (in != null) {
                    packaged.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(packaged).isEqualTo(written);
    }

    @Test
    void the_migrations_build_the_whole_schema_on_an_empty_database() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            MigrateResult result = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(packagedCount());
            List<String> tables = JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("select table_name from information_schema.tables where table_schema = 'public'")
                    .query(String.class).list();
            assertThat(tables).contains("source", "claim", "appearance", "entity", "alias", "claim_entity",
                    "rating_scale", "rating", "verdict", "evidence", "reviewer", "revision", "claim_aud");
            assertThat(JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("select label from rating join rating_scale s on s.id = rating.scale_id order by position")
                    .query(String.class).list())
                    .containsExactly("True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven");
        }
    }

    private static int packagedCount() throws IOException {
        try (Stream<Path> files = Files.list(WRITTEN)) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
