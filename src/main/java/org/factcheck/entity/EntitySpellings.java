package org.factcheck.entity;

/**
 * The one way to find entities by how a text spells them, as SQL for other modules' queries: V151's
 * {@code entity_spelled_like} (trigram word similarity to a name or alias, or one letter off a word of it)
 * at the one threshold, {@link EntityFilter#SPELLED_LIKE}, that the global search and the Entities filter use.
 */
public final class EntitySpellings {

    private EntitySpellings() {
    }

    /** A subquery of the ids of the entities spelled like the text bound as {@code text}. */
    public static String idsSpelledLike(String text) {
        return "select entity_id from entity_spelled_like(:" + text + ", " + EntityFilter.SPELLED_LIKE + ")";
    }
}
