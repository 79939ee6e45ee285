package org.factcheck.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** F-02: a local account could connect to the embedded PostgreSQL as superuser without a password. */
class EmbeddedDatabaseAccessTest {

    @TempDir
    Path data;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void a_new_data_folder_asks_every_connection_for_a_password_and_the_app_is_no_superuser() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(0, data.resolve("postgres"), "factcheck");
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertRefusedWithoutPassword(postgres.getPort());

            Path passwords = properties.dataDirectory().resolve("factcheck.pgpass");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.dataDirectory())))
                    .isEqualTo("rwx------");
            JdbcClient app = JdbcClient.create(configuration.dataSource(postgres, properties));
            assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("factcheck");
            assertThat(app.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                    .query(Boolean.class).single()).as("the app's role may do nothing beyond its own database").isFalse();
            assertThatThrownBy(() -> app.sql("select count(*) from pg_authid").query(Long.class).single())
                    .as("password hashes stay out of its reach").hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void a_data_folder_of_an_earlier_version_is_locked_and_its_tables_handed_to_the_app_role() throws Exception {
        Path folder = data.resolve("postgres");
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start()) {
            JdbcClient superuser = JdbcClient.create(earlier.getPostgresDatabase());
            superuser.sql("create database factcheck").update();
            JdbcClient old = JdbcClient.create(earlier.getDatabase("postgres", "factcheck"));
            old.sql("create table note (id bigserial primary key, text text)").update();
            old.sql("insert into note (text) values ('kept')").update();
        }

        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(0, folder, "factcheck");
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertRefusedWithoutPassword(postgres.getPort());
            DataSource dataSource = configuration.dataSource(postgres, properties);
            JdbcClient app = JdbcClient.create(dataSource);
            assertThat(app.sql("select text from note").query(String.class).single()).isEqualTo("kept");
            app.sql("insert into note (text) values ('added by the app role')").update();
            app.sql("alter table note add column checked boolean").update();
        }
    }

    private static void assertRefusedWithoutPassword(int port) {
        for (String user : new String[] {"postgres", "factcheck"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + user).close())
                    .as(user + " without a password").isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }
}
