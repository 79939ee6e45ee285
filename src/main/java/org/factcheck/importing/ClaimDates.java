package org.factcheck.importing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.source.DatePrecision;

/**
 * When a sentence says its claim was made, as precisely as it says it: "on March 13, 2020" (a day),
 * "in December 2019" (a month), "during 2019" (a year), or relative to the source's date ("yesterday",
 * "on Friday", "March 11"). A date the saying verb carries ("said today") comes first. A date after
 * the source was published is what the claim is about (a deadline, a plan), not when it was made, and
 * so is a date that bounds a period ("since", "until", "by the end of"): neither is the claim's date.
 * No maintained Java library tags dates in English text short of a whole NLP pipeline (CoreNLP's SUTime),
 * and these few forms are what news and government texts write.
 */
final class ClaimDates {

    /** A date and how much of it is known. */
    record Dated(LocalDate date, DatePrecision precision) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[89]|20)\\d{2})(?!\\d|,\\d)";
    private static final Pattern DATE = Pattern.compile(String.join("|",
            "\\b" + MONTH + " " + DAY + ",? " + YEAR,
            "\\b" + DAY + " (?:of )?" + MONTH + ",? " + YEAR,
            "\\b" + MONTH + ",? " + YEAR,
            "\\b" + MONTH + " " + DAY + "\\b",
            "\\b" + DAY + " (?:of )?" + MONTH,
            "(?<![\\w-])" + YEAR + "(?!-)",
            "(?i:\\b(today|this morning|this afternoon|this evening|tonight)\\b)",
            "(?i:\\b(yesterday|last night)\\b)",
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"));
    /** The groups of each form of {@link #DATE}, in order. */
    private static final int MONTH_DAY_YEAR = 1;
    private static final int DAY_MONTH_YEAR = 4;
    private static final int MONTH_YEAR = 7;
    private static final int MONTH_DAY = 9;
    private static final int DAY_MONTH = 11;
    private static final int YEAR_ONLY = 13;
    private static final int TODAY = 14;
    private static final int YESTERDAY = 15;
    private static final int WEEKDAY = 16;

    private static final Pattern BOUNDING = Pattern.compile("(?i)\\b(?:since|until|till|by|before|from|through|"
            + "after|ahead of|(?:the )?(?:end|beginning|start|middle) of|by the end of|mid)[\\s-]+(?:the )?$");
    private static final Pattern SAID = Pattern.compile("(?i)\\b(?:said|says|told|announced|stated|claimed|"
            + "confirmed|denied|declared|wrote|noted|added|insisted|warned)\\b(?: (?:\\p{L}+ ){0,3}?(?:on|in|at|during) )?\\s*");

    private ClaimDates() {
    }

    /**
     * The date the sentence says its claim was made, if it says one, given when its source was published
     * ({@code published} null or {@code UNKNOWN} when that is not known).
     */
    static Optional<Dated> in(String sentence, LocalDate published, DatePrecision precision, LocalDate today) {
        LocalDate latest = latestPossible(published, precision, today);
        Matcher said = SAID.matcher(sentence);
        while (said.find()) {
            Matcher date = DATE.matcher(sentence).region(said.end(), sentence.length());
            if (date.lookingAt()) {
                Optional<Dated> dated = dated(date, sentence, published, precision, latest);
                if (dated.isPresent()) {
                    return dated;
                }
            }
        }
        Matcher date = DATE.matcher(sentence);
        while (date.find()) {
            Optional<Dated> dated = dated(date, sentence, published, precision, latest);
            if (dated.isPresent()) {
                return dated;
            }
        }
        return Optional.empty();
    }

    private static Optional<Dated> dated(Matcher date, String sentence, LocalDate published, DatePrecision precision,
            LocalDate latest) {
        if (BOUNDING.matcher(sentence.substring(Math.max(0, date.start() - 20), date.start())).find()) {
            return Optional.empty();
        }
        Dated dated = resolve(date, published, precision);
        return Optional.ofNullable(dated).filter(found -> !found.date().isAfter(latest));
    }

    /** The date a match names, or null when it needs a more precise source date than there is. */
    private static Dated resolve(Matcher date, LocalDate published, DatePrecision precision) {
        boolean dayKnown = published != null && precision == DatePrecision.DAY;
        boolean yearKnown = published != null && precision != DatePrecision.UNKNOWN;
        if (date.group(MONTH_DAY_YEAR) != null) {
            return day(year(date.group(MONTH_DAY_YEAR + 2)), date.group(MONTH_DAY_YEAR), date.group(MONTH_DAY_YEAR + 1));
        }
        if (date.group(DAY_MONTH_YEAR) != null) {
            return day(year(date.group(DAY_MONTH_YEAR + 2)), date.group(DAY_MONTH_YEAR + 1), date.group(DAY_MONTH_YEAR));
        }
        if (date.group(MONTH_YEAR) != null) {
            return new Dated(YearMonth.of(year(date.group(MONTH_YEAR + 1)), month(date.group(MONTH_YEAR))).atDay(1),
                    DatePrecision.MONTH);
        }
        if (date.group(MONTH_DAY) != null) {
            return yearKnown ? day(published.getYear(), date.group(MONTH_DAY), date.group(MONTH_DAY + 1)) : null;
        }
        if (date.group(DAY_MONTH) != null) {
            return yearKnown ? day(published.getYear(), date.group(DAY_MONTH + 1), date.group(DAY_MONTH)) : null;
        }
        if (date.group(YEAR_ONLY) != null) {
            return new Dated(LocalDate.of(year(date.group(YEAR_ONLY)), 1, 1), DatePrecision.YEAR);
        }
        if (!dayKnown) {
            return null;
        }
        if (date.group(TODAY) != null) {
            return new Dated(published, DatePrecision.DAY);
        }
        if (date.group(YESTERDAY) != null) {
            return new Dated(published.minusDays(1), DatePrecision.DAY);
        }
        DayOfWeek weekday = DayOfWeek.valueOf(date.group(WEEKDAY).toUpperCase(Locale.ROOT));
        return new Dated(published.with(TemporalAdjusters.previousOrSame(weekday)), DatePrecision.DAY);
    }

    private static Dated day(int year, String month, String day) {
        YearMonth yearMonth = YearMonth.of(year, month(month));
        int dayOfMonth = Integer.parseInt(day);
        return yearMonth.isValidDay(dayOfMonth) ? new Dated(yearMonth.atDay(dayOfMonth), DatePrecision.DAY) : null;
    }

    private static int year(String year) {
        return Integer.parseInt(year);
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalStateException("Not a month: " + name);
    }

    /** The last day the source's date may stand for: a source of "2021-07" may be of July 31. */
    private static LocalDate latestPossible(LocalDate published, DatePrecision precision, LocalDate today) {
        if (published == null) {
            return today;
        }
        LocalDate latest = switch (precision) {
            case DAY -> published;
            case MONTH -> YearMonth.from(published).atEndOfMonth();
            case YEAR -> published.withDayOfYear(published.lengthOfYear());
            case UNKNOWN -> today;
        };
        return latest.isAfter(today) ? today : latest;
    }
}
