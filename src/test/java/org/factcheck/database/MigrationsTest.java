package org.factcheck.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsTest {

    @Test
    void the_migrations_build_the_whole_schema_on_an_empty_database() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            MigrateResult result = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:db-migrations")
                    .load()
                    .migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(7);
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
}
