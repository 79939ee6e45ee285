package org.factcheck.importing;

import java.util.Map;
import org.factcheck.base.Refusal;

/**
 * An import refused before anything was stored, with what is wrong, per field of the import form:
 * {@code file}, {@code text}, {@code title}, {@code outlet}, {@code author}, {@code language},
 * {@code url}. When the text is already a source, {@link #existingSourceId()} names it.
 */
public class ImportRefused extends Refusal {

    /** Why, in the terms an HTTP client needs: each is answered with its own status. */
    public enum Kind { INVALID, TOO_LARGE, NOT_TEXT, NOT_UTF8, DUPLICATE }

    private final Kind kind;
    private final Map<String, String> problems;
    private final Long existingSourceId;
    private final Map<String, Object> facts = new java.util.LinkedHashMap<>();

    ImportRefused(String field, String problem) {
        this(Kind.INVALID, field, problem);
    }

    ImportRefused(Kind kind, String field, String problem) {
        this(kind, Map.of(field, problem), null);
    }

    ImportRefused(Map<String, String> problems, Long existingSourceId) {
        this(existingSourceId == null ? Kind.INVALID : Kind.DUPLICATE, problems, existingSourceId);
    }

    private ImportRefused(Kind kind, Map<String, String> problems, Long existingSourceId) {
        super(String.join(" ", problems.values()));
        this.kind = kind;
        this.problems = Map.copyOf(problems);
        this.existingSourceId = existingSourceId;
    }

    public Kind kind() {
        return kind;
    }

    /** Facts a program can act on, such as the byte that is not UTF-8 and the encoding the file likely has. */
    public Map<String, Object> facts() {
        return facts;
    }

    /** This refusal with facts a program can act on. */
    ImportRefused with(Map<String, Object> moreFacts) {
        ImportRefused refused = new ImportRefused(kind, problems, existingSourceId);
        refused.facts.putAll(facts);
        refused.facts.putAll(moreFacts);
        return refused;
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
