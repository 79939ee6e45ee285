package org.factcheck.importing;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.entity.SpellingInText;

/**
 * Finds the sentences of a text likely worth checking, the way a fact-checker skims: a sentence
 * with a number or quantity, a date, a named person, organisation or place, an attribution ("said",
 * "according to") or a comparison ("more than", "doubled") states something checkable. Each such
 * feature adds to the score and is named as a reason; sentences scoring at least
 * {@link #PROPOSED_FROM} are proposed. The words are English; numbers, years and known names
 * count in any language.
 */
final class CandidateFinder {

    static final double PROPOSED_FROM = 0.4;
    static final int FEWEST_WORDS = 4;
    static final int LONGEST_SENTENCE = 1000;

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d(?:[\\d,.]*\\d)?(?![\\w])|[%$€£]|"
            + "(?i:\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
            + "hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|percent|per cent)\\b)", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday|(?:1[89]|20)\\d{2})\\b|"
            + "(?i:\\b(?:yesterday|today|tomorrow|(?:last|next|this) (?:week|month|year)|(?:a|one|two|three) "
            + "(?:days?|weeks?|months?|years?) ago)\\b)", FLAGS);
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(?:said|says|told|announced|stated|claimed|"
            + "claims|reported|confirmed|denied|insisted|warned|declared|estimated|admitted|promised|pledged|accused|"
            + "according to)\\b", FLAGS);
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:more than|less than|fewer than|at least|"
            + "at most|nearly|almost|largest|biggest|smallest|highest|lowest|record|increased|decreased|rose|fell|"
            + "doubled|tripled|halved)\\b", FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** What in a sentence's wording makes it checkable: how much it adds to the score, and the reason shown. */
    private record Feature(double weight, String reason, Function<String, String> find) {
    }

    private static final List<Feature> WORDING = List.of(
            new Feature(0.35, "a number or quantity (%s)", CandidateFinder::firstNumber),
            new Feature(0.2, "a date (%s)", sentence -> first(DATE, sentence)),
            new Feature(0.3, "an attribution (“%s”)", sentence -> first(ATTRIBUTION, sentence)),
            new Feature(0.15, "a comparison or change (“%s”)", sentence -> first(COMPARISON, sentence)));

    /** A sentence worth proposing, at code-point offsets (end exclusive), with its score and reasons. */
    record Candidate(int start, int end, String sentence, double score, List<String> reasons) {
    }

    private CandidateFinder() {
    }

    static List<Candidate> in(String text, String language, List<SpellingInText> spellings) {
        List<Candidate> candidates = new ArrayList<>();
        CodePoints codePoints = new CodePoints(text);
        BreakIterator sentences = BreakIterator.getSentenceInstance(
                language == null ? Locale.ENGLISH : Locale.forLanguageTag(language));
        sentences.setText(text);
        for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            // A line break ends a sentence too: headlines and list items have no full stop.
            int lineStart = from;
            for (int i = from; i <= to; i++) {
                if (i == to || text.charAt(i) == '\n') {
                    sentence(text, lineStart, i, codePoints, spellings).ifPresent(candidates::add);
                    lineStart = i + 1;
                }
            }
        }
        return candidates;
    }

    private static Optional<Candidate> sentence(String text, int from, int to, CodePoints codePoints,
            List<SpellingInText> spellings) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        String sentence = text.substring(from, to);
        if (sentence.length() > LONGEST_SENTENCE || WORD.matcher(sentence).results().count() < FEWEST_WORDS) {
            return Optional.empty();
        }
        int start = codePoints.at(from);
        int end = codePoints.at(to);
        double score = 0;
        List<String> reasons = new ArrayList<>();
        for (Feature feature : WORDING) {
            String found = feature.find().apply(sentence);
            if (found != null) {
                score += feature.weight();
                reasons.add(feature.reason().formatted(found));
            }
        }
        Set<String> named = new LinkedHashSet<>();
        // The spellings are in text order: look only at those from the sentence's start on.
        for (int i = firstFrom(spellings, start); i < spellings.size() && spellings.get(i).start() < end; i++) {
            if (spellings.get(i).end() <= end) {
                named.add(spellings.get(i).entityName());
            }
        }
        if (!named.isEmpty()) {
            score += named.size() > 1 ? 0.3 : 0.2;
            reasons.add("names " + String.join(", ", named));
        }
        score = Math.min(1, Math.round(score * 100) / 100.0);
        if (score < PROPOSED_FROM) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, end, sentence, score, reasons));
    }

    private static int firstFrom(List<SpellingInText> spellings, int start) {
        int low = 0;
        int high = spellings.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spellings.get(middle).start() < start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first number that is not only a year (a year counts as a date). */
    private static String firstNumber(String sentence) {
        Matcher matcher = NUMBER.matcher(sentence);
        while (matcher.find()) {
            if (!YEAR.matcher(matcher.group()).matches()) {
                return matcher.group();
            }
        }
        return null;
    }

    private static String first(Pattern pattern, String sentence) {
        Matcher matcher = pattern.matcher(sentence);
        return matcher.find() ? matcher.group() : null;
    }

    /** UTF-16 indexes to code-point offsets, for indexes visited in increasing order. */
    private static final class CodePoints {

        private final String text;
        private int index;
        private int codePoints;

        CodePoints(String text) {
            this.text = text;
        }

        int at(int newIndex) {
            if (newIndex < index) {
                index = 0;
                codePoints = 0;
            }
            codePoints += text.codePointCount(index, newIndex);
            index = newIndex;
            return codePoints;
        }
    }
}
