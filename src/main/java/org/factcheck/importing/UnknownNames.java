package org.factcheck.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.SpellingInText;

/**
 * Names in a sentence that the database does not know: runs of capitalised words ("Pope Francis",
 * "Haider al-Abadi", "Kataeb Hezbollah") that no known spelling covers, each with the kind of
 * entity it most likely is, for a reviewer to create or to add as an alias of a look-alike. A
 * lone capitalised word at a sentence's start, a title, a month or a nationality is no name.
 */
final class UnknownNames {

    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}]*(?:['’-]\\p{L}+)*";
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}'’-])(?:(?:al|el|ad|as|at|ash)-)?" + WORD
                    + "(?:(?: \\p{Lu}\\.)?(?: (?:of|the|al|bin|ibn|bint|abu|de|von|van|for|and)){0,2} (?:(?:al|el)-)?" + WORD + ")*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Capitalised words that are no part of a name: they split a run of capitals ("Iraqi Prime Minister Mustafa …"). */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "Its",
            "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "In", "On", "At", "By", "For", "With",
            "From", "To", "Of", "And", "But", "Or", "If", "As", "After", "Before", "While", "When", "Since", "According",
            "There", "Here", "What", "Which", "Who", "Why", "How", "All", "Some", "Many", "Most", "No", "Not", "So",
            "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister", "Secretary", "General", "Gen", "Vice", "Deputy",
            "Foreign", "Defense", "Defence", "State", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "However", "Meanwhile", "Also", "Although", "Despite", "During", "Only", "Even",
            "Yet", "Then", "Now", "Today", "Yesterday", "Last", "Next", "First", "Both", "Each", "Every", "Such", "Other",
            "Another", "One", "Two", "Three", "Pope", "King", "Prince", "Crown", "Sir", "Ayatollah", "Sheikh", "Leader",
            "Supreme", "Commander", "Spokesman", "Ambassador", "Senator", "Speaker", "Chairman", "Author", "Photo",
            "Read", "Share", "Newspaper", "Agency", "News");

    /** Words that are a name only with another: alone, "Government" or "Parliament" names nothing new. */
    private static final Set<String> GENERIC = Set.of("Mission", "Forces", "Troops", "Government", "Parliament", "Army",
            "Republic", "Democratic", "Republican", "Administration", "Office", "Ministry", "Council", "Embassy",
            "Statement", "Joint", "Group", "Coalition", "Region", "Province", "City", "Country", "West", "East", "North",
            "South", "Middle", "Islamic", "State", "Security", "Dialogue", "Strategic", "Agreement", "Constitution",
            "Internet", "God", "Allah");

    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:Ministry|Council|Party|Forces|Force|Hezbollah|"
            + "Brigades?|Organi[sz]ation|Committee|Agency|Department|Embassy|Bank|University|Front|Movement|Army|Corps|"
            + "Alliance|Coalition|Commission|Union|Fund|Institute|Company|Group|Office|Court|Assembly|Parliament|"
            + "Mobilization|Mobilisation|Guard|Network|Times|Post|News|Press|Agency|Kataeb|Asaib|Harakat|Saraya|Command|"
            + "Headquarters|Administration|Service)\\b");
    private static final Pattern PLACE = Pattern.compile("\\b(?:Province|Governorate|City|District|Base|Airport|"
            + "Zone|Island|Sea|Gulf|River|Mountains?|Valley|Street|Square|Camp|Port)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:President|Minister|Secretary|Pope|Gen\\.|General|"
            + "Ayatollah|Sheikh|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Sen\\.|Senator|Ambassador|Commander|Spokesman|Chairman|Speaker|"
            + "King|Prince|Cleric|leader|spokesman|envoy|chief|Prime Minister|Foreign Minister|Defense Secretary)\\s$");
    private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "for", "al", "bin", "ibn", "bint", "abu",
            "de", "von", "van");
    /** The words a title capitalises: four letters or more ("of", "the", "in" stay lower case). */
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{L}[\\p{L}'’-]{3,}");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|from|to|near|into|across|outside|inside)\\s$");

    private UnknownNames() {
    }

    /** The unknown names of a sentence that starts at code point {@code sentenceStart} of the text. */
    static List<UnknownName> in(String sentence, int sentenceStart, List<SpellingInText> spellings) {
        List<UnknownName> names = new ArrayList<>();
        if (inTitleCase(sentence)) {
            return names;
        }
        Matcher matcher = NAME.matcher(sentence);
        while (matcher.find()) {
            int wordStart = matcher.start();
            List<String> words = new ArrayList<>();
            int nameStart = wordStart;
            for (String word : (matcher.group() + " ").split(" ", -1)) {
                boolean separator = word.isEmpty() || NOT_NAMES.contains(word) || CandidateFinder.NATIONALITY.matcher(word).matches();
                if (separator) {
                    propose(sentence, sentenceStart, nameStart, words, spellings, names);
                    words.clear();
                    nameStart = wordStart + word.length() + 1;
                } else {
                    words.add(word);
                }
                wordStart += word.length() + 1;
            }
        }
        return names;
    }

    /**
     * A headline in title case ("Iranian-Backed Group Kills 3 Coalition Force Members in Iraq"): no
     * sentence's end, and most of its longer words capitalised, so capitals mark no names in it.
     */
    static boolean inTitleCase(String sentence) {
        String stripped = sentence.strip();
        if (stripped.isEmpty() || ".!?\"”’'".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            return false;
        }
        List<String> longer = TITLE_WORD.matcher(stripped).results().map(MatchResult::group).toList();
        long capitalised = longer.stream().filter(word -> Character.isUpperCase(word.codePointAt(0))).count();
        return longer.size() >= 3 && capitalised * 4 >= longer.size() * 3;
    }

    private static void propose(String sentence, int sentenceStart, int from, List<String> words,
            List<SpellingInText> spellings, List<UnknownName> names) {
        while (!words.isEmpty() && CONNECTIVES.contains(words.getLast())) {
            words.removeLast();
        }
        while (!words.isEmpty() && CONNECTIVES.contains(words.getFirst())) {
            from += words.removeFirst().length() + 1;
        }
        if (words.isEmpty() || words.size() == 1 && (GENERIC.contains(words.getFirst()) || words.getFirst().length() < 3
                || from == 0 && !words.getFirst().contains("-"))) {
            return;
        }
        String name = String.join(" ", words);
        int start = sentenceStart + sentence.codePointCount(0, from);
        int end = start + name.codePointCount(0, name.length());
        if (!known(spellings, start, end) && names.stream().noneMatch(other -> other.name().equals(name))) {
            names.add(new UnknownName(name, typeOf(name, sentence.substring(0, from)), start, end));
        }
    }

    /** Any known spelling overlapping the name makes it known: "Joe Biden's" is Joe Biden. */
    private static boolean known(List<SpellingInText> spellings, int start, int end) {
        for (int i = Math.max(0, CandidateFinder.firstFrom(spellings, start) - 1); i < spellings.size()
                && spellings.get(i).start() < end; i++) {
            if (spellings.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }

    private static EntityType typeOf(String name, String before) {
        if (ORGANISATION.matcher(name).find()) {
            return EntityType.ORGANISATION;
        }
        if (PLACE.matcher(name).find() || PLACE_BEFORE.matcher(before).find() && !name.contains(" ")) {
            return EntityType.PLACE;
        }
        if (TITLE_BEFORE.matcher(before).find() || name.contains(" ")) {
            return EntityType.PERSON;
        }
        return EntityType.OTHER;
    }
}
