package org.factcheck.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.entity.SpellingInText;
import org.factcheck.importing.DocumentText.Block;

/**
 * Finds the sentences of a text likely worth checking, the way a fact-checker skims: every number
 * or quantity, date, comparison or change, cause or toll, and attribution ("said", "according to")
 * makes a sentence more checkable, and so do the people, organisations, places and nationalities
 * it names; a question or an opinion is rarely checkable. Each feature adds to the score and is
 * named as a reason; sentences scoring at least {@link #PROPOSED_FROM} are proposed. The words are
 * English; numbers, years and known names count in any language.
 */
final class CandidateFinder {

    static final double PROPOSED_FROM = 0.25;
    static final int FEWEST_WORDS = 5;
    static final int LONGEST_SENTENCE = 1000;

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d(?:[\\d,.]*\\d)?(?![\\w])(?:\\s?%| per ?cent)?|[$€£]\\s?\\d|"
            + "(?i:\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
            + "fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|a third|a quarter|percent|per cent|"
            + "several)\\b)", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d{2}");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern MONTH_BEFORE = Pattern.compile(MONTH + " $");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?:st|nd|rd|th)? (?:of )?" + MONTH);
    private static final Pattern DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday|(?:1[89]|20)\\d{2})\\b|"
            + "(?i:\\b(?:yesterday|today|tomorrow|tonight|(?:last|next|this|the past|the coming) (?:week|month|year|decade)s?|"
            + "(?:a|one|two|three|several) (?:days?|weeks?|months?|years?) ago|by the end of|(?:in )?recent (?:days|weeks|months|years)|"
            + "(?:the )?past \\d+ (?:days|weeks|months|years)|at the time|then)\\b)", FLAGS);
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|announced|"
            + "announces|stated|claimed|claims|reported|reports|confirmed|denied|denies|insisted|warned|declared|"
            + "estimated|admitted|promised|pledged|accused|accuses|stressed|emphasi[sz]ed|noted|added|wrote|revealed|"
            + "acknowledged|argued|according to|quoted|in a statement|spokesm[ae]n|spokeswoman|spokesperson|"
            // the present tense of the same verbs, as summaries and reports write it ("officials report that…"),
            // leaving out the forms that are nouns as often ("a claim", "a note", "the state")
            + "report|announce|confirms|insists|warns|declares|estimates|admits|acknowledges|reveals|writes)\\b", FLAGS);
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:more than|less than|fewer than|at least|"
            + "at most|up to|nearly|almost|largest|biggest|smallest|highest|lowest|most|least|"
            + "record|increased?|decreased?|rose|risen|fell|fallen|grew|dropped|doubled|tripled|halved|reduced?|"
            + "first|never|no longer|remaining|majority|minority)\\b", FLAGS);
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(?:because|due to|caused|causes|led to|leads to|"
            + "resulted in|results in|as a result|thanks to|in response to|killed|killing|injured|"
            + "wounded|destroyed|attacked|struck|targeted|bombed|fired|launched|died|dead|casualties|assassinat\\w+|"
            + "signed|agreed|approved|voted|decided|ordered|withdr[ae]w\\w*|deployed|occupied|invaded|ended|ending|began)\\b",
            FLAGS);
    static final Pattern NATIONALITY = Pattern.compile("\\b(?:American|Iraqi|Iranian|Kurdish|Syrian|Turkish|"
            + "Afghan|Saudi|Israeli|Palestinian|Lebanese|Jordanian|Egyptian|Russian|Chinese|British|French|German|"
            + "European|Arab|Persian|Shiite?|Sunni|Western|Yazidi|Christian|Muslim|Qatari|Emirati|Kuwaiti|Yemeni)s?\\b",
            FLAGS);
    private static final Pattern OPINION = Pattern.compile("(?i)\\b(?:I think|I believe|we believe|in my (?:view|opinion)|"
            + "should|ought to|must|hope|hopefully|perhaps|maybe|might|seems?|apparently|wonder|unfortunately|"
            + "fortunately|we are talking about|let us|let's|as we know)\\b", FLAGS);
    /** A verb in the past tense: with a date, the sentence reports an event that can be checked. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:\\p{L}{3,}ed|met|went|was|were|took|gave|left|came|"
            + "began|won|lost|held|made|sent|told|led|fought|struck|shot|hit|fell|rose|became|brought|built|paid|sold|"
            + "spent|chose|saw|knew|got|ran|drove|flew|wrote|spoke|stood|kept)\\b", FLAGS);
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:may|could|possibly|likely|suggests?|seemingly)\\b", FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A sentence worth proposing, at code-point offsets (end exclusive), with its score, reasons and names. */
    record Candidate(int start, int end, String sentence, double score, List<String> reasons, List<String> knownEntities,
            List<UnknownName> unknownNames) {
    }

    private CandidateFinder() {
    }

    static List<Candidate> in(String text, List<Block> blocks, String language, List<SpellingInText> spellings) {
        List<Candidate> candidates = new ArrayList<>();
        CodePoints codePoints = new CodePoints(text);
        for (Sentences.Span span : new Sentences(language).of(text, blocks)) {
            sentence(text, span, codePoints, spellings).ifPresent(candidates::add);
        }
        return candidates;
    }

    private static Optional<Candidate> sentence(String text, Sentences.Span span, CodePoints codePoints,
            List<SpellingInText> spellings) {
        String sentence = text.substring(span.start(), span.end());
        long words = WORD.matcher(sentence).results().count();
        if (sentence.length() > LONGEST_SENTENCE || words < FEWEST_WORDS || isFragment(sentence)) {
            return Optional.empty();
        }
        int start = codePoints.at(span.start());
        int end = codePoints.at(span.end());
        Score score = new Score();
        List<String> numbers = numbers(sentence);
        if (!numbers.isEmpty()) {
            // Each figure is one more thing to check: "31 rockets … killed one … injured four".
            score.add(Math.min(0.5, 0.3 + 0.1 * (numbers.size() - 1)),
                    (numbers.size() == 1 ? "a number or quantity (" : "numbers or quantities (") + String.join(", ", numbers) + ")");
        }
        score.addFirst(0.2, "a date or time (%s)", DATE, sentence);
        String past = first(PAST, sentence);
        if (past != null && first(DATE, sentence) != null) {
            score.add(0.15, "a dated event (“" + past + "”)");
        }
        score.addFirst(0.25, "an attribution (“%s”)", ATTRIBUTION, sentence);
        score.addFirst(0.15, "a comparison or change (“%s”)", COMPARISON, sentence);
        score.addFirst(0.15, "an event, cause or toll (“%s”)", CAUSE, sentence);
        Set<String> nationalities = all(NATIONALITY, sentence);
        if (!nationalities.isEmpty()) {
            score.add(0.1, "nationalities or groups (" + String.join(", ", nationalities) + ")");
        }
        List<String> known = knownIn(spellings, start, end);
        if (!known.isEmpty()) {
            score.add(Math.min(0.4, 0.1 + 0.1 * known.size()), "names " + String.join(", ", known));
        }
        Claimants.known(sentence, start, spellingsWithin(spellings, start, end)).ifPresent(claimant ->
                score.add(0.1, "attributed to a known source"));
        List<UnknownName> unknown = UnknownNames.in(sentence, text.codePointCount(0, span.start()), spellings);
        if (!unknown.isEmpty()) {
            score.add(known.isEmpty() ? 0.2 : 0.1, "names not in the database ("
                    + String.join(", ", unknown.stream().map(UnknownName::name).toList()) + ")");
        }
        if (sentence.strip().endsWith("?")) {
            score.scale(0.4, "a question");
        }
        String opinion = first(OPINION, sentence);
        if (opinion != null) {
            score.add(-0.2, "an opinion or a hope (“" + opinion + "”)");
        }
        String hedge = first(HEDGE, sentence);
        if (hedge != null) {
            score.add(-0.1, "a possibility (“" + hedge + "”)");
        }
        double total = score.total();
        if (total < PROPOSED_FROM) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(start, end, sentence, total, score.reasons, known, unknown));
    }

    /** Not a sentence of its own: it starts in the middle of one, or it is a run of names or figures without a verb's worth of words. */
    private static boolean isFragment(String sentence) {
        int first = sentence.codePointAt(0);
        return Character.isLowerCase(first) || ",;:)]}".indexOf(first) >= 0;
    }

    private static final class Score {

        private double total;
        private final List<String> reasons = new ArrayList<>();

        void add(double weight, String reason) {
            total += weight;
            reasons.add(reason);
        }

        void addFirst(double weight, String reason, Pattern pattern, String sentence) {
            String found = first(pattern, sentence);
            if (found != null) {
                add(weight, reason.formatted(found));
            }
        }

        void scale(double factor, String reason) {
            total *= factor;
            reasons.add(reason);
        }

        double total() {
            return Math.max(0, Math.min(1, Math.round(total * 100) / 100.0));
        }
    }

    /** The known entities the sentence names, each once, in text order. */
    private static List<String> knownIn(List<SpellingInText> spellings, int start, int end) {
        Set<String> named = new LinkedHashSet<>();
        spellingsWithin(spellings, start, end).forEach(spelling -> named.add(spelling.entityName()));
        return List.copyOf(named);
    }

    /** The spellings between two code-point offsets; they are in text order, so only those from the start on are looked at. */
    static List<SpellingInText> spellingsWithin(List<SpellingInText> spellings, int start, int end) {
        List<SpellingInText> within = new ArrayList<>();
        for (int i = firstFrom(spellings, start); i < spellings.size() && spellings.get(i).start() < end; i++) {
            if (spellings.get(i).end() <= end) {
                within.add(spellings.get(i));
            }
        }
        return within;
    }

    static int firstFrom(List<SpellingInText> spellings, int start) {
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

    /** The numbers that are not part of a date (a year or the day of a month counts as a date), each once. */
    private static List<String> numbers(String sentence) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(sentence);
        while (matcher.find() && found.size() < 5) {
            boolean dayOfMonth = MONTH_BEFORE.matcher(sentence.substring(Math.max(0, matcher.start() - 12), matcher.start())).find()
                    || MONTH_AFTER.matcher(sentence.substring(matcher.end(), Math.min(sentence.length(), matcher.end() + 12))).lookingAt();
            if (!YEAR.matcher(matcher.group()).matches() && !dayOfMonth) {
                found.add(matcher.group().strip());
            }
        }
        return List.copyOf(found);
    }

    private static Set<String> all(Pattern pattern, String sentence) {
        Set<String> found = new LinkedHashSet<>();
        pattern.matcher(sentence).results().forEach(match -> found.add(match.group()));
        return found;
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
