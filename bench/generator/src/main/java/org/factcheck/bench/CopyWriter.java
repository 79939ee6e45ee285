package org.factcheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into one table through PostgreSQL's COPY, in its text format: columns separated by
 * tabs, {@code \N} for null, and backslash, tab, newline and carriage return escaped in values.
 */
final class CopyWriter implements AutoCloseable {

    private final Writer out;
    private long rows;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** One row, the values in the order of the columns; each is written as its toString(). */
    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                write(values[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.write("\\N");
            return;
        }
        String text = value.toString();
        if (!needsEscaping(text)) {
            out.write(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Ends the COPY; a row the database refused (a constraint, a bad value) fails here, with its SQL error. */
    @Override
    public void close() throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException refused) {
                throw refused;
            }
            throw new UncheckedIOException(e);
        }
    }
}
