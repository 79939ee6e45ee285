package org.factcheck.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds every entity name and alias in a text in one Aho–Corasick pass, so that tens of thousands
 * of spellings cost one scan of the text, not one search each. The automaton is built on first use
 * and again after entities change in this application.
 * <p>
 * Matches are whole words, in any letter case and, in Arabic script, whatever form of alef, yeh,
 * keheh or ta marbuta the text uses, with or without tatweel and diacritics ({@link ArabicLetters}),
 * except for short all-capital spellings ("US", "IS", "UN", "NATO"), which must match exactly: in lower case they are ordinary words ("us", "is").
 * Spellings of fewer than three characters that are not all capitals ("al") are left out: they
 * match inside far too many names to mean anything, and so are common words ("joint statement", see
 * {@link CommonWords}), which would link every text that uses them.
 */
@Component
class KnownSpellings {

    static final int EXACT_CASE_UP_TO = 4;
    static final int SHORTEST_ANY_CASE = 3;

    private final JdbcClient jdbc;
    private volatile Automaton automaton;

    KnownSpellings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SpellingInText> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Automaton current = automaton;
        if (current == null) {
            current = load();
            automaton = current;
        }
        return current.find(text);
    }

    /** Entities or their aliases changed: the next search builds the automaton again, once they are committed. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    automaton = null;
                }
            });
        } else {
            automaton = null;
        }
    }

    private Automaton load() {
        Map<String, List<Spelling>> byKey = new HashMap<>();
        jdbc.sql("""
                select e.id, e.name as entity_name, e.name as spelling from entity e
                union
                select e.id, e.name, a.name from alias a join entity e on e.id = a.entity_id
                """)
                .query((rs, row) -> new Spelling(rs.getString("spelling").strip(), rs.getLong("id"), rs.getString("entity_name")))
                .list()
                .stream()
                .filter(Spelling::usable)
                .forEach(spelling -> byKey.computeIfAbsent(spelling.key(), key -> new ArrayList<>()).add(spelling));
        Trie trie = Trie.builder().ignoreCase().onlyWholeWords().ignoreOverlaps().addKeywords(byKey.keySet()).build();
        return new Automaton(trie, byKey);
    }

    private record Spelling(String text, long entityId, String entityName) {

        boolean exactCase() {
            return text.length() <= EXACT_CASE_UP_TO && text.codePoints().allMatch(Character::isUpperCase);
        }

        boolean usable() {
            return !text.isEmpty() && (exactCase() || text.length() >= SHORTEST_ANY_CASE) 
                    // "IS" and "US" match only in capitals, so they are no common word.
                    && (exactCase() || !CommonWords.isCommon(text));
        }

        String key() {
            return ArabicLetters.fold(text).toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Automaton(Trie trie, Map<String, List<Spelling>> byKey) {

        List<SpellingInText> find(String text) {
            // Arabic script is searched folded (see ArabicLetters); offsets are mapped back to the text as written.
            ArabicLetters.Folded folded = ArabicLetters.hasArabicScript(text) ? ArabicLetters.folded(text) : null;
            String searched = folded == null ? text : folded.text();
            List<SpellingInText> found = new ArrayList<>();
            // Code points are counted incrementally: emits come in text order.
            int index = 0;
            int codePoints = 0;
            for (Emit emit : trie.parseText(searched)) {
                int start = folded == null ? emit.getStart() : folded.original(emit.getStart());
                int endIndex = folded == null ? emit.getEnd() + 1 : folded.original(emit.getEnd() + 1);
                codePoints += text.codePointCount(index, start);
                index = start;
                String matched = text.substring(start, endIndex);
                int end = codePoints + matched.codePointCount(0, matched.length());
                for (Spelling spelling : byKey.getOrDefault(emit.getKeyword(), List.of())) {
                    if (!spelling.exactCase() || spelling.text().equals(matched)) {
                        found.add(new SpellingInText(codePoints, end, matched, spelling.entityId(), spelling.entityName()));
                    }
                }
            }
            return found;
        }
    }
}
