package org.factcheck.history;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
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
import org.factcheck.base.ui.Labels;
import org.hibernate.Hibernate;
import org.hibernate.envers.NotAudited;

/**
 * Reads the fields of a record as Envers restored it at a revision, as text a reviewer can compare:
 * an entity it refers to by the name people know it by, an enum as words, a set as a sorted list.
 * Only the record's own fields count: the id, version and created/updated columns every record
 * shares are what the revision itself says (who and when), and collections owned by the other side
 * (a claim's appearances) have their own history.
 */
final class Snapshots {

    /** The getters that give a record's human name, tried in this order. */
    private static final List<String> NAME_GETTERS = List.of("getDisplayName", "getName", "getLabel", "getTitle", "getText");

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
        boolean persistent = metamodel.entity(type).getAttributes().stream().map(Attribute::getName)
                .anyMatch(field.getName()::equals);
        return persistent && !ownedByTheOtherSide(field);
    }

    private static boolean ownedByTheOtherSide(Field field) {
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        OneToOne oneToOne = field.getAnnotation(OneToOne.class);
        return oneToMany != null && !oneToMany.mappedBy().isEmpty()
                || manyToMany != null && !manyToMany.mappedBy().isEmpty()
                || oneToOne != null && !oneToOne.mappedBy().isEmpty();
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
            case Enum<?> constant -> Labels.of(constant);
            case Instant moment -> Labels.of(moment);
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
            for (String getter : NAME_GETTERS) {
                try {
                    return String.valueOf(record.getClass().getMethod(getter).invoke(record));
                } catch (NoSuchMethodException tryTheNext) {
                    // this kind of record has no such name; the next getter may be the one
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
