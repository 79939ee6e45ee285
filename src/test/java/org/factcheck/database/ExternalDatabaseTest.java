package org.factcheck.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.factcheck.Application;
import org.factcheck.SeparateApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With spring.datasource.url (SPRING_DATASOURCE_URL) set, the app uses that server and starts none of its own. */
@ExtendWith(SeparateApplications.class)
class ExternalDatabaseTest {

    @Test
    void the_app_uses_the_configured_server_instead_of_the_embedded_one() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--server.port=0")) {

            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            long sources = JdbcClient.create(external.getPostgresDatabase())
                    .sql("select count(*) from source").query(Long.class).single();
            assertThat(sources).isEqualTo(5);
        }
    }
}
