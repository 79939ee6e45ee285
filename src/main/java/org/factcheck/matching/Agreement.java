package org.factcheck.matching;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences that read alike state the same facts: the same figures, the same dates, the
 * same people and places. Embeddings alone score "350 million" and "350 billion" 0.96 alike, so a
 * pair that differs in any of these is "similar wording", never "the same claim".
 * <p>
 * One sentence may say more than the other ("2,500 troops" against "2,500 troops in 2021"): figures and
 * dates and names differ only when neither sentence's set holds the other's. Names are the capitalised
 * words after a sentence's first, three letters or more ("US" and "UN" are too often written out).
 */
public enum Agreement {
    SAME_DETAILS(null),
    DIFFERENT_NUMBERS("similar wording, different numbers"),
    DIFFERENT_DATES("similar wording, different dates"),
    DIFFERENT_NAMES("similar wording, different names");

    private final String description;

    Agreement(String description) {
        this.description = description;
    }

    /** What a reviewer reads beside the pair; empty when the details agree. */
    public String description() {
        return description == null ? "" : description;
    }

    public boolean same() {
        return this == SAME_DETAILS;
    }

    private static final Pattern ADDRESS = Pattern.compile("\\bhttps?://\\S+|\\bpic\\.twitter\\.com/\\S+|@\\w+");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(thousand|million|billion|trillion|bn|percent|per cent|%)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SCALE = Map.of("thousand", "e3", "million", "e6", "billion", "e9",
            "bn", "e9", "trillion", "e12");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?(?:\\s+(\\d{1,2})\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** Capitalised words after the first, as names are written in English; sentence openers and the like left out. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L}\\p{N},;:)] )\\p{Lu}[\\p{L}'’-]{2,}");
    private static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "this", "that", "it", "he", "she",
            "they", "we", "you", "breaking", "news", "video", "photo", "says", "said", "rt");

    public static Agreement between(String one, String other) {
        Facts mine = Facts.of(one);
        Facts theirs = Facts.of(other);
        if (differ(mine.numbers(), theirs.numbers())) {
            return DIFFERENT_NUMBERS;
        }
        if (differ(mine.dates(), theirs.dates())) {
            return DIFFERENT_DATES;
        }
        if (differ(mine.names(), theirs.names())) {
            return DIFFERENT_NAMES;
        }
        return SAME_DETAILS;
    }

    private static boolean differ(Set<String> mine, Set<String> theirs) {
        return !mine.isEmpty() && !theirs.isEmpty() && !mine.containsAll(theirs) && !theirs.containsAll(mine);
    }

    /** The figures, dates and names of a sentence, each written one way: "2,500" and "2500" alike. */
    record Facts(Set<String> numbers, Set<String> dates, Set<String> names) {

        static Facts of(String sentence) {
            String text = ADDRESS.matcher(sentence).replaceAll(" ");
            Set<String> numbers = new HashSet<>();
            Set<String> dates = new HashSet<>();
            Matcher month = MONTH.matcher(text);
            while (month.find()) {
                // "may" is a month only before a day; other month names stand alone
                if (month.group(2) != null || !month.group(1).equalsIgnoreCase("may")) {
                    dates.add(month.group(1).substring(0, 3).toLowerCase(Locale.ROOT)
                            + (month.group(2) == null ? "" : " " + Integer.parseInt(month.group(2))));
                }
            }
            String withoutDays = MONTH.matcher(text).replaceAll(" ");
            Matcher number = NUMBER.matcher(withoutDays);
            while (number.find()) {
                String digits = number.group(1).replace(",", "") + (number.group(2) == null ? "" : number.group(2));
                String unit = number.group(3) == null ? "" : number.group(3).toLowerCase(Locale.ROOT);
                boolean year = number.group(1).length() == 4 && number.group(2) == null && unit.isEmpty()
                        && digits.compareTo("1800") >= 0 && digits.compareTo("2100") <= 0;
                if (year) {
                    dates.add(digits);
                } else if (unit.startsWith("per") || unit.equals("%")) {
                    numbers.add(new BigDecimal(digits).stripTrailingZeros().toPlainString() + "%");
                } else {
                    numbers.add(new BigDecimal(digits + SCALE.getOrDefault(unit, "")).stripTrailingZeros().toPlainString());
                }
            }
            Set<String> names = new HashSet<>();
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                String word = name.group().toLowerCase(Locale.ROOT);
                if (!NOT_NAMES.contains(word) && !dates.contains(word.substring(0, Math.min(3, word.length())))) {
                    names.add(word);
                }
            }
            return new Facts(numbers, dates, names);
        }
    }
}
