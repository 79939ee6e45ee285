package org.factcheck.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no external database is configured.
 *
 * @param port          where it listens on 127.0.0.1 (0 picks a free port, as the tests do)
 * @param dataDirectory where its data persists across restarts
 * @param database      the database the app uses
 */
@ConfigurationProperties("factcheck.embedded-database")
record EmbeddedDatabaseProperties(int port, Path dataDirectory, String database) {
}
