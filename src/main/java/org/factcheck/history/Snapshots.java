package org.factcheck.history;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factcheck.base.Words;
import org.hibernate.Hibernate;
import org.hibernate.envers.NotAudited;

/**
 * Reads the fields of a record as Envers restored it at a revision, as text a reviewer can compare:
 * an entity it refers to by the name people know it by, an enum as words, a collection as a sorted
 * list of names (a verdict's evidence, as it stood then). The id, version and created/updated
 * columns every record shares are left out: the revision itself says who and when.
 */
final class Snapshots {

    /** The methods that give a record's human name, tried in this order; the first with a value wins. */
    private static final List<String> NAMES = List.of("getDisplayName", "getName", "getLabel", "citation", "getTitle",
            "getText", "getQuote");

    private final Metamodel metamodel;
    private final PersistenceUnitUtil persistence;

    Snapshots(Metamodel metamodel, PersistenceUnitUtil persistence) {
        this.metamodel = metamodel;
        this.persistence = persistence;
    }

    /** The record's fields by label, in declaration order; empty when it did not exist. */
    Map<String, String> fields(Class<?> type, Object snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (snapshot == null) {
            return fields;
        }
        for (Field field : type.getDeclaredFields()) {
            if (isCompared(type, field)) {
                fields.put(label(field.getName()), text(read(field, snapshot)));
            }
        }
        return fields;
    }

    private boolean isCompared(Class<?> type, Field field) {
        if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)) {
            return false;
        }
        return metamodel.entity(type).getAttributes().stream().map(Attribute::getName).anyMatch(field.getName()::equals);
    }

    private static Object read(Field field, Object snapshot) {
        try {
            field.setAccessible(true);
            return field.get(snapshot);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field + " of a revision", e);
        }
    }

    private String text(Object value) {
        return switch (value) {
            case null -> "";
            case Collection<?> items -> items.stream().map(this::text).sorted().collect(Collectors.joining(", "));
            case Enum<?> constant -> Words.of(constant);
            case Instant moment -> Words.of(moment);
            default -> isEntity(value) ? name(value) : value.toString();
        };
    }

    private boolean isEntity(Object value) {
        try {
            metamodel.entity(Hibernate.getClass(value));
            return true;
        } catch (IllegalArgumentException notAnEntity) {
            return false;
        }
    }

    /** The name people know a related record by, or its type and id when it has none. */
    private String name(Object related) {
        try {
            Object record = Hibernate.unproxy(related);
            for (String method : NAMES) {
                try {
                    Object name = record.getClass().getMethod(method).invoke(record);
                    if (name != null && !name.toString().isBlank()) {
                        return name.toString();
                    }
                } catch (NoSuchMethodException tryTheNext) {
                    // this kind of record has no such name; the next method may be the one
                }
            }
            return record.getClass().getSimpleName() + " " + persistence.getIdentifier(record);
        } catch (EntityNotFoundException gone) {
            return "(a record since deleted)";
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot name " + related.getClass(), e);
        }
    }

    /** "claimDate" → "Claim date". */
    private static String label(String fieldName) {
        String words = fieldName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
