package org.factcheck.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * 127.0.0.1 only and asks every connection for a password (scram-sha-256), generated on the first start
 * and kept in the data folder ({@link DatabasePasswords}): another account on the same machine cannot
 * connect. The app connects as the role {@code factcheck}, which owns its database and is no superuser.
 * A data folder from an earlier version (superuser without a password, trusted) is locked the same way
 * on its first start with this version.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Only password sign-ins, on every kind of connection; the same lines initdb --auth=scram-sha-256 writes. */
    private static final List<String> PASSWORDS_ONLY = List.of(
            "# Written by the fact-check app: every connection needs a password (see factcheck.pgpass).",
            "local all all scram-sha-256",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256");

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path data = properties.dataDirectory();
        boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
        Optional<DatabasePasswords> kept = fresh ? Optional.empty() : DatabasePasswords.readFrom(data);
        DatabasePasswords passwords = kept.orElseGet(DatabasePasswords::generate);
        Files.createDirectories(data.getParent() == null ? Path.of(".") : data.getParent());
        Path initialPassword = data.resolveSibling(data.getFileName() + ".initdb-password");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(properties.port())
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setConnectConfig("password", passwords.superuser());
        if (fresh) {
            // initdb takes these after zonky's own "-A trust", so they win: the cluster never trusts anyone.
            DatabasePasswords.writeOwnerOnly(initialPassword, List.of(passwords.superuser()));
            builder.setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", initialPassword.toAbsolutePath().toString());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            Files.deleteIfExists(initialPassword);
        }
        try {
            if (kept.isEmpty()) {
                passwords.writeTo(data);
            }
            if (!fresh && kept.isEmpty()) {
                lockEarlierDataFolder(postgres, data, passwords);
            }
            prepareAppRole(postgres, properties.database(), passwords);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Cannot prepare the embedded database in " + data.toAbsolutePath(), e);
        }
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, database '{}' (role '{}'), data and passwords "
                        + "({}) in {}", postgres.getPort(), properties.database(), DatabasePasswords.APP_ROLE,
                DatabasePasswords.FILE_NAME, data.toAbsolutePath());
        return postgres;
    }

    /** Pool settings from spring.datasource.hikari.*, as for an external server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        DatabasePasswords passwords = DatabasePasswords.readFrom(properties.dataDirectory()).orElseThrow();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + properties.database());
        dataSource.setUsername(DatabasePasswords.APP_ROLE);
        dataSource.setPassword(passwords.app());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    /**
     * A data folder of an earlier version trusted every local connection: give the superuser its password
     * and make the server ask for it from now on.
     */
    private static void lockEarlierDataFolder(EmbeddedPostgres postgres, Path data, DatabasePasswords passwords)
            throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter role " + DatabasePasswords.SUPERUSER + " password '" + passwords.superuser() + "'");
            DatabasePasswords.writeOwnerOnly(data.resolve("pg_hba.conf"), PASSWORDS_ONLY);
            statement.execute("select pg_reload_conf()");
        }
        log.warn("The embedded database in {} trusted local connections (an earlier version); it now asks for "
                + "passwords, kept in {}", data.toAbsolutePath(), data.resolve(DatabasePasswords.FILE_NAME));
    }

    /**
     * Creates the app's role and database if missing and hands it every table, sequence and function of the
     * schema, so the app (and Flyway) work as that role. Also moves over what an earlier version created
     * as the superuser. Cheap enough for every start: a few catalogue queries.
     */
    private static void prepareAppRole(EmbeddedPostgres postgres, String database, DatabasePasswords passwords)
            throws SQLException {
        String role = DatabasePasswords.APP_ROLE;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean roleExists;
            try (ResultSet found = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                roleExists = found.next();
            }
            statement.execute((roleExists ? "alter role " : "create role ") + role
                    + " login nosuperuser nocreatedb nocreaterole password '" + passwords.app() + "'");
            boolean databaseExists;
            try (ResultSet found = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
                databaseExists = found.next();
            }
            String quotedDatabase = "\"" + database.replace("\"", "\"\"") + "\"";
            statement.execute(databaseExists
                    ? "alter database " + quotedDatabase + " owner to " + role
                    : "create database " + quotedDatabase + " owner " + role);
        }
        try (Connection connection = postgres.getDatabase(DatabasePasswords.SUPERUSER, database,
                Map.of("password", passwords.superuser())).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(HAND_OVER_TO_APP_ROLE.replace("{role}", role));
        }
    }

    // Sequences that belong to a column move with their table; extension objects stay the extension's.
    private static final String HAND_OVER_TO_APP_ROLE = """
            do $$
            declare item record;
            begin
              execute 'alter schema public owner to {role}';
              for item in
                select c.oid::regclass as name from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relowner = 'postgres'::regrole
                   and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                   and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                   and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
              loop
                execute format('alter table %s owner to {role}', item.name);
              end loop;
              for item in
                select p.oid::regprocedure as name from pg_proc p
                 where p.pronamespace = 'public'::regnamespace and p.proowner = 'postgres'::regrole
                   and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                   and d.objid = p.oid and d.deptype = 'e')
              loop
                execute format('alter routine %s owner to {role}', item.name);
              end loop;
            end $$""";
}
