package org.factcheck.importing;

import java.util.Map;

/**
 * An import refused before anything was stored, with what is wrong, per field of the import form:
 * {@code file}, {@code text}, {@code title}, {@code outlet}, {@code author}, {@code language},
 * {@code url}. When the text is already a source, {@link #existingSourceId()} names it.
 */
public class ImportRefused extends IllegalArgumentException {

    private final Map<String, String> problems;
    private final Long existingSourceId;

    ImportRefused(String field, String problem) {
        this(Map.of(field, problem), null);
    }

    ImportRefused(Map<String, String> problems, Long existingSourceId) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
        this.existingSourceId = existingSourceId;
    }

    /** What is wrong with each field, in the words of the message shown next to it. */
    public Map<String, String> problems() {
        return problems;
    }

    /** The source that already has exactly this text, or null. */
    public Long existingSourceId() {
        return existingSourceId;
    }
}
