package org.factcheck.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions of a WHERE clause with their named parameters, for the queries written in SQL (the
 * claims grid, the exports, the public API, the activity log). Values only ever travel as bound
 * parameters: a condition naming a parameter it was not given, or a name bound twice to different
 * values, is refused at once, so two fragments cannot silently share or miss a value.
 */
public final class SqlConditions {

    /** ":name", but not the second colon of a cast ("::text"). */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that must hold, with the parameters it names, as name, value, name, value… */
    public SqlConditions add(String condition, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come in name, value pairs: " + condition);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            bind((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        Matcher named = PARAMETER.matcher(condition);
        while (named.find()) {
            if (!parameters.containsKey(named.group(1))) {
                throw new IllegalArgumentException("The condition names :" + named.group(1) + " but no value: " + condition);
            }
        }
        conditions.add(condition);
        return this;
    }

    /** Adds a condition that must hold, with the parameters it names (a subquery built from other conditions). */
    public SqlConditions add(String condition, Map<String, Object> namedParameters) {
        namedParameters.forEach(this::bind);
        return add(condition);
    }

    /** Adds the condition only when the value is given (not null, and not blank if it is text), bound as {@code name}. */
    public SqlConditions addIfGiven(Object value, String condition, String name) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return add(condition, name, value);
    }

    /** Binds a parameter that a part of the statement other than the conditions names (a limit, a key). */
    public SqlConditions bind(String name, Object value) {
        if (parameters.containsKey(name) && !Objects.equals(parameters.get(name), value)) {
            throw new IllegalArgumentException("The parameter :" + name + " is bound to two values");
        }
        parameters.put(name, value);
        return this;
    }

    /** Everything added so far and these too, leaving this unchanged. */
    public SqlConditions and(SqlConditions more) {
        SqlConditions both = copy();
        more.parameters.forEach(both::bind);
        both.conditions.addAll(more.conditions);
        return both;
    }

    public SqlConditions copy() {
        SqlConditions copy = new SqlConditions();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The conditions joined by AND, each as written. */
    public List<String> conditions() {
        return List.copyOf(conditions);
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** "where … and …" with a line break, or nothing when there is no condition. */
    public String where() {
        return conditions.isEmpty() ? "" : "where " + String.join("\n  and ", conditions) + "\n";
    }

    /** " and … and …", to follow conditions a statement writes itself, or nothing. */
    public String andAll() {
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }
}
