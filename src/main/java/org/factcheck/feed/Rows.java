package org.factcheck.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing column values the way every feed query does. */
final class Rows {

    private Rows() {
    }

    /** Rows of (key, value), already ordered by key, as lists by key. */
    static <T> Map<Long, List<T>> grouped(List<Map.Entry<Long, T>> rows) {
        Map<Long, List<T>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
        return byKey;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A timestamptz parameter. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A date column with its precision column: ISO 8601 at the precision known (2021-08-05, 2021-09, 2021), or null. */
    static String partialDate(ResultSet rs, String dateColumn, String precisionColumn) throws SQLException {
        LocalDate date = rs.getObject(dateColumn, LocalDate.class);
        String precision = rs.getString(precisionColumn);
        if (date == null || precision == null) {
            return null;
        }
        return switch (precision) {
            case "DAY" -> date.toString();
            case "MONTH" -> date.toString().substring(0, 7);
            case "YEAR" -> Integer.toString(date.getYear());
            default -> null;
        };
    }
}
