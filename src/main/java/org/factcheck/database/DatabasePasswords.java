package org.factcheck.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL's two passwords (the superuser's and the app's role's), generated on the first
 * start and kept in the data folder as a {@code .pgpass} file only its owner may read, so that
 * {@code psql} and {@code pg_dump} find them through {@code PGPASSFILE} and nobody else on the machine does.
 *
 * @param superuser the password of {@code postgres}, for maintenance by hand
 * @param app       the password of {@link #APP_ROLE}, the role the app connects as
 */
record DatabasePasswords(String superuser, String app) {

    static final String SUPERUSER = "postgres";
    /** Owns the app's database and its tables, and is no superuser: it cannot read other databases or files. */
    static final String APP_ROLE = "factcheck";
    static final String FILE_NAME = "factcheck.pgpass";

    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabasePasswords generate() {
        return new DatabasePasswords(randomPassword(), randomPassword());
    }

    /** The passwords kept in this data folder, or none if it has none yet (new, or from a version without them). */
    static Optional<DatabasePasswords> readFrom(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String superuser = null;
            String app = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", 5);
                if (fields.length == 5 && fields[3].equals(SUPERUSER)) {
                    superuser = fields[4];
                } else if (fields.length == 5 && fields[3].equals(APP_ROLE)) {
                    app = fields[4];
                }
            }
            if (superuser == null || app == null) {
                throw new IllegalStateException(file + " lacks the password of " + (superuser == null ? SUPERUSER : APP_ROLE));
            }
            return Optional.of(new DatabasePasswords(superuser, app));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the {@code .pgpass} file, readable and writable by its owner only (libpq ignores it otherwise). */
    void writeTo(Path dataDirectory) {
        writeOwnerOnly(dataDirectory.resolve(FILE_NAME), List.of(
                "# The embedded PostgreSQL's passwords, generated on the first start. Use it as PGPASSFILE.",
                "*:*:*:" + APP_ROLE + ":" + app,
                "*:*:*:" + SUPERUSER + ":" + superuser));
    }

    static void writeOwnerOnly(Path file, List<String> lines) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Letters, digits, '-' and '_' only: safe in a .pgpass line and in an SQL string literal.
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
