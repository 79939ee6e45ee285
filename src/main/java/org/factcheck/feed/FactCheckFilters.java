package org.factcheck.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the reader's filter parameters into a {@link FactCheckFilter}, or into a 400 that names
 * the parameter and says what it accepts. A value that names nothing public (an entity or source
 * that occurs in no published fact-check) is refused exactly like one that names nothing at all.
 */
@Component
@Transactional(readOnly = true)
class FactCheckFilters {

    static final int MAX_TEXT_LENGTH = 200;

    static final String RATING = "rating";
    static final String ENTITY = "entity";
    static final String SOURCE = "source";
    static final String UPDATED_SINCE = "updated_since";
    static final String TEXT = "q";

    private final FactCheckQueries factChecks;
    private final EntityQueries entities;

    FactCheckFilters(FactCheckQueries factChecks, EntityQueries entities) {
        this.factChecks = factChecks;
        this.entities = entities;
    }

    /** Every parameter may be null (left out). */
    FactCheckFilter parse(String rating, Long entity, Long source, String updatedSince, String text) {
        return new FactCheckFilter(
                rating == null ? null : ratingId(rating),
                entity == null ? null : publicEntity(entity),
                source == null ? null : publicSource(source),
                updatedSince == null ? null : instant(updatedSince),
                text == null ? null : searchText(text));
    }

    private long ratingId(String label) {
        Map<Long, String> labels = factChecks.ratingLabels();
        return labels.entrySet().stream()
                .filter(rating -> rating.getValue().equalsIgnoreCase(label.strip()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> Problems.badParameter(RATING, "The rating '" + label + "' is not on the scale. Use one of: "
                        + String.join(", ", labels.values()) + " (in any letter case)."));
    }

    private long publicEntity(long id) {
        if (!entities.isPublic(id)) {
            throw Problems.badParameter(ENTITY, "No entity " + id + " occurs in a published fact-check. "
                    + "The ids are those of /api/v1/entities.");
        }
        return id;
    }

    private long publicSource(long id) {
        if (!factChecks.isPublicSource(id)) {
            throw Problems.badParameter(SOURCE, "No published fact-check has a claim made in source " + id + ". "
                    + "The ids are the source_id of the fact-checks' appearances.");
        }
        return id;
    }

    /** An ISO 8601 instant with its offset, or a date, which means its start in UTC. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADateEither) {
                throw Problems.badParameter(UPDATED_SINCE, "updated_since must be an ISO 8601 date or time, not '" + text + "'. Use a date "
                        + "such as 2026-11-21, or a time with its offset such as 2026-11-21T09:30:00Z or "
                        + "2026-11-21T10:30:00%2B01:00 (a + must be sent as %2B).");
            }
        }
    }

    private static String searchText(String text) {
        String words = text.strip();
        if (words.isEmpty()) {
            throw Problems.badParameter(TEXT, "q is empty; give the words to search for, or leave q out.");
        }
        if (words.indexOf('\0') >= 0) {
            throw Problems.badParameter(TEXT, "q holds a NUL character, which no text contains; leave it out.");
        }
        if (words.length() > MAX_TEXT_LENGTH) {
            throw Problems.badParameter(TEXT, "q is " + words.length() + " characters long; search for at most "
                    + MAX_TEXT_LENGTH + ".");
        }
        return words;
    }
}
