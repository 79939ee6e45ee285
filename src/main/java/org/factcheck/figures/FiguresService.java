package org.factcheck.figures;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factcheck.report.CsvReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's figures for editors: over a period, as numbers ({@link Figures}, which the view draws as
 * charts and tables) and as CSV, one row per number: which figure, what it counts, the measure and the
 * value. Drafts, reviews and accounts are the desk's own business, so this is for editors only; the public
 * sees {@link PublicFigures}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EDITOR')")
public class FiguresService {

    static final List<String> CSV_COLUMNS = List.of("figure", "item", "measure", "value");

    private final FigureQueries queries;

    FiguresService(FigureQueries queries) {
        this.queries = queries;
    }

    public Figures figures(Period period) {
        return queries.figures(period);
    }

    /** The figures of the period as CSV (RFC 4180, UTF-8, Commons CSV as the verdict report); the stream is flushed, not closed. */
    public void writeCsv(Period period, OutputStream out) throws IOException {
        Figures figures = queries.figures(period);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
        for (List<Object> row : rows(figures)) {
            csv.printRecord(row.stream().map(CsvReport::neutralised));
        }
        csv.flush();
    }

    /** Every number of the figures, as the CSV lists them. */
    static List<List<Object>> rows(Figures figures) {
        List<List<Object>> rows = new ArrayList<>();
        Period period = figures.period();
        rows.add(List.of("period", period.from() + "/" + period.to(), "grouping", period.grouping().name().toLowerCase(Locale.ROOT)));
        String published = "published per " + period.grouping().name().toLowerCase(Locale.ROOT);
        figures.publishedPerGroup().forEach(count -> rows.add(List.of(published, count.label(), "fact-checks", count.count())));
        figures.ratings().forEach(count -> rows.add(List.of("ratings", count.label(), "fact-checks", count.count())));
        List<Figures.Duration> durations = new ArrayList<>(figures.times());
        durations.addAll(figures.amendments());
        for (Figures.Duration duration : durations) {
            rows.add(List.of("durations", duration.label(), "count", duration.count()));
            rows.add(List.of("durations", duration.label(), "median hours", hours(duration.medianHours())));
            rows.add(List.of("durations", duration.label(), "90th percentile hours", hours(duration.p90Hours())));
        }
        for (Figures.ReviewerWork work : figures.reviewers()) {
            rows.add(List.of("reviewers", work.reviewer(), "open", work.open()));
            rows.add(List.of("reviewers", work.reviewer(), "overdue", work.overdue()));
            rows.add(List.of("reviewers", work.reviewer(), "written and published", work.writtenPublished()));
            rows.add(List.of("reviewers", work.reviewer(), "published as editor", work.publishedAsEditor()));
        }
        rows.add(List.of("check-worthy still open", "now", "claims", figures.checkWorthyOpen().now()));
        rows.add(List.of("check-worthy still open", "entered in the period", "claims", figures.checkWorthyOpen().enteredInPeriod()));
        return rows;
    }

    /** Hours with one decimal, as the table shows them; empty when nothing was counted. */
    public static String hours(Double hours) {
        return hours == null ? "" : String.format(Locale.ROOT, "%.1f", hours);
    }
}
