package org.factcheck.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Spellings too common to name one entity: as an alias, "joint statement" or "the government"
 * would link every text that uses the words. Such an alias is warned about when it is added, and
 * never matched in a text.
 */
public final class CommonWords {

    /** Frequent words and phrases of news English that name no one in particular. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "is", "was", "are", "were", "be", "it", "he", "she", "they", "we", "you", "this",
            "that", "these", "those", "his", "her", "their", "our", "its", "who", "what", "said", "says", "will", "would",
            "can", "could", "may", "new", "old", "one", "two", "first", "last", "year", "years", "day", "week", "month",
            "today", "yesterday", "people", "country", "state", "states", "government", "the government", "president",
            "the president", "minister", "the minister", "prime minister", "ministry", "the ministry", "parliament",
            "the parliament", "army", "the army", "forces", "troops", "police", "military", "officials", "official",
            "spokesman", "spokeswoman", "statement", "joint statement", "press release", "report", "the report",
            "agreement", "the agreement", "talks", "meeting", "the meeting", "summit", "embassy", "the embassy",
            "capital", "the capital", "city", "the city", "region", "the region", "province", "border", "war", "peace",
            "security", "election", "elections", "news", "media", "world", "international", "national", "foreign",
            "defense", "defence", "interior", "leader", "leaders", "group", "groups", "party", "council", "committee",
            "office", "white", "black", "house", "union", "court", "coalition", "militia", "militias", "resistance",
            "opposition", "mission", "base", "attack", "attacks", "source", "sources", "author", "photo", "video");

    private CommonWords() {
    }

    /** Whether the spelling, in any letter case and with its spaces tidied, is too common to name an entity. */
    public static boolean isCommon(String spelling) {
        return spelling != null && COMMON.contains(spelling.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** The warning to show before a common word becomes an alias, or nothing when the spelling is specific. */
    public static Optional<String> warningFor(String spelling) {
        return isCommon(spelling)
                ? Optional.of("“" + spelling.strip() + "” is a common word: as an alias it would link every text that "
                        + "uses it. It is kept, but never matched in texts; add a more specific spelling instead.")
                : Optional.empty();
    }
}
