package org.factcheck.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The quoted phrases of a query ({@code "combat mission"}, websearch_to_tsquery's syntax) and their
 * highlights. PostgreSQL's ts_headline marks every word of a phrase wherever it stands, so "a mission of
 * combat troops" came back with both words marked; here a phrase's words keep their marks only where
 * the whole phrase stands, and the query's other words keep theirs.
 */
record PhraseHighlights(List<Pattern> phrases, Set<String> looseWords) {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static PhraseHighlights of(String query) {
        List<Pattern> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(query);
        while (quoted.find()) {
            List<String> words = WORD.matcher(quoted.group(1)).results().map(MatchResult::group).toList();
            if (!words.isEmpty()) {
                phrases.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + words.stream().map(Pattern::quote)
                        .collect(Collectors.joining("[^\\p{L}\\p{N}]+")) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        Set<String> loose = WORD.matcher(QUOTED.matcher(query).replaceAll(" ")).results()
                .map(word -> word.group().toLowerCase(Locale.ROOT)).filter(word -> !word.equals("or"))
                .collect(Collectors.toSet());
        return new PhraseHighlights(phrases, loose);
    }

    /** True when the query has a phrase in quotes: it is then searched as written, not widened. */
    boolean any() {
        return !phrases.isEmpty();
    }

    /** The snippet with the marks of phrase words that stand outside their phrase taken off. */
    String keepPhrases(String snippet) {
        if (phrases.isEmpty() || snippet == null) {
            return snippet;
        }
        StringBuilder plain = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == SearchHit.MARK_START.charAt(0)) {
                start = plain.length();
            } else if (c == SearchHit.MARK_END.charAt(0)) {
                if (start >= 0) {
                    marks.add(new int[] {start, plain.length()});
                }
                start = -1;
            } else {
                plain.append(c);
            }
        }
        List<int[]> wholePhrases = new ArrayList<>();
        for (Pattern phrase : phrases) {
            phrase.matcher(plain).results().forEach(found -> wholePhrases.add(new int[] {found.start(), found.end()}));
        }
        StringBuilder kept = new StringBuilder(plain);
        for (int i = marks.size() - 1; i >= 0; i--) {
            int[] mark = marks.get(i);
            String word = plain.substring(mark[0], mark[1]).toLowerCase(Locale.ROOT);
            boolean inPhrase = wholePhrases.stream().anyMatch(phrase -> phrase[0] <= mark[0] && mark[1] <= phrase[1]);
            if (inPhrase || looseWords.contains(word)) {
                kept.insert(mark[1], SearchHit.MARK_END).insert(mark[0], SearchHit.MARK_START);
            }
        }
        return kept.toString();
    }
}
