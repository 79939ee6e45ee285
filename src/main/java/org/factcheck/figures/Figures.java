package org.factcheck.figures;

import java.util.List;

/**
 * The desk's figures over a period: the numbers each chart draws and each table lists, so the charts, the
 * tables and the CSV cannot disagree.
 */
public record Figures(Period period, List<Count> publishedPerGroup, List<Count> ratings, List<Duration> times,
        List<Duration> amendments, List<ReviewerWork> reviewers, CheckWorthyOpen checkWorthyOpen) {

    /** How many of something: fact-checks published in a week, rated False … */
    public record Count(String label, long count) {
    }

    /**
     * How many, and how long they took in hours: the median and the 90th percentile (null when there were
     * none). Time to first draft, time to publication, correction and retraction turnaround.
     */
    public record Duration(String label, long count, Double medianHours, Double p90Hours) {
    }

    /**
     * One reviewer's work: claims assigned and not finished now (and of those, overdue), and in the period,
     * fact-checks they wrote that were first published, and fact-checks they published as the second editor.
     */
    public record ReviewerWork(String reviewer, long open, long overdue, long writtenPublished, long publishedAsEditor) {
    }

    /** Check-worthy (High) claims whose work is not finished: all of them now, and those entered in the period. */
    public record CheckWorthyOpen(long now, long enteredInPeriod) {
    }

    public static final String TIME_TO_DRAFT = "Entry to first draft";
    public static final String TIME_TO_PUBLICATION = "Entry to publication";
    public static final String CORRECTIONS = "Corrections";
    public static final String RETRACTIONS = "Retractions";
}
